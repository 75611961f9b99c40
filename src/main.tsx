import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, type DataRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { loadContent } from '@/app/load-content';
import { routes } from '@/app/routes';
import { applyTheme } from '@/app/theme';
import { hydrateSavedState, syncAcrossTabs, useAppStore } from '@/store';
import '@/styles/global.css';

const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

/** The route part of a path: no base path, no trailing slash. */
function routePath(pathname: string): string {
  const path = basename !== '/' && pathname.startsWith(basename) ? pathname.slice(basename.length) : pathname;
  return decodeURIComponent(path.replace(/(.)\/+$/, '$1')) || '/';
}

/** Loads the lazy page modules of the current URL, so the first render is the prerendered page and not a loading state. */
async function resolveLazyRoutes(list: RouteObject[]): Promise<void> {
  const matches = matchRoutes(list, window.location, basename) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const loaded = await route.lazy();
      Object.assign(route, { ...loaded, lazy: undefined });
    }),
  );
}

function app(router: DataRouter) {
  return (
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>
  );
}

async function start(root: HTMLElement): Promise<void> {
  // A host may answer an unknown path with another page's HTML (the SPA fallback): hydrate only the page's own.
  if (root.dataset.prerendered === routePath(window.location.pathname)) {
    const [content] = await Promise.all([loadContent(), resolveLazyRoutes(routes)]);
    const router = createBrowserRouter(routes, { basename, hydrationData: { loaderData: { root: content } } });
    hydrateRoot(root, app(router));
  } else {
    root.replaceChildren();
    createRoot(root).render(app(createBrowserRouter(routes, { basename })));
  }
  // The page hydrates with the defaults it was prerendered from; the learner's saved copy loads right after.
  hydrateSavedState();
  applyTheme(useAppStore.getState().settings.theme);
  syncAcrossTabs();
}

void start(container);
