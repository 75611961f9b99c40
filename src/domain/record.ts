/**
 * Recording one answer: the log gets the event, the item's memory moves on the
 * schedule. The only part of the progress model that needs the scheduler, so
 * pages that only read progress do not load it. Pure: the caller passes `now`.
 */
import { boundEvents } from './progress.ts';
import { memoryOf, withMemory, type Mode, type Progress, type ReviewEvent } from './progress-schema.ts';
import { DEFAULT_RETENTION, gradeForAnswer, review, type Grade } from './scheduling.ts';

export interface Answer {
  readonly itemId: string;
  readonly mode: Mode;
  readonly correct: boolean;
  /** The owner or option the learner picked; null for a flashcard graded without committing to an owner. */
  readonly chosen: string | null;
  /** A flashcard's own grade; sort and quiz answers map right to Good and wrong to Again. */
  readonly grade?: Grade | undefined;
}

export interface RecordOptions {
  readonly retention?: number;
  /** When false (cram mode, present mode), the answer is logged but the schedule does not move. */
  readonly schedule?: boolean;
  readonly maxEvents?: number;
  /** How many events the log keeps when it folds (foldTarget(maxEvents) unless given). */
  readonly foldTo?: number;
}

/** The progress after one answer at `now`. */
export function recordAnswer(progress: Progress, answer: Answer, now: number, options: RecordOptions = {}): Progress {
  const event: ReviewEvent = { itemId: answer.itemId, mode: answer.mode, correct: answer.correct, chosen: answer.chosen, at: now };
  const memory =
    options.schedule === false
      ? progress.memory
      : withMemory(progress.memory, answer.itemId, review(memoryOf(progress, answer.itemId), answer.grade ?? gradeForAnswer(answer.correct), now, options.retention ?? DEFAULT_RETENTION));
  const events = progress.events.concat([event]);
  return boundEvents({ ...progress, memory, events }, options.maxEvents, options.foldTo);
}
