/**
 * The second start-up step (see boot.ts): the router and the store (zustand, and
 * zod's checks of saved progress), evaluated in a task of their own.
 */
import 'react-router';
import '@/store';
