// S10: personal data cached in the browser is removed at logout and when the session is lost.
// Only the language choice survives (it is not personal data).
export const languageStorageKey = 'grassroots.lang';

export async function clearClientData(): Promise<void> {
  const language = localStorage.getItem(languageStorageKey);
  localStorage.clear();
  if (language) localStorage.setItem(languageStorageKey, language);
  sessionStorage.clear();
  if ('indexedDB' in window && typeof indexedDB.databases === 'function') {
    const databases = await indexedDB.databases();
    for (const db of databases) if (db.name) indexedDB.deleteDatabase(db.name);
  }
  if ('caches' in window) {
    for (const key of await caches.keys()) await caches.delete(key);
  }
}
