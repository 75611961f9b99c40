import { describe, expect, it, vi } from 'vitest';
import { EMPTY_PROGRESS, memoryOf } from '@/domain/progress-schema';
import { BACKUP_PREFIX, createAppStore, hydrateSavedState, STORAGE_KEY } from '@/store';
import { record } from '@/store/recording';
import { saveWhenIdle, type SaveScheduler } from '@/store/save-scheduler';
import { createSafeStorage } from '@/store/storage';

const NOW = Date.UTC(2026, 10, 28, 9, 0);
const local = () => createSafeStorage(() => localStorage);
const saved = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { state: { progress: { events: unknown[] } }; version: number } | null;
const backups = () => Object.keys(localStorage).filter((key) => key.startsWith(BACKUP_PREFIX));

function answer(store: ReturnType<typeof createAppStore>, itemId: string, correct: boolean, at: number) {
  record({ itemId, mode: 'quiz', correct, chosen: correct ? 'customer' : 'aws' }, { now: at }, store);
}

describe('saved progress', () => {
  it('is saved under one versioned key and loads back after a restart', () => {
    const first = createAppStore(local(), () => NOW);
    answer(first, 'platform-os-patching-ec2', true, NOW);
    expect(saved()?.version).toBe(4);
    const second = createAppStore(local(), () => NOW);
    expect(second.getState().progress.events).toHaveLength(1);
    expect(memoryOf(second.getState().progress, 'platform-os-patching-ec2')?.reps).toBe(1);
  });

  it('tells a returning learner (a saved copy was read) from a new one (nothing saved)', () => {
    const first = createAppStore(local(), () => NOW);
    expect(first.getState()).toMatchObject({ savedStateLoaded: true, savedStateFound: false });
    answer(first, 'platform-os-patching-ec2', true, NOW);
    const second = createAppStore(local(), () => NOW);
    expect(second.getState()).toMatchObject({ savedStateLoaded: true, savedStateFound: true });
  });

  it('decides returning or new at the first read only: not from changes made before it, nor from later reads', async () => {
    const store = createAppStore(local(), () => NOW, { deferHydration: true });
    expect(store.getState()).toMatchObject({ savedStateLoaded: false, savedStateFound: false });
    // A change before the copy is read does not make a new learner a returning one.
    store.getState().setNewPerDay(12);
    hydrateSavedState(store);
    expect(store.getState()).toMatchObject({ savedStateLoaded: true, savedStateFound: false });
    // Another tab saves; reading its copy later does not change who the learner was when the page opened.
    answer(createAppStore(local(), () => NOW), 'glb-regions', true, NOW);
    await store.persist.rehydrate();
    expect(store.getState().progress.events).toHaveLength(1);
    expect(store.getState().savedStateFound).toBe(false);
  });

  it('counts a saved copy that had to be kept aside as nothing found', () => {
    localStorage.setItem(STORAGE_KEY, '{"state": {"progress": [broken');
    const store = createAppStore(local(), () => NOW);
    expect(store.getState()).toMatchObject({ savedStateLoaded: true, savedStateFound: false });
    expect(store.getState().notices.recovered).not.toBeNull();
  });

  it('keeps unreadable JSON aside under a backup key, starts fresh and tells the learner', () => {
    localStorage.setItem(STORAGE_KEY, '{"state": {"progress": [broken');
    const store = createAppStore(local(), () => NOW);
    expect(store.getState().progress).toEqual(EMPTY_PROGRESS);
    const notice = store.getState().notices.recovered;
    expect(notice?.backupKey).toBe(`${BACKUP_PREFIX}${NOW}`);
    expect(localStorage.getItem(notice?.backupKey ?? '')).toBe('{"state": {"progress": [broken');
    // The next save does not destroy the backup.
    answer(store, 'glb-regions', true, NOW + 1000);
    expect(localStorage.getItem(`${BACKUP_PREFIX}${NOW}`)).toBe('{"state": {"progress": [broken');
  });

  it('keeps data that fails validation aside too, and the notice can be dismissed', () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { progress: { events: 'not a list' } }, version: 2 }));
    const store = createAppStore(local(), () => NOW);
    expect(backups()).toHaveLength(1);
    expect(store.getState().notices.recovered).not.toBeNull();
    store.getState().dismissRecovered();
    expect(store.getState().notices.recovered).toBeNull();
    expect(backups()).toHaveLength(1);
  });

  it('upgrades data saved by the first version, keeping the theme', () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { settings: { theme: 'dark' } }, version: 1 }));
    const store = createAppStore(local(), () => NOW);
    expect(store.getState().settings).toMatchObject({ theme: 'dark', newPerDay: 10 });
    expect(store.getState().notices.recovered).toBeNull();
    expect(backups()).toEqual([]);
  });

  it('saves nothing for a learner who has not studied or changed a setting, so the next visit is still a new learner’s', () => {
    const store = createAppStore(local(), () => NOW);
    // Changes to what is not saved (a notice) write nothing.
    store.getState().dismissRecovered();
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(createAppStore(local(), () => NOW).getState().savedStateFound).toBe(false);
    // A setting is saved.
    store.getState().setNewPerDay(12);
    expect(saved()?.version).toBe(4);
    expect(createAppStore(local(), () => NOW).getState().savedStateFound).toBe(true);
  });

  it('writes a returning learner’s copy again only when something saved changes', () => {
    answer(createAppStore(local(), () => NOW), 'glb-regions', true, NOW);
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const store = createAppStore(local(), () => NOW);
    store.getState().dismissRecovered();
    expect(setItem).not.toHaveBeenCalled();
    answer(store, 'glb-regions', false, NOW + 1000);
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(saved()?.state.progress.events).toHaveLength(2);
  });

  it('replaces a copy kept aside, and one saved by an older version, at the next change of any kind', () => {
    localStorage.setItem(STORAGE_KEY, '{"state": {"progress": [broken');
    const broken = createAppStore(local(), () => NOW);
    broken.getState().dismissRecovered();
    expect(saved()?.version).toBe(4);
    // Read again, the copy is not kept aside a second time.
    createAppStore(local(), () => NOW + 1);
    expect(backups()).toHaveLength(1);

    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { settings: { theme: 'dark' } }, version: 1 }));
    const old = createAppStore(local(), () => NOW);
    old.getState().dismissRecovered();
    expect(saved()).toMatchObject({ version: 4, state: { settings: { theme: 'dark' } } });
  });

  it('keeps working in memory when the browser refuses writes, and says so', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const store = createAppStore(local(), () => NOW);
    answer(store, 'glb-regions', true, NOW);
    expect(store.getState().progress.events).toHaveLength(1);
    expect(store.getState().notices.storageUnavailable).toBe(true);
  });

  it('works with no storage at all (private browsing that blocks it)', () => {
    const store = createAppStore(
      createSafeStorage(() => {
        throw new DOMException('denied', 'SecurityError');
      }),
      () => NOW,
    );
    expect(store.getState().notices.storageUnavailable).toBe(true);
    answer(store, 'glb-regions', false, NOW);
    expect(store.getState().progress.events).toHaveLength(1);
  });
});

