/**
 * The page's only script. The HTML is prerendered, so the page is readable before
 * any JavaScript runs: the app (React, the routes, the content) is fetched once the
 * page has loaded and the browser has painted it (two frames), so it never competes
 * with the first paint. A tab opened in the background, which paints nothing,
 * starts it at once.
 */
// The app's global styles belong to the page (inlined in every prerendered page), not to the app's chunk.
import '@/styles/global.css';

const start = (): void => {
  // Prerendered pages leave the web app manifest to this moment, so it is not fetched before the first paint.
  if (!document.querySelector('link[rel="manifest"]')) {
    const manifest = document.createElement('link');
    manifest.rel = 'manifest';
    manifest.href = `${import.meta.env.BASE_URL}manifest.webmanifest`;
    document.head.append(manifest);
  }
  void import('./main');
};
const afterPaint = (): void => {
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start, 0)));
};

if (document.visibilityState !== 'visible') start();
else if (document.readyState === 'complete') afterPaint();
else window.addEventListener('load', afterPaint, { once: true });
