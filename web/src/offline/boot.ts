import { queryClient } from '../app/queryClient';
import { startOutboxSync } from './sync';

// Started once from main.tsx: the outbox sync loop (L3) and, in production builds, the service worker
// that keeps the app shell for opening the app without network (it never caches /api/, S10).
startOutboxSync(queryClient);

/** The pages used offline are loaded once, then every asset this page loaded is handed to the worker. */
async function warmShell(registration: ServiceWorkerRegistration): Promise<void> {
  await Promise.allSettled([import('../pages/worklog'), import('../pages/youth')]);
  const urls = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => new URL(name).pathname.startsWith('/assets/'));
  registration.active?.postMessage({ type: 'cache-assets', urls });
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      .then(() => navigator.serviceWorker.ready)
      .then(warmShell)
      .catch(() => undefined);
  });
}
