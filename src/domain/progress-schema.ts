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

export const ProgressSchema = z.object({
  memory: z.record(z.string(), MemoryStateSchema),
  events: z.array(ReviewEventSchema),
  folded: z.record(z.string(), ItemTotalsSchema),
  /** Answers per UTC day (epoch day number) for folded events, so the calendar keeps them. */
  foldedDays: z.record(z.string(), count),
});
export type Progress = z.infer<typeof ProgressSchema>;

export const EMPTY_PROGRESS: Progress = { memory: {}, events: [], folded: {}, foldedDays: {} };

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
