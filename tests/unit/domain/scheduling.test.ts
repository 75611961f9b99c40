import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade as FsrsGrade } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { progressSchemas, type MemoryState } from '@/domain/progress-schema';
import { DEFAULT_RETENTION, GRADES, gradeForAnswer, newMemoryState, previewDue, recallProbability, review, type Grade } from '@/domain/scheduling';

const NOW = Date.UTC(2026, 10, 28, 9, 0);
const MINUTE = 60_000;
const DAY = 86_400_000;

/** An item answered with each grade in turn, a day after the one before. */
function studied(grades: readonly Grade[], start = NOW): { state: MemoryState; at: number } {
  let state: MemoryState | undefined;
  let at = start;
  for (const [i, grade] of grades.entries()) {
    at = start + i * DAY;
    state = review(state, grade, at);
  }
  if (!state) throw new Error('give at least one grade');
  return { state, at };
}

describe('a new memory state', () => {
  it('is a never-studied item, due now, with no reviews', () => {
    const state = newMemoryState(NOW);
    expect(state).toMatchObject({ state: 'new', due: NOW, reps: 0, lapses: 0 });
    expect(state.lastReview).toBeUndefined();
    expect(progressSchemas().memoryState.safeParse(state).success).toBe(true);
  });
});

describe('review', () => {
  it('records the review: one more rep, reviewed at now, due later than now', () => {
    const state = review(undefined, 'good', NOW);
    expect(state.reps).toBe(1);
    expect(state.lastReview).toBe(NOW);
    expect(state.state).not.toBe('new');
    expect(state.due).toBeGreaterThan(NOW);
    expect(progressSchemas().memoryState.safeParse(state).success).toBe(true);
  });

  it('treats a missing state like a brand-new item', () => {
    for (const grade of GRADES) expect(review(undefined, grade, NOW)).toEqual(review(newMemoryState(NOW), grade, NOW));
  });

  it('gives the same schedule for the same answers (no fuzz)', () => {
    expect(studied(['good', 'again', 'good', 'easy']).state).toEqual(studied(['good', 'again', 'good', 'easy']).state);
  });

  it('brings an item back within minutes after Again, and days later after Easy', () => {
    expect(review(undefined, 'again', NOW).due - NOW).toBeLessThanOrEqual(10 * MINUTE);
    expect(review(undefined, 'easy', NOW).due - NOW).toBeGreaterThanOrEqual(DAY);
  });

  it('moves a well-known item further out with each Good answer', () => {
    const once = studied(['good', 'good']);
    const twice = studied(['good', 'good', 'good']);
    expect(twice.state.due - twice.at).toBeGreaterThan(once.state.due - once.at);
  });

  it('counts a lapse when a learned item is forgotten, and brings it back soon', () => {
    const { state, at } = studied(['good', 'good', 'good']);
    expect(state.state).toBe('review');
    const later = state.due;
    const forgotten = review(state, 'again', later);
    expect(forgotten.lapses).toBe(state.lapses + 1);
    expect(forgotten.state).toBe('relearning');
    expect(forgotten.due - later).toBeLessThan(state.due - at);
  });

  it('accepts an answer timed days before the last review (a clock set back) instead of failing', () => {
    const { state, at } = studied(['good', 'good', 'good']);
    const answeredEarlier = review(state, 'good', at - 2 * DAY);
    expect(answeredEarlier.reps).toBe(state.reps + 1);
    expect(answeredEarlier.due).toBeGreaterThan(at);
    expect(progressSchemas().memoryState.safeParse(answeredEarlier).success).toBe(true);
    const due = previewDue(state, at - 2 * DAY);
    expect(due.again).toBeLessThanOrEqual(due.easy);
  });

  it('schedules sooner when the learner asks for higher retention', () => {
    const { state } = studied(['good', 'good', 'good']);
    const relaxed = review(state, 'good', state.due, 0.8);
    const strict = review(state, 'good', state.due, 0.97);
    expect(strict.due).toBeLessThan(relaxed.due);
  });
});

