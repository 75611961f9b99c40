import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, memoryBucket, memoryOf } from '@/domain/progress-schema';
import { review } from '@/domain/scheduling';
import { CURRENT_VERSION, migrate, MIGRATIONS, migrateV1ToV2, migrateV2ToV3, migrateV3ToV4 } from '@/store/migrations';
import { persistedSchema } from '@/store/persistence';

describe('migrations', () => {
  it('has one migration for every version after the first', () => {
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual(Array.from({ length: CURRENT_VERSION - 1 }, (_, i) => i + 2));
  });

  it('v1 -> v2 keeps the theme and starts progress empty', () => {
    expect(migrateV1ToV2({ settings: { theme: 'light' } })).toEqual({ settings: { theme: 'light' }, progress: EMPTY_PROGRESS });
  });

  it('v1 -> v2 copes with a v1 save that had no settings', () => {
    expect(migrateV1ToV2({})).toEqual({ settings: {}, progress: EMPTY_PROGRESS });
  });

  it('v2 -> v3 keeps settings and progress and starts the study history empty', () => {
    const progress = { ...EMPTY_PROGRESS, events: [{ itemId: 'glb-regions', mode: 'quiz', correct: true, chosen: 'aws', at: 5 }] };
    expect(migrateV2ToV3({ settings: { theme: 'dark' }, progress, replacedAt: 3 })).toEqual({
      settings: { theme: 'dark' },
      progress,
      replacedAt: 3,
      sortBests: {},
      quizAttempts: [],
      examSession: null,
    });
  });

  it('v3 -> v4 puts each item’s memory in its bucket and keeps everything else', () => {
    const a = review(undefined, 'good', 5);
    const b = review(undefined, 'again', 6);
    const events = [{ itemId: 'glb-regions', mode: 'quiz', correct: true, chosen: 'aws', at: 5 }];
    const v3 = { settings: { theme: 'dark' }, progress: { memory: { 'glb-regions': a, 'hw-racks': b }, events, folded: {}, foldedDays: { '1': 2 } }, replacedAt: 3, sortBests: {}, quizAttempts: [], examSession: null };
    const v4 = migrateV3ToV4(v3);
    expect(v4).toEqual({
      ...v3,
      progress: { ...v3.progress, memory: memoryBucket('glb-regions') === memoryBucket('hw-racks') ? { [memoryBucket('glb-regions')]: { 'glb-regions': a, 'hw-racks': b } } : { [memoryBucket('glb-regions')]: { 'glb-regions': a }, [memoryBucket('hw-racks')]: { 'hw-racks': b } } },
    });
    const latest = persistedSchema().parse(migrate(v3, 3));
    expect(memoryOf(latest.progress, 'glb-regions')).toEqual(a);
    expect(memoryOf(latest.progress, 'hw-racks')).toEqual(b);
    expect(latest.progress.events).toEqual(events);
  });

  it('v3 -> v4 leaves a damaged memory for validation to refuse', () => {
    const damaged = { progress: { memory: { x: { due: 'soon' } }, events: [], folded: {}, foldedDays: {} } };
    expect(migrateV3ToV4(damaged)).toBe(damaged);
    expect(persistedSchema().safeParse(migrateV3ToV4(damaged)).success).toBe(false);
  });

  it('refuses memory kept in the wrong bucket', () => {
    const state = review(undefined, 'good', 5);
    const wrong = String((Number(memoryBucket('glb-regions')) + 1) % 64);
    expect(persistedSchema().safeParse({ progress: { ...EMPTY_PROGRESS, memory: { [wrong]: { 'glb-regions': state } } } }).success).toBe(false);
  });

  it('data saved by the first version loads in the latest with the same choices', () => {
    const latest = persistedSchema().parse(migrate({ settings: { theme: 'dark' } }, 1));
    expect(latest.settings.theme).toBe('dark');
    expect(latest.progress).toEqual(EMPTY_PROGRESS);
  });

  it('leaves current data as it is', () => {
    const state = { settings: { theme: 'light' }, progress: EMPTY_PROGRESS };
    expect(migrate(state, CURRENT_VERSION)).toBe(state);
  });
});
