/**
 * How the store is saved: one versioned key, validated on the way in, with
 * nothing ever silently lost. zustand's persist does not do this by itself
 * (see TOOLCHAIN.md): corrupt JSON would be overwritten by the next write, a
 * failed migration would drop the data, and two tabs would overwrite each
 * other. This module closes each of those holes.
 */
import * as z from 'zod/mini';
import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';
import { mergeProgress } from '@/domain/progress';
import { lazy } from '@/domain/lazy';
import { EMPTY_PROGRESS, progressSchemas, type Progress } from '@/domain/progress-schema';
import { CURRENT_VERSION, migrate } from './migrations';
import { saveNow, type SaveScheduler } from './save-scheduler';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from './settings-slice';
import { appendAttempt, isBetterSort, studySchemas } from './study-slice';
import type { SafeStorage } from './storage';

export const STORAGE_KEY = 'srm-trainer';
export const BACKUP_PREFIX = `${STORAGE_KEY}:backup:`;

/** The saved copy's schemas: the envelope persist writes, and the state in it. Built on first use (see lazy). */
const persistedSchemas = lazy(() => {
  const { sortBest, quizAttempt, examSession } = studySchemas();
  const envelope = z.object({ state: z.unknown(), version: z.optional(z.number()) });
  const persisted = z.object({
    settings: z._default(settingsSchema(), DEFAULT_SETTINGS),
    progress: z._default(progressSchemas().progress, EMPTY_PROGRESS),
    /** When progress was last replaced wholesale (import, reset): a newer replacement wins over older copies. */
    replacedAt: z._default(z.number(), 0),
    sortBests: z._default(z.record(z.string(), sortBest), {}),
    quizAttempts: z._default(z.array(quizAttempt), []),
    examSession: z._default(z.nullable(examSession), null),
  });
  return { envelope, persisted };
});
export const persistedSchema = () => persistedSchemas().persisted;
export type Persisted = z.infer<ReturnType<typeof persistedSchema>>;

/** Combines two saved copies: a newer import or reset wins; otherwise answers from both are kept. */
export function combineSaved(mine: Persisted, theirs: Persisted, prefer: 'mine' | 'theirs'): Persisted {
  const preferred = prefer === 'mine' ? mine : theirs;
  const sortBests = { ...mine.sortBests };
  for (const [key, best] of Object.entries(theirs.sortBests)) if (isBetterSort(best, sortBests[key])) sortBests[key] = best;
  const quizAttempts = theirs.quizAttempts.reduce(appendAttempt, mine.quizAttempts).sort((a, b) => a.finishedAt - b.finishedAt);
  // Settings and the exam in progress are single values: the preferred copy's win.
  const shared = { settings: preferred.settings, sortBests, quizAttempts, examSession: preferred.examSession };
  if (theirs.replacedAt > mine.replacedAt) return { ...shared, progress: theirs.progress, replacedAt: theirs.replacedAt };
  if (mine.replacedAt > theirs.replacedAt) return { ...shared, progress: mine.progress, replacedAt: mine.replacedAt };
  return { ...shared, progress: mergeProgress(mine.progress, theirs.progress), replacedAt: mine.replacedAt };
}

export interface PersistenceEvents {
  /** Saved data could not be used; the raw text was kept under `backupKey`. */
  onRecovered: (backupKey: string) => void;
  /** The browser stopped accepting writes. */
  onUnavailable: () => void;
  /** Storage was read: `found` when it held a saved copy the store takes (none, or one kept aside, is not found). */
  onRead?: (found: boolean) => void;
}

interface StoreShape extends Persisted {
  progress: Progress;
  settings: Settings;
}

function persisted(state: StoreShape): Persisted {
  return {
    settings: state.settings,
    progress: state.progress,
    replacedAt: state.replacedAt,
    sortBests: state.sortBests,
    quizAttempts: state.quizAttempts,
    examSession: state.examSession,
  };
}

/** Whether two states would save the same: each part is the same object (the store replaces what it changes). */
function unchanged(a: Persisted, b: Persisted): boolean {
  return (Object.keys(b) as (keyof Persisted)[]).every((key) => a[key] === b[key]);
}

/** A usable saved copy: migrated and validated, with the version that saved it. */
interface SavedCopy {
  state: Persisted;
  version: number;
}

function parseSaved(raw: string): { state: unknown; version: number } | undefined {
  try {
    const envelope = persistedSchemas().envelope.safeParse(JSON.parse(raw));
    return envelope.success ? { state: envelope.data.state, version: envelope.data.version ?? 0 } : undefined;
  } catch {
    return undefined;
  }
}

