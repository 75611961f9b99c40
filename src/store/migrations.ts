/**
 * The saved format's history. Each entry upgrades data saved by the version
 * before it; they run in order from the saved version to the current one.
 * A migration is pure and gets a test of its own (tests/unit/store/migrations.test.ts).
 * Never edit a published migration: add the next one.
 */
import * as z from 'zod/mini';
import { lazy } from '@/domain/lazy';
import { bucketMemory, EMPTY_PROGRESS, progressSchemas } from '@/domain/progress-schema';

export const CURRENT_VERSION = 4;

/** Version 1 (the first release) saved only the theme. (Schemas here are built on first use: see lazy.) */
const v1Schema = lazy(() => z.object({ settings: z.optional(z.object({ theme: z.optional(z.string()) })) }));

/** v1 -> v2: progress and the study settings arrive; the theme is kept. */
export function migrateV1ToV2(state: unknown): unknown {
  const v1 = v1Schema().safeParse(state);
  const theme = v1.success ? v1.data.settings?.theme : undefined;
  return { settings: theme === undefined ? {} : { theme }, progress: EMPTY_PROGRESS };
}

const v2Schema = lazy(() => z.object({ settings: z.optional(z.unknown()), progress: z.optional(z.unknown()), replacedAt: z.optional(z.unknown()) }));

/** v2 -> v3: sort bests, quiz history and the exam in progress arrive, empty; the rest is kept. */
export function migrateV2ToV3(state: unknown): unknown {
  const v2 = v2Schema().safeParse(state);
  const kept = v2.success ? v2.data : {};
  return { ...kept, sortBests: {}, quizAttempts: [], examSession: null };
}

const v3Schema = lazy(() =>
  z.looseObject({ progress: z.optional(z.looseObject({ memory: z.optional(z.record(z.string(), progressSchemas().memoryState)) })) }),
);

/**
 * v3 -> v4: each item's memory moves into a bucket by a hash of its id
 * (memoryBucket), so recording an answer copies one small bucket. The rest is
 * kept; data that does not look like v3 is passed on for validation to refuse.
 */
export function migrateV3ToV4(state: unknown): unknown {
  const v3 = v3Schema().safeParse(state);
  const progress = v3.success ? v3.data.progress : undefined;
  if (!v3.success || progress?.memory === undefined) return state;
  return { ...v3.data, progress: { ...progress, memory: bucketMemory(progress.memory) } };
}

export const MIGRATIONS: Readonly<Record<number, (state: unknown) => unknown>> = {
  2: migrateV1ToV2,
  3: migrateV2ToV3,
  4: migrateV3ToV4,
};

/** Upgrades data saved at `fromVersion` to the current version. */
export function migrate(state: unknown, fromVersion: number): unknown {
  let current = state;
  for (let version = fromVersion + 1; version <= CURRENT_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`No migration to version ${version}`);
    current = step(current);
  }
  return current;
}
