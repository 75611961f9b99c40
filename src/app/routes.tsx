import { lazy, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { en } from '@/strings/en';
import { Layout } from './Layout';
import { PAGE_CHUNKS } from './page-chunks';
import { NotFoundPage } from './NotFoundPage';
import { AfterSavedState, type PendingPage } from './SavedStateGate';

/** Every page is its own chunk, loaded when first visited (and before hydrating the page it was prerendered as). */
function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return lazy(() => load().then((module) => ({ default: pick(module) })));
}

const HomePage = page(PAGE_CHUNKS[''], (m) => m.HomePage);
const ModelPage = page(PAGE_CHUNKS.model, (m) => m.ModelPage);
const ItemPage = page(PAGE_CHUNKS.items, (m) => m.ItemPage);
const FlashcardsPage = page(PAGE_CHUNKS.flashcards, (m) => m.FlashcardsPage);
const SortPage = page(PAGE_CHUNKS.sort, (m) => m.SortPage);
const QuizPage = page(PAGE_CHUNKS.quiz, (m) => m.QuizPage);
const ProgressPage = page(PAGE_CHUNKS.progress, (m) => m.ProgressPage);
const PresentPage = page(PAGE_CHUNKS.present, (m) => m.PresentPage);
const SettingsPage = page(PAGE_CHUNKS.settings, (m) => m.SettingsPage);

/** Pages built from the learner's saved progress: prerendered as heading and lead, mounted once it is read. */
const SAVED_STATE_PAGES: [path: string, Page: ComponentType, pending: PendingPage][] = [
  ['sort', SortPage, { title: en.modes.sort.title, documentTitle: en.nav.sort, lead: en.modes.sort.lead }],
  ['quiz', QuizPage, { title: en.modes.quiz.title, documentTitle: en.nav.quiz, lead: en.modes.quiz.lead }],
  ['progress', ProgressPage, { title: en.progress.title, documentTitle: en.nav.progress, lead: en.progress.lead }],
  ['present', PresentPage, { title: en.modes.present.title, documentTitle: en.modes.present.documentTitle, lead: en.modes.present.lead }],
  ['settings', SettingsPage, { title: en.settings.title, lead: en.settings.lead }],
];

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="model" element={<ModelPage />} />
        <Route path="items/:itemId" element={<ItemPage />} />
        {/* Prerendered as a new learner's first card; a returning learner's session replaces it (see FlashcardsPage). */}
        <Route path="flashcards" element={<FlashcardsPage />} />
        {SAVED_STATE_PAGES.map(([path, Page, pending]) => (
          <Route key={path} path={path} element={<AfterSavedState page={Page} pending={pending} />} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
