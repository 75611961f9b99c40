/**
 * Whatever a learner does, in whatever order, the saved progress stays valid,
 * bounded and complete, survives export and import unchanged, and merging
 * copies of it loses and doubles nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeProgress } from '@/domain/progress';
import { recordAnswer, type Answer } from '@/domain/record';
import { EMPTY_PROGRESS, flattenMemory, memoryOf, MODES, progressSchemas, type Progress } from '@/domain/progress-schema';
import { GRADES } from '@/domain/scheduling';
import { exportProgress, parseProgressFile, summarizeProgress } from '@/domain/transfer';

const NOW = Date.UTC(2026, 10, 28, 9, 0);
const DAY = 86_400_000;

interface Step {
  readonly answer: Answer;
  readonly schedule: boolean;
  /** Time since the step before, at least 1 ms so times strictly increase. */
  readonly gap: number;
}

const answerArb: fc.Arbitrary<Answer> = fc.record({
  itemId: fc.constantFrom('patch-guest-os', 'encrypt-data', 'physical-security', 'awareness-training'),
  mode: fc.constantFrom(...MODES),
  correct: fc.boolean(),
  chosen: fc.option(fc.constantFrom('customer', 'aws', 'shared', 'a', 'b', 'c'), { nil: null }),
  grade: fc.option(fc.constantFrom(...GRADES), { nil: undefined }),
});

const stepArb: fc.Arbitrary<Step> = fc.record({
  answer: answerArb,
  // Mostly scheduled answers; one in five crammed.
  schedule: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
  gap: fc.oneof(fc.integer({ min: 1, max: 10 * 60_000 }), fc.integer({ min: 1, max: 40 * DAY })),
});

const stepsArb = fc.array(stepArb, { maxLength: 40 });
/** The log's bound, and how many events it keeps when it folds (from one at a time to all of them). */
interface Bound {
  readonly maxEvents: number;
  readonly foldTo: number;
}
const boundArb: fc.Arbitrary<Bound> = fc.integer({ min: 1, max: 12 }).chain((maxEvents) => fc.record({ maxEvents: fc.constant(maxEvents), foldTo: fc.integer({ min: 0, max: maxEvents }) }));

/** Plays the steps from `start`, returning the progress and the time of the last answer. */
function play(steps: readonly Step[], bound: Bound, from: Progress = EMPTY_PROGRESS, start = NOW): { progress: Progress; at: number } {
  let at = start;
  let progress = from;
  for (const step of steps) {
    at += step.gap;
    progress = recordAnswer(progress, step.answer, at, { schedule: step.schedule, ...bound });
  }
  return { progress, at };
}

const merge = (a: Progress, b: Progress, bound: Bound): Progress => mergeProgress(a, b, bound.maxEvents, bound.foldTo);

/** The log's length after `answers` answers: it grows to the bound, then drops to foldTo each time it would pass it. */
function expectedLength(answers: number, { maxEvents, foldTo }: Bound): number {
  let length = 0;
  for (let i = 0; i < answers; i++) length = length === maxEvents ? foldTo : length + 1;
  return length;
}

