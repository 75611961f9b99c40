/**
 * The one store. Slices are combined here and the persist middleware wraps the
 * combined store only; only settings (and, later, progress) are saved, under
 * one versioned key. What is loaded is validated: invalid data is kept aside
 * under a backup key, never silently dropped.
 */
import * as z from 'zod/mini';
import { create } from 'zustand';
import { persist, type PersistStorage } from 'zustand/middleware';
import { createSettingsSlice, DEFAULT_SETTINGS, SettingsSchema, type SettingsSlice } from './settings-slice';
import { browserStorage, type SafeStorage } from './storage';

export const STORAGE_KEY = 'srm-trainer';
export const BACKUP_KEY = `${STORAGE_KEY}:backup`;
export const STORAGE_VERSION = 1;

export type AppState = SettingsSlice;
type Persisted = Pick<AppState, 'settings'>;

const EnvelopeSchema = z.object({ state: z.unknown(), version: z.optional(z.number()) });
const PersistedSchema = z.object({ settings: z._default(SettingsSchema, DEFAULT_SETTINGS) });

/** JSON storage that backs up what it cannot parse instead of letting it be overwritten. */
function jsonStorage(storage: SafeStorage): PersistStorage<unknown> {
  return {
    getItem(name) {
      const raw = storage.getItem(name);
      if (raw === null) return null;
      try {
        const parsed: unknown = JSON.parse(raw);
        const envelope = EnvelopeSchema.safeParse(parsed);
        if (envelope.success) {
          const { state, version } = envelope.data;
          return version === undefined ? { state } : { state, version };
        }
        storage.setItem(BACKUP_KEY, raw);
        return null;
      } catch {
        storage.setItem(BACKUP_KEY, raw);
        return null;
      }
    },
    setItem(name, value) {
      storage.setItem(name, JSON.stringify(value));
    },
    removeItem(name) {
      storage.removeItem(name);
    },
  };
}

export function createAppStore(storage: SafeStorage = browserStorage) {
  return create<AppState>()(
    persist<AppState, [], [], unknown>((...a) => ({ ...createSettingsSlice(...a) }), {
      name: STORAGE_KEY,
      version: STORAGE_VERSION,
      storage: jsonStorage(storage),
      partialize: (state): Persisted => ({ settings: state.settings }),
      // Version 1 is the first saved format; later versions add named migrations here.
      migrate: (persisted) => persisted,
      merge: (persisted, current) => {
        const parsed = PersistedSchema.safeParse(persisted);
        if (!parsed.success) {
          if (persisted !== undefined) storage.setItem(BACKUP_KEY, JSON.stringify(persisted));
          return current;
        }
        return { ...current, settings: parsed.data.settings };
      },
    }),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;

export const useAppStore = createAppStore();

/** Another tab saved: load its state so answers and settings stay in step. */
export function syncAcrossTabs(store: AppStore = useAppStore): () => void {
  const onStorage = (event: StorageEvent): void => {
    if (event.key === STORAGE_KEY) void store.persist.rehydrate();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

export const selectTheme = (state: AppState) => state.settings.theme;
export const selectSetTheme = (state: AppState) => state.setTheme;
export const storageIsPersistent = (): boolean => browserStorage.persistent;
