import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { routes } from '@/app/routes';
import { applyTheme } from '@/app/theme';
import { syncAcrossTabs, useAppStore } from '@/store';
import '@/styles/global.css';

// The saved theme applies before the first render, so there is no flash of the wrong one.
applyTheme(useAppStore.getState().settings.theme);
syncAcrossTabs();

const router = createBrowserRouter(routes, { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' });
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
