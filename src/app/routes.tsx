import type { RouteObject } from 'react-router';
import { Layout } from './Layout';
import { loadContent } from './load-content';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';
import { RouteLoading } from './RouteLoading';
import { AfterSavedState } from './SavedStateGate';
import { en } from '@/strings/en';

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
          { path: 'flashcards', lazy: () => import('@/features/flashcards/FlashcardsPage').then((m) => ({ element: <AfterSavedState page={m.FlashcardsPage} pending={{ title: en.flashcards.title, documentTitle: en.nav.flashcards, lead: en.flashcards.lead }} /> })) },
          { path: 'sort', lazy: () => import('@/features/sort/SortPage').then((m) => ({ element: <AfterSavedState page={m.SortPage} pending={{ title: en.sort.title, documentTitle: en.nav.sort, lead: en.sort.lead }} /> })) },
          { path: 'quiz', lazy: () => import('@/features/quiz/QuizPage').then((m) => ({ element: <AfterSavedState page={m.QuizPage} pending={{ title: en.quiz.title, documentTitle: en.nav.quiz, lead: en.quiz.lead }} /> })) },
          { path: 'progress', lazy: () => import('@/features/progress/ProgressPage').then((m) => ({ element: <AfterSavedState page={m.ProgressPage} pending={{ title: en.progress.title, documentTitle: en.nav.progress, lead: en.progress.lead }} /> })) },
          { path: 'present', lazy: () => import('@/features/present/PresentPage').then((m) => ({ element: <AfterSavedState page={m.PresentPage} pending={{ title: en.present.title, documentTitle: en.present.documentTitle, lead: en.present.lead }} /> })) },
          { path: 'settings', lazy: () => import('@/features/settings/SettingsPage').then((m) => ({ element: <AfterSavedState page={m.SettingsPage} pending={{ title: en.settings.title }} /> })) },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];
