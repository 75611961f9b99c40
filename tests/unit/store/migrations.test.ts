import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS } from '@/domain/progress-schema';
import { CURRENT_VERSION, migrate, MIGRATIONS, migrateV1ToV2, migrateV2ToV3 } from '@/store/migrations';
import { PersistedSchema } from '@/store/persistence';

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

  it('data saved by the first version loads in the latest with the same choices', () => {
    const latest = PersistedSchema.parse(migrate({ settings: { theme: 'dark' } }, 1));
    expect(latest.settings.theme).toBe('dark');
    expect(latest.progress).toEqual(EMPTY_PROGRESS);
  });

  it('leaves current data as it is', () => {
    const state = { settings: { theme: 'light' }, progress: EMPTY_PROGRESS };
    expect(migrate(state, CURRENT_VERSION)).toBe(state);
  });
});