describe('two tabs', () => {
  it('an answer in one tab appears in the other, and neither loses its own', async () => {
    const tabA = createAppStore(local(), () => NOW);
    const tabB = createAppStore(local(), () => NOW);
    answer(tabA, 'glb-regions', true, NOW);
    // Tab B answers before it has heard of A's write: its save folds A's answer in.
    answer(tabB, 'phy-power', false, NOW + 1);
    expect(saved()?.state.progress.events).toHaveLength(2);
    // The storage event then reaches tab A, which loads B's answer alongside its own.
    await tabA.persist.rehydrate();
    expect(tabA.getState().progress.events.map((e) => e.itemId)).toEqual(['glb-regions', 'phy-power']);
    await tabB.persist.rehydrate();
    expect(tabB.getState().progress.events.map((e) => e.itemId)).toEqual(['glb-regions', 'phy-power']);
  });

  it('a reset in one tab is not undone by the other', async () => {
    const tabA = createAppStore(local(), () => NOW);
    const tabB = createAppStore(local(), () => NOW);
    answer(tabA, 'glb-regions', true, NOW);
    await tabB.persist.rehydrate();
    expect(tabB.getState().progress.events).toHaveLength(1);
    tabA.getState().resetProgress();
    await tabB.persist.rehydrate();
    expect(tabB.getState().progress).toEqual(EMPTY_PROGRESS);
  });
});

