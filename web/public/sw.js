// Grassroots service worker: keeps the app shell so the app opens without network (L3).
// - page navigations: network first; the cached index.html when there is no network.
// - /assets/* (content-hashed, never change): cache first. Installed with what index.html loads;
//   the pages a cadre uses offline (work log, youth contacts) are added by the app once it runs
//   (offline/boot.ts posts the asset addresses it loaded). Big chunks nobody opened (maps) stay out.
// - /api/*: never answered from or stored in a cache (S10: API answers carry personal data).
// Logout deletes these caches with the rest of the browser data (app/storage.ts).
const SHELL = 'grassroots-shell-v1';
const INDEX = '/index.html';
const INDEX_ASSET = /\/assets\/[\w.-]+\.(?:js|css)/g;

function isAsset(url) {
  return url.origin === self.location.origin && url.pathname.startsWith('/assets/');
}

function cacheable(response) {
  // The server answers an unknown address with index.html (SPA fallback): never keep that as an asset.
  const type = response.headers.get('Content-Type') || '';
  return response.ok && response.type === 'basic' && !type.includes('text/html');
}

async function keep(cache, url) {
  if (await cache.match(url)) return;
  try {
    const res = await fetch(url);
    if (cacheable(res)) await cache.put(url, res);
  } catch {
    // no network: the asset is cached the next time it is fetched
  }
}

async function precache() {
  const cache = await caches.open(SHELL);
  const index = await fetch(INDEX, { cache: 'no-cache' });
  if (!index.ok) return;
  await cache.put(INDEX, index.clone());
  const assets = new Set((await index.text()).match(INDEX_ASSET) || []);
  await Promise.all([...assets].map((url) => keep(cache, url)));
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    precache()
      .catch(() => undefined)
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith('grassroots-shell-') && k !== SHELL).map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'cache-assets' || !Array.isArray(data.urls)) return;
  const urls = data.urls
    .filter((u) => typeof u === 'string')
    .map((u) => new URL(u, self.location.origin))
    .filter(isAsset)
    .map((u) => u.pathname);
  event.waitUntil(caches.open(SHELL).then((cache) => Promise.all(urls.map((url) => keep(cache, url)))));
});

async function assetFirst(request) {
  const cache = await caches.open(SHELL);
  const hit = await cache.match(request);
  if (hit) return hit;
  const res = await fetch(request);
  if (cacheable(res)) await cache.put(request, res.clone());
  return res;
}

async function navigation(request) {
  try {
    const res = await fetch(request);
    const type = res.headers.get('Content-Type') || '';
    if (res.ok && type.includes('text/html')) {
      const cache = await caches.open(SHELL);
      await cache.put(INDEX, res.clone());
    }
    return res;
  } catch (err) {
    const cached = await caches.match(INDEX);
    if (cached) return cached;
    throw err;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/')) return; // S10: the network only, never a cache
  if (request.mode === 'navigate') event.respondWith(navigation(request));
  else if (isAsset(url)) event.respondWith(assetFirst(request));
});
