/**
 * The learner's saved progress, as data: what is stored, exported and
 * imported. Times are epoch milliseconds; names are our own camelCase, so the
 * saved format does not depend on the scheduling library's field names.
 */
import * as z from 'zod/mini';
import { lazy } from './lazy.ts';

export const MODES = ['flashcards', 'sort', 'quiz'] as const;
export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;

/**
 * Memory is kept in MEMORY_BUCKETS buckets by a hash of the item id, so that
 * recording an answer copies one small bucket rather than a record of every
 * item studied (5,000 keys take milliseconds to copy). Read it through
 * memoryOf; export files keep the flat record.
 */
export const MEMORY_BUCKETS = 64;

/** The bucket an item's memory is kept in: FNV-1a of the id, modulo MEMORY_BUCKETS. */
export function memoryBucket(itemId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < itemId.length; i++) hash = Math.imul(hash ^ itemId.charCodeAt(i), 0x01000193);
  return String((hash >>> 0) % MEMORY_BUCKETS);
}

const inTheirBuckets = (memory: Record<string, Record<string, unknown>>): boolean =>
  Object.entries(memory).every(([bucket, states]) => Object.keys(states).every((id) => memoryBucket(id) === bucket));

/** Whole milliseconds since the epoch, and counts. */
export const numberSchemas = lazy(() => ({
  time: z.number().check(z.int(), z.nonnegative()),
  count: z.number().check(z.int(), z.nonnegative()),
}));

/** The schemas of saved progress, built on first use (see lazy). */
export const progressSchemas = lazy(() => {
  const { time, count } = numberSchemas();
  const finite = z.number().check(z.refine(Number.isFinite, 'must be a finite number'));
  const mode = z.enum(MODES);

  /** One item's FSRS memory. */
  const memoryState = z.object({
    due: time,
    stability: finite,
    difficulty: finite,
    elapsedDays: finite,
    scheduledDays: finite,
    learningSteps: count,
    reps: count,
    lapses: count,
    state: z.enum(CARD_STATES),
    lastReview: z.optional(time),
  });

  /** One answer, from any mode. `chosen` is the owner or option the learner picked (null for a plain flashcard grade). */
  const reviewEvent = z.object({
    itemId: z.string().check(z.minLength(1)),
    mode,
    correct: z.boolean(),
    chosen: z.nullable(z.string()),
    at: time,
  });

  /** What remains of events folded out of the bounded log. */
  const itemTotals = z.object({
    reviews: count,
    correct: count,
    /** How often each wrong answer was chosen, by what was chosen. */
    wrong: z.record(z.string(), count),
    lastAt: time,
  });

  const progressShape = {
    events: z.array(reviewEvent),
    folded: z.record(z.string(), itemTotals),
    /** Answers per UTC day (epoch day number) for folded events, so the calendar keeps them. */
    foldedDays: z.record(z.string(), count),
  };

  const progress = z.object({
    /** Each item's memory, by bucket (memoryBucket) and then by item id. */
    memory: z.record(z.string(), z.record(z.string(), memoryState)).check(z.refine(inTheirBuckets, 'an item is not in its bucket')),
    ...progressShape,
  });

  /** Progress with the memory as one record by item id: export files, and saved data before version 4. */
  const flatProgress = z.object({ memory: z.record(z.string(), memoryState), ...progressShape });

  return { mode, memoryState, reviewEvent, itemTotals, progress, flatProgress };
});
type ProgressSchemas = ReturnType<typeof progressSchemas>;

export type Mode = z.infer<ProgressSchemas['mode']>;
export type MemoryState = z.infer<ProgressSchemas['memoryState']>;
export type ReviewEvent = z.infer<ProgressSchemas['reviewEvent']>;
export type ItemTotals = z.infer<ProgressSchemas['itemTotals']>;
export type MemoryBuckets = Readonly<Record<string, Readonly<Record<string, MemoryState>>>>;
export type Progress = z.infer<ProgressSchemas['progress']>;
export type FlatProgress = z.infer<ProgressSchemas['flatProgress']>;

export const EMPTY_PROGRESS: Progress = { memory: {}, events: [], folded: {}, foldedDays: {} };

/** The memory of one item (undefined when never studied). */
export function memoryOf(progress: Pick<Progress, 'memory'>, itemId: string): MemoryState | undefined {
  return progress.memory[memoryBucket(itemId)]?.[itemId];
}

/** The memory with one item's state set: only that item's bucket and the bucket index are copied. */
export function withMemory(memory: Progress['memory'], itemId: string, state: MemoryState): Progress['memory'] {
  const bucket = memoryBucket(itemId);
  return { ...memory, [bucket]: { ...memory[bucket], [itemId]: state } };
}

/** Every item's memory, as [item id, state] pairs. */
export function memoryEntries(memory: Progress['memory']): [string, MemoryState][] {
  return Object.values(memory).flatMap((states) => Object.entries(states));
}

/** How many items have a memory (have been studied). */
export function studiedCount(progress: Pick<Progress, 'memory'>): number {
  let count = 0;
  for (const states of Object.values(progress.memory)) count += Object.keys(states).length;
  return count;
}

/** A flat record of memory by item id, put in buckets. */
export function bucketMemory(flat: Readonly<Record<string, MemoryState>>): Progress['memory'] {
  const memory: Record<string, Record<string, MemoryState>> = {};
  for (const [id, state] of Object.entries(flat)) (memory[memoryBucket(id)] ??= {})[id] = state;
  return memory;
}

/** The memory as one flat record by item id. */
export function flattenMemory(memory: Progress['memory']): Record<string, MemoryState> {
  return Object.fromEntries(memoryEntries(memory));
}

/** The log keeps at most this many events; older ones are folded into totals. */
export const MAX_EVENTS = 20_000;

/**
 * Once the log goes over its bound it is folded down to this many events, so
 * the totals are rewritten once every couple of thousand answers rather than
 * on every answer. It is also how far apart two copies may drift and still be
 * merged exactly (see mergeProgress).
 */
export function foldTarget(maxEvents: number): number {
  return Math.floor(maxEvents * 0.9);
}