describe('previewDue', () => {
  const cases: [string, MemoryState | undefined, number][] = [
    ['a never-studied item', undefined, NOW],
    ['an item in learning', review(undefined, 'good', NOW), NOW + 10 * MINUTE],
    ['a learned item', studied(['good', 'good', 'good']).state, studied(['good', 'good', 'good']).state.due],
    ['a forgotten item', review(studied(['good', 'good', 'good']).state, 'again', NOW + 30 * DAY), NOW + 30 * DAY + 10 * MINUTE],
  ];

  it.each(cases)('orders the grade buttons again <= hard <= good <= easy for %s', (_name, state, at) => {
    const due = previewDue(state, at);
    expect(due.again).toBeLessThanOrEqual(due.hard);
    expect(due.hard).toBeLessThanOrEqual(due.good);
    expect(due.good).toBeLessThanOrEqual(due.easy);
    expect(due.again).toBeGreaterThanOrEqual(at);
    expect(due.again).toBeLessThan(due.easy);
  });

  it.each(cases)('shows exactly when %s would come back after each grade', (_name, state, at) => {
    const due = previewDue(state, at);
    for (const grade of GRADES) expect(due[grade]).toBe(review(state, grade, at).due);
  });

  it('does not change the memory it previews', () => {
    const { state } = studied(['good', 'hard']);
    const copy = structuredClone(state);
    previewDue(state, state.due);
    expect(state).toEqual(copy);
  });
});

describe('recallProbability', () => {
  it('is 0 for an item never studied', () => {
    expect(recallProbability(undefined, NOW)).toBe(0);
    expect(recallProbability(newMemoryState(NOW), NOW + 5 * DAY)).toBe(0);
  });

  it('is between 0 and 1, and near 1 right after a review', () => {
    const { state, at } = studied(['good', 'good']);
    expect(recallProbability(state, at)).toBeCloseTo(1, 5);
    for (const days of [1, 3, 10, 100, 1000]) {
      const p = recallProbability(state, at + days * DAY);
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThan(1);
    }
  });

  it('falls as days pass without study', () => {
    const { state, at } = studied(['good', 'good']);
    const curve = [0, 1, 2, 5, 10, 30, 90].map((days) => recallProbability(state, at + days * DAY));
    for (let i = 1; i < curve.length; i++) expect(curve[i]).toBeLessThan(curve[i - 1] ?? 0);
  });

  it('falls more slowly for an item answered Easy than for one answered Again', () => {
    const easy = review(undefined, 'easy', NOW);
    const again = review(undefined, 'again', NOW);
    expect(recallProbability(easy, NOW + 7 * DAY)).toBeGreaterThan(recallProbability(again, NOW + 7 * DAY));
  });

  it('is exactly the recall probability FSRS itself gives for the same answers', () => {
    const library = fsrs(generatorParameters({ request_retention: DEFAULT_RETENTION, enable_fuzz: false }));
    const rating: Record<Grade, FsrsGrade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };
    const histories: Grade[][] = [['again'], ['good'], ['easy', 'easy'], ['good', 'again', 'hard', 'good'], ['hard', 'good', 'good', 'easy', 'again', 'good']];
    for (const grades of histories) {
      let ours: MemoryState | undefined;
      let card: Card = createEmptyCard<Card>(NOW);
      let at = NOW;
      for (const [i, grade] of grades.entries()) {
        at = NOW + i * 3 * DAY + i * 7 * MINUTE;
        ours = review(ours, grade, at);
        card = library.next(card, at, rating[grade]).card;
      }
      for (const later of [0, MINUTE, DAY - 1, DAY, 2.5 * DAY, 17 * DAY, 400 * DAY]) {
        expect(recallProbability(ours, at + later)).toBe(library.get_retrievability(card, at + later, false));
      }
    }
  });

  it('counts a saved state without a last review time (an edited import) as not known, instead of failing', () => {
    const withoutLastReview: MemoryState = { ...studied(['good', 'good', 'good']).state };
    delete withoutLastReview.lastReview;
    expect(progressSchemas().memoryState.safeParse(withoutLastReview).success).toBe(true);
    expect(recallProbability(withoutLastReview, NOW + 10 * DAY)).toBe(0);
  });
});

describe('gradeForAnswer', () => {
  it('maps a wrong sort or quiz answer to Again and a right one to Good', () => {
    expect(gradeForAnswer(false)).toBe('again');
    expect(gradeForAnswer(true)).toBe('good');
  });
});
