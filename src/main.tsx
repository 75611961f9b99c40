import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { UNSAFE_createBrowserHistory, unstable_HistoryRouter as HistoryRouter } from 'react-router';
import { guardHistory } from '@/app/history';
import { loadContent } from '@/app/load-content';
import { preloadPage } from '@/app/page-chunks';
import { AppRoutes } from '@/app/routes';
import { nextTask } from '@/components/ui/after-paint';
import { LeaveGuardContext } from '@/components/ui/leave-guard';
import { hydrateSavedState, syncAcrossTabs } from '@/store';

const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

/** The route part of a path: no base path, no trailing slash. */
function routePath(pathname: string): string {
  const path = basename !== '/' && pathname.startsWith(basename) ? pathname.slice(basename.length) : pathname;
  return decodeURIComponent(path.replace(/(.)\/+$/, '$1')) || '/';
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// A host may answer an unknown path with another page's HTML (the SPA fallback): hydrate only the page's own.
const path = routePath(window.location.pathname);
const prerendered = root.dataset.prerendered === path;
// Start fetching what hydrating needs: the page's chunk, and the content every page but Home renders from.
if (prerendered) preloadPage(path);
const content = prerendered && path !== '/' ? loadContent().catch(() => undefined) : undefined;

// Start-up runs as a few short tasks rather than one long one, so the browser can take input and paint between
// them: the router's history, then the saved copy, then React. The saved copy is read before React renders, but the
// render that hydrates the page uses the defaults it was prerendered from (zustand's server snapshot); the saved
// progress (and theme, applied by the layout) follows in the next render.
await nextTask();
const history = guardHistory(UNSAFE_createBrowserHistory({ v5Compat: true }));
const app = (
  <StrictMode>
    <LeaveGuardContext value={history.guards}>
      <HistoryRouter basename={basename} history={history}>
        <AppRoutes />
      </HistoryRouter>
    </LeaveGuardContext>
  </StrictMode>
);
await nextTask();
hydrateSavedState();
syncAcrossTabs();
await nextTask();

if (prerendered) {
  await content;
  // The page's chunk loads meanwhile; React keeps its prerendered HTML until it has.
  // In a transition, hydration yields to the browser every few milliseconds instead of running as one long task.
  startTransition(() => {
    hydrateRoot(root, app, {
      onRecoverableError(error) {
        // A page opened with filters in its address (/model?owner=aws) was prerendered without them: React
        // redraws it with them, as it should. Anything else is a real problem.
        if (window.location.search && error instanceof Error && /#418|hydrat/i.test(error.message)) return;
        reportError(error);
      },
    });
  });
} else {
  root.replaceChildren();
  createRoot(root).render(app);
}