/** The persist options: storage wrapper, versioning, validation and merging. */
export function persistOptions<S extends StoreShape>(
  storage: SafeStorage,
  events: PersistenceEvents,
  now: () => number,
  { deferHydration = false, schedule = saveNow }: { deferHydration?: boolean; schedule?: SaveScheduler } = {},
): PersistOptions<S, unknown> {
  let lastRaw: string | null = null;
  // Until the saved copy has been read, a write would replace it with defaults: hold writes until then.
  let loaded = false;
  /** The newest state waiting for its scheduled save, if any. */
  let pending: { name: string; value: StorageValue<unknown> } | null = null;
  /**
   * The saved parts as this tab last read or wrote them (on a first visit, the defaults nothing has saved yet): a
   * change that leaves them as they are needs no write. After folding in another tab's copy, storage holds more
   * than this; that copy reaches the store through the storage event, and merge records it here.
   */
  let inStorage: Persisted | null = null;
  /** The last read found a copy to write again: one kept aside, or one saved by an older version. */
  let rewrite = false;
  const keepAside = (raw: string): void => {
    const backupKey = `${BACKUP_PREFIX}${now()}`;
    storage.setItem(backupKey, raw);
    events.onRecovered(backupKey);
  };
  /** The saved copy in `raw`; undefined if it cannot be used. */
  const savedCopy = (raw: string): SavedCopy | undefined => {
    const saved = parseSaved(raw);
    if (!saved) return undefined;
    try {
      const parsed = persistedSchema().safeParse(saved.version === CURRENT_VERSION ? saved.state : migrate(saved.state, saved.version));
      return parsed.success ? { state: parsed.data, version: saved.version } : undefined;
    } catch {
      return undefined;
    }
  };

  /** The saved copy; unusable text is kept aside (here, where it is at hand). */
  const readSaved = (raw: string): SavedCopy | undefined => {
    const copy = savedCopy(raw);
    if (!copy) keepAside(raw);
    return copy;
  };

  const persistStorage: PersistStorage<unknown> = {
    getItem(name) {
      // A save still waiting goes first, so a read (another tab saved) merges with our newest answers.
      flush();
      const raw = storage.getItem(name);
      lastRaw = raw;
      loaded = true;
      const copy = raw === null ? undefined : readSaved(raw);
      rewrite = raw !== null && copy?.version !== CURRENT_VERSION;
      events.onRead?.(copy !== undefined);
      return copy ? { state: copy.state, version: CURRENT_VERSION } : null;
    },
    setItem(name, value: StorageValue<unknown>) {
      if (!loaded) return;
      // persist saves on every change to the store, even to what it does not save (a notice, a flag): write only
      // when something saved has changed. A learner who has not studied or changed a setting leaves storage empty,
      // so their next visit is still a new learner's (see boot.ts and public/sw-returning.js).
      if (inStorage && unchanged(value.state as Persisted, inStorage)) {
        pending = null;
        return;
      }
      const scheduled = pending !== null;
      pending = { name, value };
      if (!scheduled) schedule(flush);
    },
    removeItem(name) {
      pending = null;
      storage.removeItem(name);
    },
  };

  /** Writes the newest state, if a save is waiting. */
  function flush(): void {
    if (!pending) return;
    const { name, value } = pending;
    pending = null;
    write(name, value);
  }

  function write(name: string, value: StorageValue<unknown>): void {
    let state = value.state;
    const raw = storage.getItem(name);
    // Another tab wrote since we last looked: fold its answers in rather than overwrite them.
    if (raw !== null && raw !== lastRaw) {
      const theirs = savedCopy(raw)?.state;
      const mine = persistedSchema().safeParse(state);
      if (theirs && mine.success) state = combineSaved(mine.data, theirs, 'mine');
    }
    const text = JSON.stringify({ state, version: CURRENT_VERSION });
    storage.setItem(name, text);
    lastRaw = text;
    inStorage = value.state as Persisted;
    if (!storage.persistent) events.onUnavailable();
  }

  return {
    name: STORAGE_KEY,
    version: CURRENT_VERSION,
    storage: persistStorage,
    partialize: persisted,
    // A prerendered page hydrates with the defaults the server rendered; the saved copy loads right after (see hydrateSavedState).
    skipHydration: deferHydration,
    // getItem has already migrated and validated; these only run for data it passed through
    // (validating a year of answers again would double the cost of reading them).
    migrate: (state) => state,
    merge: (saved, current) => {
      const merged = saved === undefined ? current : { ...current, ...combineSaved(persisted(current), saved as Persisted, 'theirs') };
      inStorage = rewrite ? null : persisted(merged);
      return merged;
    },
  };
}
