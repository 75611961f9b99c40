/**
 * Which module each route's page lives in, and how to follow a module through
 * the build manifest. The prerender (its inlined styles) and bench:web (each
 * route's JavaScript) read both from here. The browser's own list is
 * src/app/page-chunks.ts: a new page goes in both (the prerender fails the
 * build, naming the route, when it is missing here).
 */

/** The page module each route lazily loads, by path prefix ('/' is Home only). */
export const ROUTE_MODULES: [prefix: string, module: string][] = [
  ['/items/', 'src/features/model/ItemPage.tsx'],
  ['/model', 'src/features/model/ModelPage.tsx'],
  ['/flashcards', 'src/features/flashcards/FlashcardsPage.tsx'],
  ['/sort', 'src/features/sort/SortPage.tsx'],
  ['/quiz', 'src/features/quiz/QuizPage.tsx'],
  ['/progress', 'src/features/progress/ProgressPage.tsx'],
  ['/present', 'src/features/present/PresentPage.tsx'],
  ['/settings', 'src/features/settings/SettingsPage.tsx'],
  ['/', 'src/features/home/HomePage.tsx'],
];

/** The app (React, router, store, layout), which src/boot.ts imports in these steps once the page is painted. */
export const APP_MODULES = ['src/app/start-react.ts', 'src/app/start-store.ts', 'src/main.tsx'];
/** The study content's chunk. */
export const CONTENT_MODULE = 'src/app/content-data.ts';

export interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** The page module for a route path. */
export function routeModule(path: string): string {
  const entry = ROUTE_MODULES.find(([prefix]) => (prefix === '/' ? path === '/' : path.startsWith(prefix)));
  if (!entry) throw new Error(`no page module known for ${path}; add it to ROUTE_MODULES in scripts/route-modules.ts`);
  return entry[1];
}

/**
 * The files these modules load and every file they import statically, with their
 * stylesheets, in the order the browser meets them (each module's own before its imports').
 */
export function manifestClosure(manifest: Manifest, modules: string[]): { files: string[]; css: string[] } {
  const files = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const module of modules) visit(module);
  return { files: [...files], css: [...css] };
}
