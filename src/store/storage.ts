/**
 * The only module that touches localStorage. It never throws: a browser that
 * refuses storage (private mode, quota full, blocked cookies) gets an
 * in-memory fallback, and the app is told so it can warn the learner.
 */
export interface SafeStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** False once a read or write has failed: progress lives only in memory. */
  readonly persistent: boolean;
}

export function createSafeStorage(getBacking: () => Storage | undefined): SafeStorage {
  const memory = new Map<string, string>();
  let persistent = true;
  const backing = (): Storage | undefined => {
    try {
      return getBacking();
    } catch {
      return undefined;
    }
  };
  const fail = (): void => {
    persistent = false;
  };
  return {
    get persistent() {
      return persistent;
    },
    getItem(key) {
      if (memory.has(key)) return memory.get(key) ?? null;
      const store = backing();
      if (!store) {
        fail();
        return null;
      }
      try {
        return store.getItem(key);
      } catch {
        fail();
        return null;
      }
    },
    setItem(key, value) {
      const store = backing();
      try {
        if (!store) throw new Error('no storage');
        store.setItem(key, value);
        memory.delete(key);
      } catch {
        // Keep the newest value in memory so this tab loses nothing.
        memory.set(key, value);
        fail();
      }
    },
    removeItem(key) {
      memory.delete(key);
      try {
        backing()?.removeItem(key);
      } catch {
        fail();
      }
    },
  };
}

export const browserStorage = createSafeStorage(() => (typeof window === 'undefined' ? undefined : window.localStorage));

/** The text kept under a backup key, for the learner to download. */
export function readBackup(key: string, storage: SafeStorage = browserStorage): string | null {
  return storage.getItem(key);
}
