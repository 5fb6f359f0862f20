import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/i18n';
import './offline/boot';
import { Root } from './app/Root';

const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');
createRoot(container).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