/** A scheduler the test runs by hand: the saves it was asked for, and a way to run them. */
function manualSaves(): { schedule: SaveScheduler; waiting: () => number; run: () => void } {
  const queue: (() => void)[] = [];
  return {
    schedule: (save) => {
      queue.push(save);
    },
    waiting: () => queue.length,
    run: () => {
      for (const save of queue.splice(0)) save();
    },
  };
}

describe('saving off the key press', () => {
  it('writes when the scheduler says, once for several answers, with all of them', () => {
    const saves = manualSaves();
    const store = createAppStore(local(), () => NOW, { schedule: saves.schedule });
    const writes = vi.spyOn(Storage.prototype, 'setItem');
    answer(store, 'glb-regions', true, NOW);
    answer(store, 'phy-power', false, NOW + 1);
    answer(store, 'platform-os-patching-ec2', true, NOW + 2);
    expect(saved()).toBeNull();
    expect(saves.waiting()).toBe(1);
    saves.run();
    expect(writes.mock.calls.filter(([key]) => key === STORAGE_KEY)).toHaveLength(1);
    expect(saved()?.state.progress.events).toHaveLength(3);
    writes.mockRestore();
  });

  it('writes a waiting save before reading another tab’s, so neither tab loses an answer', async () => {
    const saves = manualSaves();
    const tabA = createAppStore(local(), () => NOW, { schedule: saves.schedule });
    const tabB = createAppStore(local(), () => NOW);
    answer(tabA, 'glb-regions', true, NOW);
    answer(tabB, 'phy-power', false, NOW + 1);
    // B's storage event reaches A while A's save still waits.
    await tabA.persist.rehydrate();
    expect(tabA.getState().progress.events.map((e) => e.itemId)).toEqual(['glb-regions', 'phy-power']);
    saves.run();
    expect(saved()?.state.progress.events).toHaveLength(2);
  });

  it('in the browser, saves when idle, or at once when the page is hidden or closed, and only once', () => {
    const idle: IdleRequestCallback[] = [];
    const events = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    const target = Object.assign(events, {
      document: doc,
      requestIdleCallback: (callback: IdleRequestCallback) => idle.push(callback),
      cancelIdleCallback: vi.fn(),
    }) as unknown as Window;
    const schedule = saveWhenIdle(target);

    const first = vi.fn();
    schedule(first);
    expect(first).not.toHaveBeenCalled();
    idle[0]?.({ didTimeout: false, timeRemaining: () => 10 });
    expect(first).toHaveBeenCalledTimes(1);
    events.dispatchEvent(new Event('pagehide'));
    expect(first).toHaveBeenCalledTimes(1);

    const second = vi.fn();
    schedule(second);
    events.dispatchEvent(new Event('pagehide'));
    expect(second).toHaveBeenCalledTimes(1);

    const third = vi.fn();
    schedule(third);
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(third).toHaveBeenCalledTimes(1);
    idle[2]?.({ didTimeout: true, timeRemaining: () => 0 });
    expect(third).toHaveBeenCalledTimes(1);
  });
});
