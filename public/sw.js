/* NumerAI service worker: precaches the built assets and an offline page; pages stay network-first. */
const PRECACHE = self.__PRECACHE_MANIFEST__ || { version: "dev", urls: ["/offline"] };
const CACHE = `numerai-${PRECACHE.version}`;
const OFFLINE_URL = "/offline";

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.urls))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("numerai-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

/**
 * The precached /offline page without its scripts: shown at another URL, the app's router would
 * otherwise try to hydrate it as that URL's page.
 */
async function offlinePage() {
  const cached = await caches.match(OFFLINE_URL, { ignoreSearch: true });
  if (!cached) return Response.error();
  const html = (await cached.text()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
  return new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (request.mode === "navigate") {
    // Personal pages are never cached: when the network fails, show the offline page instead.
    event.respondWith(fetch(request).catch(offlinePage));
    return;
  }
  if (url.pathname.startsWith("/assets/") || url.pathname.startsWith("/icons/")) {
    event.respondWith(
      caches.match(request).then(
        (cached) =>
          cached ||
          fetch(request).then((response) => {
            if (response.ok) {
              const copy = response.clone();
              caches.open(CACHE).then((cache) => cache.put(request, copy));
            }
            return response;
          }),
      ),
    );
  }
});

/* Web push: show what the server sent (public/sw.js reads the payload of deliverPush), one per type. */
self.addEventListener("push", (event) => {
  let message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch {
    message = { body: event.data ? event.data.text() : "" };
  }
  const type = message.type || "general";
  event.waitUntil(
    self.registration.showNotification(message.title || "NumerAI", {
      body: message.body || "",
      icon: "/icons/icon-192.png",
      badge: "/icons/icon-192.png",
      // One per type: a newer daily reading replaces the older instead of piling up.
      tag: `numerai-${type}`,
      data: { id: message.id || null, url: message.url || "/notifications" },
    }),
  );
});

/** Marks it read (the session cookie goes along), then focuses an open tab of the app or opens its URL. */
self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const { id, url } = event.notification.data || {};
  const target = new URL(url || "/notifications", self.location.origin);
  if (target.origin !== self.location.origin) return;
  const markRead = id
    ? fetch("/notifications", {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ intent: "read", id }),
        redirect: "manual",
      }).catch(() => undefined)
    : Promise.resolve();
  event.waitUntil(
    Promise.all([
      markRead,
      self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
        const open = windows.find((w) => new URL(w.url).origin === self.location.origin);
        if (open) return open.focus().then((w) => (w && "navigate" in w ? w.navigate(target.href) : w));
        return self.clients.openWindow(target.href);
      }),
    ]),
  );
});
