import { lazy, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { en } from '@/strings/en';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { AfterSavedState, type PendingPage } from './SavedStateGate';

/** Every page is its own chunk, loaded when first visited (and before hydrating the page it was prerendered as). */
function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return lazy(() => load().then((module) => ({ default: pick(module) })));
}

const HomePage = page(() => import('@/features/home/HomePage'), (m) => m.HomePage);
const ModelPage = page(() => import('@/features/model/ModelPage'), (m) => m.ModelPage);
const ItemPage = page(() => import('@/features/model/ItemPage'), (m) => m.ItemPage);
const FlashcardsPage = page(() => import('@/features/flashcards/FlashcardsPage'), (m) => m.FlashcardsPage);
const SortPage = page(() => import('@/features/sort/SortPage'), (m) => m.SortPage);
const QuizPage = page(() => import('@/features/quiz/QuizPage'), (m) => m.QuizPage);
const ProgressPage = page(() => import('@/features/progress/ProgressPage'), (m) => m.ProgressPage);
const PresentPage = page(() => import('@/features/present/PresentPage'), (m) => m.PresentPage);
const SettingsPage = page(() => import('@/features/settings/SettingsPage'), (m) => m.SettingsPage);

/** Pages built from the learner's saved progress: prerendered as heading and lead, mounted once it is read. */
const SAVED_STATE_PAGES: [path: string, Page: ComponentType, pending: PendingPage][] = [
  ['flashcards', FlashcardsPage, { title: en.modes.flashcards.title, documentTitle: en.nav.flashcards, lead: en.modes.flashcards.lead }],
  ['sort', SortPage, { title: en.modes.sort.title, documentTitle: en.nav.sort, lead: en.modes.sort.lead }],
  ['quiz', QuizPage, { title: en.modes.quiz.title, documentTitle: en.nav.quiz, lead: en.modes.quiz.lead }],
  ['progress', ProgressPage, { title: en.progress.title, documentTitle: en.nav.progress, lead: en.progress.lead }],
  ['present', PresentPage, { title: en.modes.present.title, documentTitle: en.modes.present.documentTitle, lead: en.modes.present.lead }],
  ['settings', SettingsPage, { title: en.settings.title }],
];

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="model" element={<ModelPage />} />
        <Route path="items/:itemId" element={<ItemPage />} />
        {SAVED_STATE_PAGES.map(([path, Page, pending]) => (
          <Route key={path} path={path} element={<AfterSavedState page={Page} pending={pending} />} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
