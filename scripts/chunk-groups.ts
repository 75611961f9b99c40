/**
 * How the build groups modules into chunks (rolldown's codeSplitting groups).
 *
 * Left to itself the bundler makes one chunk per set of importers, which here
 * meant thirty-odd files on a study page, many under 300 bytes gzip (cx,
 * vocabulary, use-now...). Each chunk costs the page a request, a
 * `<link rel="modulepreload">` appended by Vite's preload helper (about 1 ms of
 * main-thread work each on this machine, 4 ms on Lighthouse's slowed phone),
 * and a module to instantiate. So the modules go in a few chunks that follow
 * how the app starts (src/boot.ts): React; then the router and the store; then
 * the app shell; and, for the pages, the pieces they share.
 *
 * A group takes the modules it matches and, unless a group of higher priority
 * has them, the modules they import. A module shared by pages and matched by no
 * group still works: it becomes a small chunk of its own. Add it to the group
 * of the pages that use it.
 */

interface ChunkGroup {
  name: string;
  /** Whether a module (by its id, an absolute path) belongs to the group. */
  test: (id: string) => boolean;
  /** Groups of higher priority take their modules first. */
  priority: number;
}

/** Modules under src/<dir>/ whose file name is one of `names`. */
function files(dir: string, names: string[]): RegExp {
  const escaped = names.map((name) => name.replace(/[.]/g, '\\.'));
  return new RegExp(`[\\\\/]src[\\\\/]${dir.replace(/\//g, '[\\\\/]')}[\\\\/](${escaped.join('|')})$`);
}

const anyOf =
  (...patterns: RegExp[]) =>
  (id: string): boolean =>
    patterns.some((pattern) => pattern.test(id));

export const CHUNK_GROUPS: ChunkGroup[] = [
  // Vite's preload helper alone: the boot script inlines it (scripts/boot-helper.ts), so it must not drag the app in.
  { name: 'preload-helper', test: anyOf(/vite[\\/]preload-helper/), priority: 40 },
  // The first start-up step: React, in one chunk.
  { name: 'react', test: anyOf(/node_modules[\\/](react|react-dom|scheduler)[\\/]/, files('app', ['start-react.ts'])), priority: 30 },
  // The second: the router, the store and what reading saved progress needs (zustand, zod).
  { name: 'start', test: anyOf(files('app', ['start-store.ts'])), priority: 20 },
  // The third: the app shell and everything it imports, with the owner icon and form field styles of Home and Settings.
  { name: 'app', test: anyOf(/[\\/]src[\\/]main\.tsx$/, files('components/ui', ['OwnerIcon.tsx', 'Owner.module.css', 'Field.module.css'])), priority: 10 },
  // Shared by the model and study pages: labels, the owner badge, segmented controls, dialogs, the clock.
  {
    name: 'ui',
    test: anyOf(
      files('domain', ['vocabulary.ts', 'model.ts', 'random.ts']),
      files('components/ui', ['OwnerBadge.tsx', 'Segmented.tsx', 'use-modal-dialog.ts', 'ConfirmDialog.tsx', 'use-now.ts', 'Button.module.css']),
    ),
    priority: 5,
  },
  // Shared by flashcards, sort, quiz and progress: scheduling (ts-fsrs), recording answers, insights, quiz scoring, score tables.
  {
    name: 'study',
    test: anyOf(
      files('domain', ['scheduling.ts', 'record.ts', 'insights.ts', 'quiz.ts']),
      files('store', ['recording.ts']),
      files('components/ui', ['ShareBar.tsx', 'Table.module.css']),
    ),
    priority: 4,
  },
];
