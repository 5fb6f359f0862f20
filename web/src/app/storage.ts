// S10: personal data cached in the browser is removed at logout and when the session is lost.
// Only the language choice survives (it is not personal data).
export const languageStorageKey = 'grassroots.lang';

export const lastUserStorageKey = 'grassroots.lastUser';
// The offline outbox (L3) holds entries not yet acknowledged by the server, filed per user.
const outboxDatabase = 'grassroots-offline';

/**
 * S10 + L3: logout forgets everything; a session that merely expired (30 idle minutes) keeps the
 * outbox, so entries written offline are not lost — they are sent when the same user signs in again.
 */
export async function clearClientData(opts: { keepOutbox: boolean } = { keepOutbox: false }): Promise<void> {
  const language = localStorage.getItem(languageStorageKey);
  localStorage.clear();
  if (language) localStorage.setItem(languageStorageKey, language);
  sessionStorage.clear();
  if ('indexedDB' in window && typeof indexedDB.databases === 'function') {
    const databases = await indexedDB.databases();
    for (const db of databases) {
      if (db.name && !(opts.keepOutbox && db.name === outboxDatabase)) indexedDB.deleteDatabase(db.name);
    }
  }
  if ('caches' in window) {
    for (const key of await caches.keys()) await caches.delete(key);
  }
}
