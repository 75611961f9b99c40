import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '@/app/routes';
import { hydrateSavedState } from '@/store';

/** Renders the real app (routes, lazy pages, content) at a path, as a learner would open it. */
export async function renderApp(path: string) {
  // As main.tsx does after hydrating: the saved copy is read once, then pages that need it mount.
  hydrateSavedState();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(<RouterProvider router={router} />);
  await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
  return { ...view, router, user };
}
