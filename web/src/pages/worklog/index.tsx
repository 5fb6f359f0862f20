import { Navigate, Route, Routes } from 'react-router';
import { useUser } from '../../app/session';
import { canWriteLogs } from './access';
import { CountsPage } from './components/CountsPage';
import { DrillPage } from './components/DrillPage';
import { EntryDetail } from './components/EntryDetail';
import { EntryForm } from './components/EntryForm';
import { MyEntries } from './components/MyEntries';
import { ScopeEntries } from './components/ScopeEntries';

/** SPEC §5: the work log — write (L1–L3), read and amend (L4), supervise (L5), counts (L7). */
export default function WorklogPage() {
  const user = useUser();
  const writer = canWriteLogs(user);
  return (
    <Routes>
      <Route index element={writer ? <MyEntries /> : <Navigate to="scope" replace />} />
      <Route path="new" element={writer ? <EntryForm /> : <Navigate to=".." replace />} />
      <Route path="counts" element={<CountsPage />} />
      <Route path="scope" element={<ScopeEntries />} />
      <Route path="drill" element={<DrillPage />} />
      <Route path=":id" element={<EntryDetail />} />
    </Routes>
  );
}
