import { describe, expect, it, vi } from 'vitest';
import { BACKUP_KEY, createAppStore, STORAGE_KEY } from '@/store';
import { createSafeStorage } from '@/store/storage';

describe('saved settings', () => {
  it('keep working in memory when the browser refuses to store anything', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const storage = createSafeStorage(() => localStorage);
    const store = createAppStore(storage);
    store.getState().setTheme('dark');
    expect(store.getState().settings.theme).toBe('dark');
    expect(storage.persistent).toBe(false);
    expect(storage.getItem(STORAGE_KEY)).toContain('"dark"');
  });

  it('treat a browser with no storage at all as in-memory only', () => {
    const storage = createSafeStorage(() => {
      throw new Error('SecurityError');
    });
    const store = createAppStore(storage);
    store.getState().setTheme('light');
    expect(store.getState().settings.theme).toBe('light');
    expect(storage.persistent).toBe(false);
  });

  it('load what an earlier visit saved', () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { settings: { theme: 'light' } }, version: 1 }));
    const store = createAppStore(createSafeStorage(() => localStorage));
    expect(store.getState().settings.theme).toBe('light');
  });

  it('keep unreadable saved data aside instead of overwriting it', () => {
    localStorage.setItem(STORAGE_KEY, '{not json');
    const store = createAppStore(createSafeStorage(() => localStorage));
    expect(store.getState().settings.theme).toBe('system');
    expect(localStorage.getItem(BACKUP_KEY)).toBe('{not json');
  });

  it('keep invalid saved data aside and start from defaults', () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { settings: { theme: 'purple' } }, version: 1 }));
    const store = createAppStore(createSafeStorage(() => localStorage));
    expect(store.getState().settings.theme).toBe('system');
    expect(localStorage.getItem(BACKUP_KEY)).toContain('purple');
  });
});
