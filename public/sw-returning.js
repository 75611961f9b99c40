// @ts-check
/// <reference lib="webworker" />
/**
 * Part of the service worker (imported by the one vite-plugin-pwa generates, before its own routes).
 * Without a worker (a hard reload, a browser that has none), src/boot.ts marks the page the same way
 * when it finds a saved copy, as soon as it runs.
 *
 * The Flashcards page is prerendered as a new learner sees it, the first card showing, so that card paints
 * before any JavaScript runs. Whoever gets a page from the service worker has been here before and may have
 * saved progress, so their first card is not that one: the page this worker serves is marked
 * <html data-returning>, and the page's stylesheet keeps the new learner's card hidden until the app has
 * read the saved progress (see src/features/flashcards/FlashcardsPage.tsx).
 */
(() => {
  const sw = /** @type {ServiceWorkerGlobalScope & typeof globalThis} */ (/** @type {unknown} */ (self));
  const PAGE = 'flashcards';

  /** The page a navigation asks for, relative to the app's base path: "flashcards" for /base/flashcards?x. */
  function pageOf(/** @type {URL} */ url) {
    const scope = new URL(sw.registration.scope);
    if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return undefined;
    return url.pathname.slice(scope.pathname.length).replace(/\/$/, '').replace(/\.html$/, '');
  }

  /**
   * The precached page, marked; the network if it is not cached. Workbox caches it under its URL with a
   * revision parameter. While a new version waits to take over, both revisions are cached: a cache returns
   * the first match in the order entries were added, so this worker keeps serving its own (older) page,
   * whose scripts it has; the new worker deletes the old entries when it takes over.
   */
  async function markedPage(/** @type {Request} */ request) {
    const cached = await caches.match(new URL(`${PAGE}.html`, sw.registration.scope).href, { ignoreSearch: true });
    if (!cached) {
      // Not precached (yet): the network, else the app's shell, as the generated worker's own fallback would.
      const shell = () => caches.match(new URL('404.html', sw.registration.scope).href, { ignoreSearch: true });
      return fetch(request).catch(async (error) => (await shell()) ?? Promise.reject(error));
    }
    const html = (await cached.text()).replace('<html ', '<html data-returning ');
    const headers = new Headers(cached.headers);
    // The body is longer now.
    headers.delete('Content-Length');
    return new Response(html, { status: cached.status, statusText: cached.statusText, headers });
  }

  sw.addEventListener('fetch', (event) => {
    const { request } = event;
    if (request.mode !== 'navigate' || request.method !== 'GET' || pageOf(new URL(request.url)) !== PAGE) return;
    // This listener answers: the generated worker's own (registered after this one) must not answer too.
    event.stopImmediatePropagation();
    event.respondWith(markedPage(request));
  });
})();
