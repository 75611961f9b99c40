import { render, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UNSAFE_createMemoryHistory, unstable_HistoryRouter as HistoryRouter } from 'react-router';
import { guardHistory } from '@/app/history';
import { AppRoutes } from '@/app/routes';
import { LeaveGuardContext } from '@/components/ui/leave-guard';
import { hydrateSavedState } from '@/store';
import { en } from '@/strings/en';

/** Renders the real app (routes, lazy pages, content, leave guards) at a path, as a learner would open it. */
export async function renderApp(path: string) {
  const history = guardHistory(UNSAFE_createMemoryHistory({ initialEntries: [path], v5Compat: true }));
  const user = userEvent.setup();
  // As main.tsx does before hydrating: the saved copy is read once, then pages that need it mount.
  hydrateSavedState();
  const view = render(
    <LeaveGuardContext value={history.guards}>
      <HistoryRouter history={history}>
        <AppRoutes />
      </HistoryRouter>
    </LeaveGuardContext>,
  );
  const app = within(view.container);
  await app.findAllByRole('heading', { level: 1 }, { timeout: 5000 });
  // The page itself, not its placeholder: its chunk, the content and the saved progress have loaded.
  await waitFor(
    () => {
      if (view.container.querySelector('[aria-busy="true"]') || app.queryByText(en.loading)) throw new Error('the page is still loading');
    },
    { timeout: 10_000 },
  );
  // Where the app is now, for tests that check the address.
  const router = { state: { get location() { return history.location; } } };
  return { ...view, router, user };
}
