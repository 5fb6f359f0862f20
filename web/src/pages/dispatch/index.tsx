import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../errors';
import { RoundPage } from './RoundPage';
import { RoundsPage } from './RoundsPage';

/** D1–D8, A5: dispatch rounds (/dispatch) and one round's plan, versions and map (/dispatch/rounds/:id). */
export default function DispatchPage() {
  return (
    <Routes>
      <Route index element={<RoundsPage />} />
      <Route path="rounds/:id" element={<RoundPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
