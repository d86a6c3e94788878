// Follow-up's service worker: the app works offline after the first visit.
//
// scripts/post-build.mjs writes the real list of the build's files and a
// version (a hash of their contents) over the two placeholders below, so a
// new build is a new worker. Each version keeps its files in its own cache:
// a page always runs the HTML, JS and wasm of one build, never a mix.
const VERSION = "__FOLLOWUP_VERSION__";
const PRECACHE = __FOLLOWUP_PRECACHE__;
const APP_CACHE = `followup-app-${VERSION}`;
// Records fetched from links (`?src=`), kept so the last ones open offline.
const RECORD_CACHE = "followup-records";

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(APP_CACHE).then((cache) => cache.addAll(PRECACHE)));
  // No skipWaiting here: the page asks the person first (see "message").
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith("followup-app-") && key !== APP_CACHE).map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "followup:skip-waiting") self.skipWaiting();
});

const APP_FILES = new Set(PRECACHE.map((path) => new URL(path, self.location.href).href));

// A record the page fetched from a link: a script fetch (no destination)
// of anything that is not one of the app's own files.
function isRecordRequest(request, url) {
  return request.destination === "" && request.mode !== "navigate" && !APP_FILES.has(url.origin + url.pathname);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);

  if (isRecordRequest(request, url)) {
    // Network first (records change); the cached copy when offline.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(RECORD_CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        })
        .catch(() => caches.match(request, { cacheName: RECORD_CACHE }).then((hit) => hit || Response.error())),
    );
    return;
  }
  if (url.origin !== self.location.origin) return;

  if (request.mode === "navigate") {
    // The app shell of this worker's build, whatever the query string.
    event.respondWith(
      caches
        .open(APP_CACHE)
        .then((cache) => cache.match("./index.html"))
        .then((hit) => hit || fetch(request)),
    );
    return;
  }
  event.respondWith(
    caches
      .open(APP_CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((hit) => hit || fetch(request)),
  );
});
