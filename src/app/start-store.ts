/**
 * The second start-up step (see boot.ts): the router and the store (zustand, and
 * zod, whose schemas are built only when a saved copy is read), evaluated in a task of their own.
 */
// react-router declares no side effects: a bare import would be dropped, so re-export what main.tsx uses.
export { UNSAFE_createBrowserHistory, unstable_HistoryRouter } from 'react-router';
import '@/store';
