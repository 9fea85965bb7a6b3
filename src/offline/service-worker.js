// civic-portal's service worker: keeps the disaster information readable offline.
//
// `BUILD` (prepended by `offline-manifest`, see crates/core/src/offline.rs) lists what this
// version keeps: the app shell, installed at once, and per locale a pack (the pre-rendered
// pages of config.json's `offline.pages`, their content, the site settings with the
// emergency banner, the translations, the files they link to), kept once the visitor reads
// the site in that locale. Everything lives in one cache per version; a new version keeps
// its own files (and the packs of the locales the old one kept) before it takes over, and
// only takes over when the visitor accepts the "new version" message, or when no page of
// the old one is open: pages never mix two versions.
//
// Requests: shell files from the cache; kept pages and content from the network, the cache
// when it fails; other pages while offline get the app shell, and other content an offline
// answer (503, `x-civic-portal-offline`) that lists what is kept, which the app shows as its
// offline state. Anything else (other origins, POSTs) is not touched.
/* global BUILD */
'use strict';

const PREFIX = 'civic-portal-offline-';
const CACHE = PREFIX + BUILD.version;
const SHELL = new Set(BUILD.shell);
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;
const KEPT = new Set(Object.values(BUILD.locales).flat()); // every pack's URLs
const keeping = new Map(); // locale → promise of its pack being kept

const isKeptLocale = (tag) => Object.prototype.hasOwnProperty.call(BUILD.locales, tag);

// The locale a page belongs to: `/ja/...`.
function localeOf(path) {
  const tag = path.split('/')[1];
  return isKeptLocale(tag) ? tag : null;
}

// The locale a file of the app belongs to: `/locales/ja/main.ftl`, `/content/ja/site.json`.
function localeOfFile(path) {
  const tag = path.split('/').slice(1, 4).find(isKeptLocale);
  return tag || null;
}

// A path as the plan writes it: no query, no trailing slash.
function keyOf(url) {
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
  return path;
}

// A response that can be stored and served for any request (a followed redirect cannot
// answer a navigation).
async function storable(response) {
  const body = await response.arrayBuffer();
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

// An HTML page of another version must not be kept: it would load files this cache lacks.
async function ofThisVersion(response) {
  const type = response.headers.get('content-type') || '';
  if (!type.includes('text/html')) return true;
  return (await response.clone().text()).includes(BUILD.boot);
}

// Keeps `locale`'s pack in `cache`, all or nothing; "not found" answers are kept too (the
// app falls back on them to the next language).
async function keepPack(cache, locale) {
  const urls = BUILD.locales[locale];
  if (!urls || (await cache.match(urls[0]))) return;
  const responses = await Promise.all(
    urls.map(async (url) => {
      const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
      if (!(response.ok || response.status === 404) || !(await ofThisVersion(response))) {
        throw new Error(`${url}: ${response.status}`);
      }
      return [url, await storable(response)];
    }),
  );
  await Promise.all(responses.map(([url, response]) => cache.put(url, response)));
}

function keep(locale) {
  if (!locale) return Promise.resolve();
  if (!keeping.has(locale)) {
    const task = caches
      .open(CACHE)
      .then((cache) => keepPack(cache, locale))
      // Offline, or a newer deployment under way: tried again on the next visit.
      .catch(() => keeping.delete(locale));
    keeping.set(locale, task);
  }
  return keeping.get(locale);
}

// The locales whose packs older versions kept, to keep them again in this one.
async function keptBefore() {
  const found = new Set();
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) continue;
    const old = await caches.open(name);
    for (const [locale, urls] of Object.entries(BUILD.locales)) {
      if (await old.match(urls[0])) found.add(locale);
    }
  }
  return found;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // All or nothing: a failed file fails the installation, and the old version stays.
      // Hashed files come from the browser's cache when the page has just loaded them (no
      // second download of the wasm); the others are revalidated.
      await cache.addAll(
        BUILD.shell.map((url) => new Request(url, { cache: HASHED.test(url) ? 'default' : 'no-cache' })),
      );
      for (const locale of await keptBefore()) await keepPack(cache, locale);
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      await Promise.all(windows.map((w) => keep(localeOf(new URL(w.url).pathname))));
    })(),
  );
});

// The page asks for the waiting version when the visitor accepts the update.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

async function offlineAnswer() {
  const cache = await caches.open(CACHE);
  const offline = {};
  for (const [locale, pages] of Object.entries(BUILD.pages)) {
    if (await cache.match(BUILD.locales[locale][0])) offline[locale] = pages;
  }
  return new Response(JSON.stringify({ offline }), {
    status: 503,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-civic-portal-offline': '1',
    },
  });
}

// Kept pages and content: the network first (fresh information while online), and the
// cache's copy, refreshed on every successful answer, when the network fails or is slower
// than SLOW_MS (a congested network after a disaster answers late or never).
const SLOW_MS = 4000;
async function networkFirst(event, key) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(key);
  const network = fetch(event.request).then(async (response) => {
    if ((response.ok || response.status === 404) && (await ofThisVersion(response))) {
      await cache.put(key, await storable(response.clone()));
    }
    return response;
  });
  if (!kept) return network;
  // The refresh goes on after a late answer, for the next visit.
  event.waitUntil(network.catch(() => {}));
  const slow = new Promise((resolve) => setTimeout(resolve, SLOW_MS, null));
  try {
    const first = await Promise.race([network, slow]);
    if (first) return first;
  } catch (error) {
    // offline: the kept copy
  }
  return kept;
}

async function navigate(event, url) {
  const key = keyOf(url);
  const locale = localeOf(url.pathname);
  if (locale) event.waitUntil(keep(locale));
  try {
    if (KEPT.has(key)) return await networkFirst(event, key);
    return await fetch(event.request);
  } catch (error) {
    const cache = await caches.open(CACHE);
    // Any page of the app opens offline: the shell shows the offline state and its links.
    return (await cache.match(key)) || (await cache.match('/spa.html')) || Response.error();
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(navigate(event, url));
    return;
  }
  const key = keyOf(url);
  if (SHELL.has(key)) {
    // Hashed files never change; the others (config.json, the icons) may be edited on
    // the host without a new build, so the network decides while it answers.
    event.respondWith(
      HASHED.test(key)
        ? caches.match(key).then((hit) => hit || fetch(request))
        : networkFirst(event, key),
    );
    return;
  }
  // Reading the site in another language (the app loads that language's translations and
  // content without a new page load).
  const locale = localeOfFile(url.pathname);
  if (locale) event.waitUntil(keep(locale));
  if (KEPT.has(key)) {
    event.respondWith(networkFirst(event, key).catch(() => offlineAnswer()));
    return;
  }
  if (/^\/(content|locales|search)\//.test(url.pathname) || url.pathname.endsWith('.json')) {
    event.respondWith(fetch(request).catch(() => offlineAnswer()));
  }
});
