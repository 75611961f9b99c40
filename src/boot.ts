/**
 * The page's only script. The HTML is prerendered, so the page is readable before
 * any JavaScript runs: the app (React, the routes, the content) is fetched once the
 * browser has painted it, and does not compete with the first paint. A tab opened
 * in the background, which paints nothing, starts it at once.
 */
// The app's global styles belong to the page (inlined in every prerendered page), not to the app's chunk.
import '@/styles/global.css';

const start = (): void => {
  void import('./main');
};
if (document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(start, 0));
else start();
