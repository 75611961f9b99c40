import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { UNSAFE_createBrowserHistory, unstable_HistoryRouter as HistoryRouter } from 'react-router';
import { guardHistory } from '@/app/history';
import { loadContent } from '@/app/load-content';
import { preloadPage } from '@/app/page-chunks';
import { AppRoutes } from '@/app/routes';
import { LeaveGuardContext } from '@/components/ui/leave-guard';
import { hydrateSavedState, syncAcrossTabs } from '@/store';

const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
const history = guardHistory(UNSAFE_createBrowserHistory({ v5Compat: true }));

/** The route part of a path: no base path, no trailing slash. */
function routePath(pathname: string): string {
  const path = basename !== '/' && pathname.startsWith(basename) ? pathname.slice(basename.length) : pathname;
  return decodeURIComponent(path.replace(/(.)\/+$/, '$1')) || '/';
}

const app = (
  <StrictMode>
    <LeaveGuardContext value={history.guards}>
      <HistoryRouter basename={basename} history={history}>
        <AppRoutes />
      </HistoryRouter>
    </LeaveGuardContext>
  </StrictMode>
);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// A host may answer an unknown path with another page's HTML (the SPA fallback): hydrate only the page's own.
const path = routePath(window.location.pathname);
if (root.dataset.prerendered === path) {
  preloadPage(path);
  // Every page but Home renders from the content (its chunk loads alongside the page's): have it before hydrating.
  if (path !== '/') await loadContent().catch(() => undefined);
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
// The saved copy is read now, before React renders, but the render that hydrates the page uses the defaults it was
// prerendered from (zustand's server snapshot); the saved progress (and theme, applied by the layout) follows in the next render.
hydrateSavedState();
syncAcrossTabs();
