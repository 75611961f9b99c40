/** Each page's chunk, by the first segment of its path. */
export const PAGE_CHUNKS = {
  '': () => import('@/features/home/HomePage'),
  model: () => import('@/features/model/ModelPage'),
  items: () => import('@/features/model/ItemPage'),
  flashcards: () => import('@/features/flashcards/FlashcardsPage'),
  sort: () => import('@/features/sort/SortPage'),
  quiz: () => import('@/features/quiz/QuizPage'),
  progress: () => import('@/features/progress/ProgressPage'),
  present: () => import('@/features/present/PresentPage'),
  settings: () => import('@/features/settings/SettingsPage'),
};

/** Starts loading the chunk of the page at this path (a route path, without the base), if it has one. */
export function preloadPage(path: string): void {
  const segment = path.split('/')[1] ?? '';
  if (Object.hasOwn(PAGE_CHUNKS, segment)) void PAGE_CHUNKS[segment as keyof typeof PAGE_CHUNKS]().catch(() => undefined);
}
