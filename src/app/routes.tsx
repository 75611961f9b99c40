import type { RouteObject } from 'react-router';
import { Layout } from './Layout';
import { loadContent } from './load-content';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';
import { RouteLoading } from './RouteLoading';

/** Every page is its own chunk, loaded when first visited. */
export const routes: RouteObject[] = [
  {
    id: 'root',
    path: '/',
    loader: loadContent,
    Component: Layout,
    HydrateFallback: RouteLoading,
    ErrorBoundary: RouteError,
    // Content is static for the session: no need to reload it on every navigation.
    shouldRevalidate: () => false,
    children: [
      {
        ErrorBoundary: RouteError,
        children: [
          { index: true, lazy: () => import('@/features/home/HomePage').then((m) => ({ Component: m.HomePage })) },
          { path: 'model', lazy: () => import('@/features/model/ModelPage').then((m) => ({ Component: m.ModelPage })) },
          { path: 'items/:itemId', lazy: () => import('@/features/model/ItemPage').then((m) => ({ Component: m.ItemPage })) },
          { path: 'flashcards', lazy: () => import('@/features/flashcards/FlashcardsPage').then((m) => ({ Component: m.FlashcardsPage })) },
          { path: 'sort', lazy: () => import('@/features/sort/SortPage').then((m) => ({ Component: m.SortPage })) },
          { path: 'quiz', lazy: () => import('@/features/quiz/QuizPage').then((m) => ({ Component: m.QuizPage })) },
          { path: 'progress', lazy: () => import('@/features/progress/ProgressPage').then((m) => ({ Component: m.ProgressPage })) },
          { path: 'present', lazy: () => import('@/features/present/PresentPage').then((m) => ({ Component: m.PresentPage })) },
          { path: 'settings', lazy: () => import('@/features/settings/SettingsPage').then((m) => ({ Component: m.SettingsPage })) },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];
