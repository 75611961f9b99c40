/**
 * The spaced-repetition adapter: the only module that knows ts-fsrs. It turns
 * our saved MemoryState into an FSRS card and back, so the saved format stays
 * ours. Every function takes `now`; nothing reads the clock.
 */
import { computeDecayFactor, createEmptyCard, fsrs, generatorParameters, Rating, roundTo, State, type Card, type FSRS, type Grade as FsrsGrade } from 'ts-fsrs';
import { DEFAULT_RETENTION } from './retention.ts';
import type { MemoryState } from './progress-schema.ts';

export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type Grade = (typeof GRADES)[number];

export { DEFAULT_RETENTION };

const DAY_MS = 86_400_000;

const RATING: Record<Grade, FsrsGrade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };
const STATE_TO_CARD: Record<MemoryState['state'], State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };
const CARD_TO_STATE: Record<State, MemoryState['state']> = { [State.New]: 'new', [State.Learning]: 'learning', [State.Review]: 'review', [State.Relearning]: 'relearning' };

const schedulers = new Map<number, FSRS>();
/** One scheduler per retention; no fuzz, so the same answers always give the same schedule. */
function scheduler(retention: number): FSRS {
  let f = schedulers.get(retention);
  if (!f) {
    f = fsrs(generatorParameters({ request_retention: retention, enable_fuzz: false }));
    schedulers.set(retention, f);
  }
  return f;
}

function toCard(state: MemoryState): Card {
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: STATE_TO_CARD[state.state],
    ...(state.lastReview === undefined ? {} : { last_review: new Date(state.lastReview) }),
  };
}

function fromCard(card: Card): MemoryState {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: CARD_TO_STATE[card.state],
    ...(card.last_review ? { lastReview: card.last_review.getTime() } : {}),
  };
}

/** A never-studied item, due now. */
export function newMemoryState(now: number): MemoryState {
  return fromCard(createEmptyCard<Card>(now));
}

/** The memory after answering with this grade at `now`. */
export function review(state: MemoryState | undefined, grade: Grade, now: number, retention = DEFAULT_RETENTION): MemoryState {
  const card = state ? toCard(state) : createEmptyCard<Card>(now);
  return fromCard(scheduler(retention).next(card, notBeforeLastReview(state, now), RATING[grade]).card);
}

/**
 * ts-fsrs throws when `now` is on an earlier day than the last review (a
 * clock set back, or a file from a device whose clock ran ahead); such an
 * answer is taken as given at the last review instead.
 */
function notBeforeLastReview(state: MemoryState | undefined, now: number): number {
  return Math.max(now, state?.lastReview ?? now);
}

/** When the item would next be due for each grade: the "10 min" / "3 days" on grade buttons. */
export function previewDue(state: MemoryState | undefined, now: number, retention = DEFAULT_RETENTION): Record<Grade, number> {
  const card = state ? toCard(state) : createEmptyCard<Card>(now);
  const preview = scheduler(retention).repeat(card, notBeforeLastReview(state, now));
  return {
    again: preview[Rating.Again].card.due.getTime(),
    hard: preview[Rating.Hard].card.due.getTime(),
    good: preview[Rating.Good].card.due.getTime(),
    easy: preview[Rating.Easy].card.due.getTime(),
  };
}

/** The forgetting curve's constants, which ts-fsrs's forgetting_curve works out again on every call. */
let curve: { readonly decay: number; readonly factor: number } | undefined;

/** The probability, 0 to 1, that the learner recalls the item at `now` (0 if never studied). */
export function recallProbability(state: MemoryState | undefined, now: number): number {
  // A state without a last review time (possible in an imported file) cannot be aged; ts-fsrs would throw.
  if (!state || state.state === 'new' || state.lastReview === undefined) return 0;
  // What get_retrievability(card, now, false) computes (whole days elapsed, never negative;
  // stability to 8 places), without building Date objects and cloning the card: the Progress
  // page asks this for every item several times over, and this is 3x faster. The curve is
  // forgetting_curve's formula with its constants worked out once.
  const elapsedDays = Math.max(Math.floor((now - state.lastReview) / DAY_MS), 0);
  curve ??= computeDecayFactor(scheduler(DEFAULT_RETENTION).parameters.w);
  return roundTo(Math.pow(1 + (curve.factor * elapsedDays) / +state.stability.toFixed(8), curve.decay), 8);
}

/** Right or wrong in sort or quiz, as a grade: a mistake anywhere brings the item back sooner everywhere. */
export function gradeForAnswer(correct: boolean): Grade {
  return correct ? 'good' : 'again';
}