describe('any sequence of recorded answers', () => {
  it('leaves a progress that passes the saved-data schema', () => {
    fc.assert(
      fc.property(stepsArb, boundArb, (steps, bound) => {
        const { progress } = play(steps, bound);
        const parsed = progressSchemas().progress.safeParse(progress);
        expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      }),
    );
  });

  it('keeps the log within its bound and counts every answer exactly once', () => {
    fc.assert(
      fc.property(stepsArb, boundArb, (steps, bound) => {
        const { progress } = play(steps, bound);
        expect(progress.events.length).toBeLessThanOrEqual(bound.maxEvents);
        expect(progress.events.length).toBe(expectedLength(steps.length, bound));
        expect(summarizeProgress(progress).answers).toBe(steps.length);
        const onCalendar = Object.values(progress.foldedDays).reduce((sum, n) => sum + n, 0) + progress.events.length;
        expect(onCalendar).toBe(steps.length);
      }),
    );
  });

  it('has a memory for every item answered with scheduling on, and none for items only crammed', () => {
    fc.assert(
      fc.property(stepsArb, boundArb, (steps, bound) => {
        const { progress } = play(steps, bound);
        const scheduled = new Set(steps.filter((s) => s.schedule).map((s) => s.answer.itemId));
        expect(new Set(Object.keys(flattenMemory(progress.memory)))).toEqual(scheduled);
        for (const id of scheduled) {
          expect(memoryOf(progress, id)?.reps).toBe(steps.filter((s) => s.schedule && s.answer.itemId === id).length);
        }
      }),
    );
  });

  it('survives export and import exactly as it was', () => {
    fc.assert(
      fc.property(stepsArb, boundArb, (steps, bound) => {
        const { progress, at } = play(steps, bound);
        const result = parseProgressFile(JSON.stringify(exportProgress(progress, at)));
        expect(result.ok ? result.file.progress : result).toEqual(progress);
      }),
    );
  });

  it('is unchanged when merged with itself', () => {
    fc.assert(
      fc.property(stepsArb, boundArb, (steps, bound) => {
        const { progress } = play(steps, bound);
        expect(merge(progress, progress, bound)).toEqual(progress);
      }),
    );
  });

  it('is unchanged when an older copy of the same history is merged in, either way round', () => {
    fc.assert(
      fc.property(stepsArb, boundArb, fc.nat(), (steps, bound, cut) => {
        const full = play(steps, bound).progress;
        const older = play(steps.slice(0, steps.length ? cut % (steps.length + 1) : 0), bound).progress;
        expect(merge(full, older, bound)).toEqual(full);
        expect(merge(older, full, bound)).toEqual(full);
      }),
    );
  });
});

describe('two copies that went separate ways', () => {
  it('merge to the same answers in the same order whichever comes first', () => {
    fc.assert(
      fc.property(stepsArb, stepsArb, stepsArb, boundArb, (shared, left, right, bound) => {
        const base = play(shared, bound);
        // Both copies continue from the same moment, so answers can coincide in time.
        const a = play(left, bound, base.progress, base.at).progress;
        const b = play(right, bound, base.progress, base.at).progress;
        const ab = merge(a, b, bound);
        expect(ab.events).toEqual(merge(b, a, bound).events);
        expect(ab.events.length).toBeLessThanOrEqual(bound.maxEvents);
        expect(progressSchemas().progress.safeParse(ab).success).toBe(true);
      }),
    );
  });

  it('merge keeping every answer of both exactly once', () => {
    // Each copy adds at most foldTo answers (the fewest a folded log keeps) before
    // they are merged, so neither has folded an answer of its own branch. Two tabs
    // sync on every save; a copy 18,000 answers behind is out of scope.
    const caseArb = boundArb.chain((bound) =>
      fc.tuple(fc.constant(bound), stepsArb, fc.array(stepArb, { maxLength: bound.foldTo }), fc.array(stepArb, { maxLength: bound.foldTo })),
    );
    fc.assert(
      fc.property(caseArb, ([bound, shared, left, right]) => {
        const base = play(shared, bound);
        // Even and odd milliseconds after the split: two distinct answers never share a moment.
        const a = play(left.map((s) => ({ ...s, gap: 2 * s.gap })), bound, base.progress, base.at).progress;
        const b = play(right.map((s) => ({ ...s, gap: 2 * s.gap })), bound, base.progress, base.at + 1).progress;
        const total = shared.length + left.length + right.length;
        for (const merged of [merge(a, b, bound), merge(b, a, bound)]) {
          expect(summarizeProgress(merged).answers).toBe(total);
          const onCalendar = Object.values(merged.foldedDays).reduce((sum, n) => sum + n, 0) + merged.events.length;
          expect(onCalendar).toBe(total);
        }
      }),
    );
  });
});
