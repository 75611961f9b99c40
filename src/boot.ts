/**
 * The page's only script. The HTML is prerendered, so the page is readable before
 * any JavaScript runs: the app (React, the routes, the content) is fetched once the
 * page has loaded and the browser has painted it (two frames), so it never competes
 * with the first paint. It starts at once where there is nothing to paint first: a
 * tab in the background, or the empty shell a host serves for an unknown path.
 */
// The app's global styles belong to the page (inlined in every prerendered page), not to the app's chunk.
import '@/styles/global.css';

let started = false;

/** Resolves in a new task: the browser may paint and handle input between start-up steps. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The app's modules in three steps (React; router and store; the app), each
 * evaluated in a task of its own rather than all in one long task that would
 * hold up input (~4x longer on a phone). Each step is fetched once the one
 * before has run: on a first visit that costs a round trip each, after the page
 * is painted; the service worker serves them on later visits.
 */
async function loadApp(): Promise<void> {
  await import('./app/start-react');
  await nextTask();
  await import('./app/start-store');
  await nextTask();
  await import('./main');
}

function start(): void {
  if (started) return;
  started = true;
  // Prerendered pages leave the web app manifest to this moment, so it is not fetched before the first paint.
  if (!document.querySelector('link[rel="manifest"]')) {
    const manifest = document.createElement('link');
    manifest.rel = 'manifest';
    manifest.href = `${import.meta.env.BASE_URL}manifest.webmanifest`;
    document.head.append(manifest);
  }
  loadApp().catch((error: unknown) => {
    // A first visit that loses the network (or a page older than the deploy): the page stays readable; try again when online.
    started = false;
    reportError(error);
    window.addEventListener('online', start, { once: true });
  });
}

// Not components/ui/after-paint: importing it would make it a chunk this script loads before the first paint.
function startAfterPaint(): void {
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start, 0)));
}

/**
 * A page the service worker serves is marked as a returning visitor's (public/sw-returning.js), so that
 * Flashcards never shows a new learner's first card to someone with saved progress. Where no worker
 * served it (a hard reload, a browser without one), mark it here if this browser holds a saved copy
 * (under the store's STORAGE_KEY; this script imports nothing): as early as a script can, though the
 * page may have been painted once already.
 */
try {
  if (localStorage.getItem('srm-trainer') !== null) document.documentElement.dataset.returning = '';
} catch {
  // Storage blocked: the app reports it once it starts.
}

const prerendered = document.getElementById('root')?.dataset.prerendered !== undefined;
if (!prerendered || document.visibilityState !== 'visible') start();
else {
  // Hidden before it painted (no frames come in a background tab): start anyway.
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && start());
  if (document.readyState === 'complete') startAfterPaint();
  else window.addEventListener('load', startAfterPaint, { once: true });
}
