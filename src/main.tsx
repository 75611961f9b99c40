import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { UNSAFE_createBrowserHistory, unstable_HistoryRouter as HistoryRouter } from 'react-router';
import { guardHistory } from '@/app/history';
import { AppRoutes } from '@/app/routes';
import { applyTheme } from '@/app/theme';
import { LeaveGuardContext } from '@/components/ui/leave-guard';
import { hydrateSavedState, syncAcrossTabs, useAppStore } from '@/store';
import '@/styles/global.css';

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
if (root.dataset.prerendered === routePath(window.location.pathname)) {
  // The page's chunk and the content load meanwhile; React keeps their prerendered HTML until they have.
  hydrateRoot(root, app);
} else {
  root.replaceChildren();
  createRoot(root).render(app);
}
// The page hydrates with the defaults it was prerendered from; the learner's saved copy loads right after.
hydrateSavedState();
applyTheme(useAppStore.getState().settings.theme);
syncAcrossTabs();
