/**
 * The one store. Slices are combined here and the persist middleware wraps the
 * combined store only; settings and progress are saved (see persistence.ts),
 * notices are not.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Progress } from '@/domain/progress-schema';
import { createNoticesSlice, type NoticesSlice } from './notices-slice';
import { persistOptions, STORAGE_KEY } from './persistence';
import { createProgressSlice, type ProgressSlice } from './progress-slice';
import { saveNow, saveWhenIdle, type SaveScheduler } from './save-scheduler';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { createStudySlice, type StudySlice } from './study-slice';
import { browserStorage, type SafeStorage } from './storage';

export { BACKUP_PREFIX, STORAGE_KEY } from './persistence';

export interface ReplaceSlice {
  replacedAt: number;
}

export interface LoadSlice {
  /** The saved copy has been read (it stays true through later re-reads from other tabs). Not saved. */
  savedStateLoaded: boolean;
  /**
   * That first read found a saved copy (a returning learner): a page prerendered for a new learner
   * starts over from it. Set once, with savedStateLoaded. Not saved.
   */
  savedStateFound: boolean;
}

export type AppState = SettingsSlice & ProgressSlice & NoticesSlice & ReplaceSlice & StudySlice & LoadSlice;

export interface StoreOptions {
  /**
   * Leave the saved copy unread until hydrateSavedState() is called, so the
   * first render matches the prerendered HTML (rendered from the defaults).
   */
  deferHydration?: boolean;
  /** When a change is written to storage: at once by default; the app's own store waits for an idle moment. */
  schedule?: SaveScheduler;
}

export function createAppStore(storage: SafeStorage = browserStorage, now: () => number = Date.now, options: StoreOptions = {}) {
  // Hydration runs inside create(), before `store` exists: hold its notices until then.
  const early: Partial<AppState['notices']> = {};
  const holder: { store?: ReturnType<typeof build> } = {};
  const firstRead: { found?: boolean } = {};
  const notify = (patch: Partial<AppState['notices']>): void => {
    const store = holder.store;
    if (!store) {
      Object.assign(early, patch);
      return;
    }
    const notices = store.getState().notices;
    // Setting a notice saves the store, which may report the same problem again: only act on news.
    const news = (Object.keys(patch) as (keyof typeof patch)[]).some((key) => notices[key] !== patch[key]);
    if (news) store.setState({ notices: { ...notices, ...patch } });
  };
  const build = () =>
    create<AppState>()(
      persist(
        (set, get, api) => {
          const progressSlice = createProgressSlice(set, get, api);
          return {
            ...createSettingsSlice(set, get, api),
            ...createNoticesSlice(set, get, api),
            ...createStudySlice(set, get, api),
            ...progressSlice,
            replacedAt: 0,
            savedStateLoaded: false,
            savedStateFound: false,
            // Replacing or resetting stamps the time, so other tabs take the new progress instead of merging the old back in.
            replaceProgress: (progress: Progress) => set({ progress, replacedAt: now() }),
            resetProgress: () => {
              progressSlice.resetProgress();
              set({ replacedAt: now() });
            },
          };
        },
        persistOptions<AppState>(
          storage,
          {
            onRecovered: (backupKey) => notify({ recovered: { backupKey } }),
            onUnavailable: () => notify({ storageUnavailable: true }),
            // Only the first read tells a returning learner; later ones are other tabs' saves.
            onRead: (found) => {
              firstRead.found ??= found;
            },
          },
          now,
          options,
        ),
      ),
    );
  const store = build();
  holder.store = store;
  const loaded = (): void => {
    if (!store.getState().savedStateLoaded) store.setState({ savedStateLoaded: true, savedStateFound: firstRead.found ?? false });
  };
  if (store.persist.hasHydrated()) loaded();
  else store.persist.onFinishHydration(loaded);
  if (!storage.persistent) early.storageUnavailable = true;
  if (Object.keys(early).length) store.setState((state) => ({ notices: { ...state.notices, ...early } }));
  return store;
}

export type AppStore = ReturnType<typeof createAppStore>;

// Saves wait for an idle moment, so a recorded answer's frame is not held back by writing the whole store (see save-scheduler.ts).
export const useAppStore = createAppStore(browserStorage, Date.now, {
  deferHydration: true,
  schedule: typeof window === 'undefined' ? saveNow : saveWhenIdle(),
});

/** Reads the saved copy into a store created with deferHydration (once; later calls do nothing). */
export function hydrateSavedState(store: AppStore = useAppStore): void {
  if (!store.persist.hasHydrated()) void store.persist.rehydrate();
}


/** Another tab saved: load its state, merged with ours, so neither tab loses an answer. */
export function syncAcrossTabs(store: AppStore = useAppStore): () => void {
  const onStorage = (event: StorageEvent): void => {
    if (event.key === STORAGE_KEY) void store.persist.rehydrate();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

export * from './selectors';
