/**
 * The learner's saved progress, as data: what is stored, exported and
 * imported. Times are epoch milliseconds; names are our own camelCase, so the
 * saved format does not depend on the scheduling library's field names.
 */
import * as z from 'zod/mini';

export const MODES = ['flashcards', 'sort', 'quiz'] as const;
export const ModeSchema = z.enum(MODES);
export type Mode = z.infer<typeof ModeSchema>;

export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;

const time = z.number().check(z.int(), z.nonnegative());
const count = z.number().check(z.int(), z.nonnegative());
const finite = z.number().check(z.refine(Number.isFinite, 'must be a finite number'));

/** One item's FSRS memory. */
export const MemoryStateSchema = z.object({
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
export type MemoryState = z.infer<typeof MemoryStateSchema>;

/** One answer, from any mode. `chosen` is the owner or option the learner picked (null for a plain flashcard grade). */
export const ReviewEventSchema = z.object({
  itemId: z.string().check(z.minLength(1)),
  mode: ModeSchema,
  correct: z.boolean(),
  chosen: z.nullable(z.string()),
  at: time,
});
export type ReviewEvent = z.infer<typeof ReviewEventSchema>;

/** What remains of events folded out of the bounded log. */
export const ItemTotalsSchema = z.object({
  reviews: count,
  correct: count,
  /** How often each wrong answer was chosen, by what was chosen. */
  wrong: z.record(z.string(), count),
  lastAt: time,
});
export type ItemTotals = z.infer<typeof ItemTotalsSchema>;

/**
 * Memory is kept in MEMORY_BUCKETS buckets by a hash of the item id, so that
 * recording an answer copies one small bucket rather than a record of every
 * item studied (5,000 keys take milliseconds to copy). Read it through
 * memoryOf; export files keep the flat record.
 */
export const MEMORY_BUCKETS = 64;
export type MemoryBuckets = Readonly<Record<string, Readonly<Record<string, MemoryState>>>>;

/** The bucket an item's memory is kept in: FNV-1a of the id, modulo MEMORY_BUCKETS. */
export function memoryBucket(itemId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < itemId.length; i++) hash = Math.imul(hash ^ itemId.charCodeAt(i), 0x01000193);
  return String((hash >>> 0) % MEMORY_BUCKETS);
}

const inTheirBuckets = (memory: Record<string, Record<string, unknown>>): boolean =>
  Object.entries(memory).every(([bucket, states]) => Object.keys(states).every((id) => memoryBucket(id) === bucket));

const progressShape = {
  events: z.array(ReviewEventSchema),
  folded: z.record(z.string(), ItemTotalsSchema),
  /** Answers per UTC day (epoch day number) for folded events, so the calendar keeps them. */
  foldedDays: z.record(z.string(), count),
};

export const ProgressSchema = z.object({
  /** Each item's memory, by bucket (memoryBucket) and then by item id. */
  memory: z.record(z.string(), z.record(z.string(), MemoryStateSchema)).check(z.refine(inTheirBuckets, 'an item is not in its bucket')),
  ...progressShape,
});
export type Progress = z.infer<typeof ProgressSchema>;

/** Progress with the memory as one record by item id: export files, and saved data before version 4. */
export const FlatProgressSchema = z.object({ memory: z.record(z.string(), MemoryStateSchema), ...progressShape });
export type FlatProgress = z.infer<typeof FlatProgressSchema>;

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
