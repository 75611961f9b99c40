/**
 * Whatever a learner does, in whatever order, the saved progress stays valid,
 * bounded and complete, survives export and import unchanged, and merging
 * copies of it loses and doubles nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeProgress, recordAnswer, type Answer } from '@/domain/progress';
import { EMPTY_PROGRESS, MODES, ProgressSchema, type Progress } from '@/domain/progress-schema';
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
const maxEventsArb = fc.integer({ min: 1, max: 12 });

/** Plays the steps from `start`, returning the progress and the time of the last answer. */
function play(steps: readonly Step[], maxEvents: number, from: Progress = EMPTY_PROGRESS, start = NOW): { progress: Progress; at: number } {
  let at = start;
  let progress = from;
  for (const step of steps) {
    at += step.gap;
    progress = recordAnswer(progress, step.answer, at, { schedule: step.schedule, maxEvents });
  }
  return { progress, at };
}

describe('any sequence of recorded answers', () => {
  it('leaves a progress that passes the saved-data schema', () => {
    fc.assert(
      fc.property(stepsArb, maxEventsArb, (steps, maxEvents) => {
        const { progress } = play(steps, maxEvents);
        const parsed = ProgressSchema.safeParse(progress);
        expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      }),
    );
  });

  it('keeps the log within its bound and counts every answer exactly once', () => {
    fc.assert(
      fc.property(stepsArb, maxEventsArb, (steps, maxEvents) => {
        const { progress } = play(steps, maxEvents);
        expect(progress.events.length).toBeLessThanOrEqual(maxEvents);
        expect(progress.events.length).toBe(Math.min(steps.length, maxEvents));
        expect(summarizeProgress(progress).answers).toBe(steps.length);
        const onCalendar = Object.values(progress.foldedDays).reduce((sum, n) => sum + n, 0) + progress.events.length;
        expect(onCalendar).toBe(steps.length);
      }),
    );
  });

  it('has a memory for every item answered with scheduling on, and none for items only crammed', () => {
    fc.assert(
      fc.property(stepsArb, maxEventsArb, (steps, maxEvents) => {
        const { progress } = play(steps, maxEvents);
        const scheduled = new Set(steps.filter((s) => s.schedule).map((s) => s.answer.itemId));
        expect(new Set(Object.keys(progress.memory))).toEqual(scheduled);
        for (const id of scheduled) {
          expect(progress.memory[id]?.reps).toBe(steps.filter((s) => s.schedule && s.answer.itemId === id).length);
        }
      }),
    );
  });

  it('survives export and import exactly as it was', () => {
    fc.assert(
      fc.property(stepsArb, maxEventsArb, (steps, maxEvents) => {
        const { progress, at } = play(steps, maxEvents);
        const result = parseProgressFile(JSON.stringify(exportProgress(progress, at)));
        expect(result.ok ? result.file.progress : result).toEqual(progress);
      }),
    );
  });

  it('is unchanged when merged with itself', () => {
    fc.assert(
      fc.property(stepsArb, maxEventsArb, (steps, maxEvents) => {
        const { progress } = play(steps, maxEvents);
        expect(mergeProgress(progress, progress, maxEvents)).toEqual(progress);
      }),
    );
  });

  it('is unchanged when an older copy of the same history is merged in, either way round', () => {
    fc.assert(
      fc.property(stepsArb, maxEventsArb, fc.nat(), (steps, maxEvents, cut) => {
        const full = play(steps, maxEvents).progress;
        const older = play(steps.slice(0, steps.length ? cut % (steps.length + 1) : 0), maxEvents).progress;
        expect(mergeProgress(full, older, maxEvents)).toEqual(full);
        expect(mergeProgress(older, full, maxEvents)).toEqual(full);
      }),
    );
  });
});

describe('two copies that went separate ways', () => {
  it('merge to the same answers in the same order whichever comes first', () => {
    fc.assert(
      fc.property(stepsArb, stepsArb, stepsArb, maxEventsArb, (shared, left, right, maxEvents) => {
        const base = play(shared, maxEvents);
        // Both copies continue from the same moment, so answers can coincide in time.
        const a = play(left, maxEvents, base.progress, base.at).progress;
        const b = play(right, maxEvents, base.progress, base.at).progress;
        const ab = mergeProgress(a, b, maxEvents);
        expect(ab.events).toEqual(mergeProgress(b, a, maxEvents).events);
        expect(ab.events.length).toBeLessThanOrEqual(maxEvents);
        expect(ProgressSchema.safeParse(ab).success).toBe(true);
      }),
    );
  });

  it('merge keeping every answer of both exactly once', () => {
    // Each copy adds at most maxEvents answers before they are merged (two tabs
    // sync on every save; a copy 20,000 answers behind is out of scope).
    const caseArb = maxEventsArb.chain((maxEvents) =>
      fc.tuple(fc.constant(maxEvents), stepsArb, fc.array(stepArb, { maxLength: maxEvents }), fc.array(stepArb, { maxLength: maxEvents })),
    );
    fc.assert(
      fc.property(caseArb, ([maxEvents, shared, left, right]) => {
        const base = play(shared, maxEvents);
        // Even and odd milliseconds after the split: two distinct answers never share a moment.
        const a = play(left.map((s) => ({ ...s, gap: 2 * s.gap })), maxEvents, base.progress, base.at).progress;
        const b = play(right.map((s) => ({ ...s, gap: 2 * s.gap })), maxEvents, base.progress, base.at + 1).progress;
        const total = shared.length + left.length + right.length;
        for (const merged of [mergeProgress(a, b, maxEvents), mergeProgress(b, a, maxEvents)]) {
          expect(summarizeProgress(merged).answers).toBe(total);
          const onCalendar = Object.values(merged.foldedDays).reduce((sum, n) => sum + n, 0) + merged.events.length;
          expect(onCalendar).toBe(total);
        }
      }),
    );
  });
});
