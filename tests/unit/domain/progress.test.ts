import { describe, expect, it } from 'vitest';
import { itemStats } from '@/domain/insights';
import {
  DAY_MS,
  boundEvents,
  dueForecast,
  dueItemIds,
  epochDay,
  localDay,
  mergeProgress,
  newItemIds,
} from '@/domain/progress';
import { recordAnswer, type Answer, type RecordOptions } from '@/domain/record';
import { bucketMemory, EMPTY_PROGRESS, flattenMemory, foldTarget, MAX_EVENTS, memoryOf, progressSchemas, withMemory, type Progress } from '@/domain/progress-schema';
import { review } from '@/domain/scheduling';
import { summarizeProgress } from '@/domain/transfer';

const NOW = Date.UTC(2026, 10, 28, 9, 0);
const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = DAY_MS;

const sortAnswer = (itemId: string, correct: boolean, chosen: string): Answer => ({ itemId, mode: 'sort', correct, chosen });
const card = (itemId: string, grade: NonNullable<Answer['grade']>): Answer => ({ itemId, mode: 'flashcards', correct: grade !== 'again', chosen: null, grade });

/** Records answers one after another, a minute apart from `start`. */
function play(answers: readonly Answer[], start = NOW, options: RecordOptions = {}, from: Progress = EMPTY_PROGRESS): Progress {
  return answers.reduce((progress, answer, i) => recordAnswer(progress, answer, start + i * MINUTE, options), from);
}

/** `n` right sort answers over a few items, a minute apart. */
const many = (n: number, items = ['a', 'b', 'c']): Answer[] => Array.from({ length: n }, (_, i) => sortAnswer(items[i % items.length] ?? 'a', i % 4 !== 0, i % 4 === 0 ? 'aws' : 'customer'));

describe('epochDay and localDay', () => {
  it('number days in UTC by default', () => {
    expect(epochDay(NOW)).toBe(Math.floor(NOW / DAY));
    expect(localDay(NOW)).toBe(epochDay(NOW));
    expect(localDay(Date.UTC(2026, 10, 28, 23, 59))).toBe(epochDay(NOW));
    expect(localDay(Date.UTC(2026, 10, 29, 0, 0))).toBe(epochDay(NOW) + 1);
  });

  it('respect the learner’s time zone (offset in minutes behind UTC, as Date#getTimezoneOffset gives it)', () => {
    const lateEvening = Date.UTC(2026, 10, 28, 23, 30);
    // Berlin in winter is UTC+1 (offset -60): 23:30 UTC is already 00:30 the next day there.
    expect(localDay(lateEvening, -60)).toBe(epochDay(NOW) + 1);
    // New York in winter is UTC-5 (offset 300): 03:00 UTC is still 22:00 the day before there.
    expect(localDay(Date.UTC(2026, 10, 28, 3, 0), 300)).toBe(epochDay(NOW) - 1);
    expect(localDay(NOW, 300)).toBe(epochDay(NOW));
  });
});

describe('recordAnswer', () => {
  it('logs one event with the item, mode, result, choice and time', () => {
    const progress = recordAnswer(EMPTY_PROGRESS, sortAnswer('patch-os', false, 'aws'), NOW);
    expect(progress.events).toEqual([{ itemId: 'patch-os', mode: 'sort', correct: false, chosen: 'aws', at: NOW }]);
    expect(progressSchemas().progress.safeParse(progress).success).toBe(true);
  });

  it('schedules the item: a flashcard grade goes straight to the scheduler', () => {
    for (const grade of ['again', 'hard', 'good', 'easy'] as const) {
      const progress = recordAnswer(EMPTY_PROGRESS, card('patch-os', grade), NOW);
      expect(memoryOf(progress, 'patch-os')).toEqual(review(undefined, grade, NOW));
    }
  });

  it('treats a wrong sort or quiz answer as Again and a right one as Good', () => {
    expect(memoryOf(recordAnswer(EMPTY_PROGRESS, sortAnswer('x', false, 'aws'), NOW), 'x')).toEqual(review(undefined, 'again', NOW));
    expect(memoryOf(recordAnswer(EMPTY_PROGRESS, sortAnswer('x', true, 'customer'), NOW), 'x')).toEqual(review(undefined, 'good', NOW));
    const quizWrong = recordAnswer(EMPTY_PROGRESS, { itemId: 'x', mode: 'quiz', correct: false, chosen: 'b' }, NOW);
    expect(memoryOf(quizWrong, 'x')).toEqual(review(undefined, 'again', NOW));
  });

  it('brings an item back sooner everywhere after a mistake in any mode', () => {
    const learned = play([card('x', 'good'), card('x', 'good')], NOW);
    const at = NOW + 3 * DAY;
    const afterRightQuiz = recordAnswer(learned, { itemId: 'x', mode: 'quiz', correct: true, chosen: 'a' }, at);
    const afterWrongSort = recordAnswer(learned, sortAnswer('x', false, 'shared'), at);
    expect(memoryOf(afterWrongSort, 'x')?.due).toBeLessThan(memoryOf(afterRightQuiz, 'x')?.due ?? 0);
    expect(memoryOf(afterWrongSort, 'x')?.due).toBeLessThanOrEqual(at + 10 * MINUTE);
  });

  it('builds on the item’s earlier memory', () => {
    const first = recordAnswer(EMPTY_PROGRESS, card('x', 'good'), NOW);
    const second = recordAnswer(first, card('x', 'good'), NOW + DAY);
    expect(memoryOf(second, 'x')).toEqual(review(memoryOf(first, 'x'), 'good', NOW + DAY));
    expect(memoryOf(second, 'x')?.reps).toBe(2);
  });

  it('leaves other items’ memory alone', () => {
    const first = recordAnswer(EMPTY_PROGRESS, card('x', 'good'), NOW);
    const second = recordAnswer(first, card('y', 'again'), NOW + MINUTE);
    expect(memoryOf(second, 'x')).toEqual(memoryOf(first, 'x'));
  });

  it('does not change the progress it was given', () => {
    const before = play([card('x', 'good')]);
    const copy = structuredClone(before);
    recordAnswer(before, sortAnswer('x', false, 'aws'), NOW + HOUR);
    expect(before).toEqual(copy);
  });

  it('uses the learner’s retention setting for the next interval', () => {
    const learned = play([card('x', 'good'), card('x', 'good'), card('x', 'good')], NOW);
    const at = (memoryOf(learned, 'x')?.due ?? NOW) + DAY;
    const relaxed = recordAnswer(learned, card('x', 'good'), at, { retention: 0.8 });
    const strict = recordAnswer(learned, card('x', 'good'), at, { retention: 0.97 });
    expect(memoryOf(strict, 'x')?.due).toBeLessThan(memoryOf(relaxed, 'x')?.due ?? 0);
  });

  describe('with schedule: false (cram)', () => {
    it('logs the answer but leaves the schedule where it was', () => {
      const learned = play([card('x', 'good')]);
      const crammed = recordAnswer(learned, sortAnswer('x', false, 'aws'), NOW + HOUR, { schedule: false });
      expect(crammed.events).toHaveLength(2);
      expect(crammed.events.at(-1)).toMatchObject({ itemId: 'x', correct: false, chosen: 'aws', at: NOW + HOUR });
      expect(crammed.memory).toBe(learned.memory);
    });

    it('does not start a schedule for an item never studied', () => {
      const crammed = recordAnswer(EMPTY_PROGRESS, sortAnswer('x', true, 'customer'), NOW, { schedule: false });
      expect(crammed.memory).toEqual({});
      expect(crammed.events).toHaveLength(1);
    });
  });
});

describe('boundEvents (the bounded log)', () => {
  it('keeps at most MAX_EVENTS events by default, folding the oldest down to foldTarget without losing an answer', () => {
    expect(MAX_EVENTS).toBe(20_000);
    expect(foldTarget(MAX_EVENTS)).toBe(18_000);
    const log = (length: number): Progress => ({ ...EMPTY_PROGRESS, events: Array.from({ length }, (_, i) => ({ itemId: 'x', mode: 'sort' as const, correct: true, chosen: 'aws', at: NOW + i })) });
    const atBound = log(MAX_EVENTS);
    expect(boundEvents(atBound)).toBe(atBound);
    const bounded = boundEvents(log(MAX_EVENTS + 3));
    expect(bounded.events).toHaveLength(18_000);
    expect(bounded.events[0]?.at).toBe(NOW + MAX_EVENTS + 3 - 18_000);
    expect(bounded.folded.x?.reviews).toBe(MAX_EVENTS + 3 - 18_000);
    expect(summarizeProgress(bounded).answers).toBe(MAX_EVENTS + 3);
  });

  it('folds in batches while the learner studies: never over the bound, and the totals rewritten once per batch', () => {
    let progress = EMPTY_PROGRESS;
    let longest = 0;
    let rewrites = 0;
    many(30).forEach((answer, i) => {
      const next = recordAnswer(progress, answer, NOW + i * MINUTE, { maxEvents: 10, foldTo: 5 });
      if (next.folded !== progress.folded) rewrites += 1;
      longest = Math.max(longest, next.events.length);
      progress = next;
    });
    // The 11th answer folds the log down to 5; it fills up again every 6 answers (the 17th, 23rd and 29th fold).
    expect(longest).toBe(10);
    expect(rewrites).toBe(4);
    expect(progress.events).toHaveLength(6);
    expect(summarizeProgress(progress).answers).toBe(30);
  });

  it('returns the same progress when the log is within its bound', () => {
    const progress = play(many(5));
    expect(boundEvents(progress, 5)).toBe(progress);
  });

  it('folds the oldest events into per-item totals and keeps the newest ones', () => {
    const answers = [sortAnswer('a', false, 'aws'), sortAnswer('a', true, 'customer'), sortAnswer('b', false, 'shared'), sortAnswer('a', false, 'aws'), sortAnswer('c', true, 'aws')];
    const all = play(answers);
    const bounded = boundEvents(all, 2, 2);
    expect(bounded.events).toEqual(all.events.slice(3));
    expect(bounded.folded).toEqual({
      a: { reviews: 2, correct: 1, wrong: { aws: 1 }, lastAt: NOW + MINUTE },
      b: { reviews: 1, correct: 0, wrong: { shared: 1 }, lastAt: NOW + 2 * MINUTE },
    });
    expect(bounded.memory).toBe(all.memory);
  });

  it('keeps the folded answers on the calendar, per UTC day', () => {
    const yesterday = play(many(3), NOW - DAY);
    const progress = play(many(2), NOW, {}, yesterday);
    const bounded = boundEvents(progress, 1, 1);
    expect(bounded.foldedDays).toEqual({ [String(epochDay(NOW - DAY))]: 3, [String(epochDay(NOW))]: 1 });
  });

  it('does not count a flashcard grade without a chosen owner as a wrong owner', () => {
    const bounded = boundEvents(play([card('a', 'again'), card('a', 'good')]), 0);
    expect(bounded.folded.a).toEqual({ reviews: 2, correct: 1, wrong: {}, lastAt: NOW + MINUTE });
  });

  it('counts every answer exactly once as the log keeps folding while the learner studies', () => {
    const answers = many(40, ['a', 'b', 'c', 'd']);
    const unbounded = play(answers, NOW, { maxEvents: 1000 });
    const bounded = play(answers, NOW, { maxEvents: 7, foldTo: 4 });
    expect(bounded.events.length).toBeLessThanOrEqual(7);
    expect(bounded.events.length).toBeGreaterThanOrEqual(4);
    expect(summarizeProgress(bounded).answers).toBe(40);
    const days = Object.values(bounded.foldedDays).reduce((a, b) => a + b, 0);
    expect(days + bounded.events.length).toBe(40);
    // Per item, the folded totals plus the live log say the same as the whole log would.
    expect(itemStats(bounded).get('a')).toMatchObject({ reviews: itemStats(unbounded).get('a')?.reviews, correct: itemStats(unbounded).get('a')?.correct, wrong: itemStats(unbounded).get('a')?.wrong });
    for (const id of ['a', 'b', 'c', 'd']) {
      const whole = itemStats(unbounded).get(id);
      const kept = itemStats(bounded).get(id);
      expect({ reviews: kept?.reviews, correct: kept?.correct, wrong: kept?.wrong, lastAt: kept?.lastAt }).toEqual({ reviews: whole?.reviews, correct: whole?.correct, wrong: whole?.wrong, lastAt: whole?.lastAt });
    }
  });

  it('never forgets the memory of an item whose events were all folded', () => {
    const progress = play([card('old', 'good'), ...many(5, ['b'])], NOW, { maxEvents: 3 });
    expect(progress.events.some((e) => e.itemId === 'old')).toBe(false);
    expect(memoryOf(progress, 'old')?.reps).toBe(1);
    expect(progress.folded.old?.reviews).toBe(1);
  });
});

describe('mergeProgress', () => {
  const base = play([sortAnswer('a', true, 'customer'), sortAnswer('b', false, 'aws')]);
  const mine = recordAnswer(base, sortAnswer('c', true, 'aws'), NOW + HOUR);
  const theirs = recordAnswer(base, card('d', 'easy'), NOW + 2 * HOUR);

  it('keeps every answer from both copies, once', () => {
    const merged = mergeProgress(mine, theirs);
    expect(merged.events.map((e) => e.itemId)).toEqual(['a', 'b', 'c', 'd']);
    expect(Object.keys(flattenMemory(merged.memory)).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps answers in time order', () => {
    const merged = mergeProgress(theirs, mine);
    const times = merged.events.map((e) => e.at);
    expect(times).toEqual([...times].sort((x, y) => x - y));
  });

  it('keeps, for each item, the memory of its latest review, whichever copy has it', () => {
    const mineLater = recordAnswer(theirs, card('a', 'again'), NOW + 5 * HOUR);
    const theirsLater = recordAnswer(mine, card('b', 'easy'), NOW + 6 * HOUR);
    for (const merged of [mergeProgress(mineLater, theirsLater), mergeProgress(theirsLater, mineLater)]) {
      expect(memoryOf(merged, 'a')).toEqual(memoryOf(mineLater, 'a'));
      expect(memoryOf(merged, 'b')).toEqual(memoryOf(theirsLater, 'b'));
      expect(memoryOf(merged, 'c')).toEqual(memoryOf(mine, 'c'));
      expect(memoryOf(merged, 'd')).toEqual(memoryOf(theirs, 'd'));
    }
  });

  it('gives back the same progress when merged with itself', () => {
    const bounded = play(many(12), NOW, { maxEvents: 5 });
    expect(mergeProgress(mine, mine)).toEqual(mine);
    expect(mergeProgress(bounded, bounded, 5)).toEqual(bounded);
  });

  it('changes nothing when the same copy is merged in twice', () => {
    const once = mergeProgress(mine, theirs);
    expect(mergeProgress(once, theirs)).toEqual(once);
    expect(mergeProgress(once, mine)).toEqual(once);
  });

  it('gives the same answers in the same order whichever copy comes first, even for answers at the same moment', () => {
    const left = recordAnswer(base, sortAnswer('x', false, 'aws'), NOW + HOUR);
    const right = recordAnswer(base, sortAnswer('y', true, 'customer'), NOW + HOUR);
    expect(mergeProgress(left, right).events).toEqual(mergeProgress(right, left).events);
    expect(mergeProgress(mine, theirs).events).toEqual(mergeProgress(theirs, mine).events);
  });

  it('keeps the merged log within its bound', () => {
    const a = play(many(6, ['a']), NOW);
    const b = play(many(6, ['b']), NOW + 30 * MINUTE);
    const merged = mergeProgress(a, b, 8);
    expect(merged.events).toHaveLength(foldTarget(8));
    expect(summarizeProgress(merged).answers).toBe(12);
  });

  it('does not count twice the answers one copy has folded while the other, older copy still has them in its log', () => {
    const answers = many(10, ['a', 'b']);
    const older = play(answers.slice(0, 6), NOW, { maxEvents: 6 });
    const newer = play(answers, NOW, { maxEvents: 6 });
    expect(older.folded).toEqual({});
    expect(Object.keys(newer.folded).length).toBeGreaterThan(0);
    for (const merged of [mergeProgress(newer, older, 6), mergeProgress(older, newer, 6)]) {
      expect(summarizeProgress(merged).answers).toBe(10);
      expect(merged).toEqual(newer);
    }
  });

  it('keeps the new answers of two copies that went separate ways after folding', () => {
    const shared = play(many(8, ['a', 'b']), NOW, { maxEvents: 6 });
    const left = play([sortAnswer('c', true, 'aws'), sortAnswer('c', false, 'customer')], NOW + DAY, { maxEvents: 6 }, shared);
    const right = play([card('d', 'good')], NOW + DAY + 30 * MINUTE, { maxEvents: 6 }, shared);
    const merged = mergeProgress(left, right, 6);
    expect(summarizeProgress(merged).answers).toBe(11);
    expect(itemStats(merged).get('c')).toMatchObject({ reviews: 2, correct: 1, wrong: { customer: 1 } });
    expect(itemStats(merged).get('d')).toMatchObject({ reviews: 1 });
  });
});

describe('dueItemIds', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  // a: again (back in a minute), b: good (back in 10 minutes), c: easy (back in days), d: crammed only, e: never seen.
  const progress = recordAnswer(play([card('c', 'easy'), card('b', 'good'), card('a', 'again')]), sortAnswer('d', false, 'aws'), NOW + 3 * MINUTE, { schedule: false });

  it('lists nothing right after studying', () => {
    expect(dueItemIds(progress, ids, NOW + 2 * MINUTE)).toEqual([]);
  });

  it('lists studied items whose time has come, most overdue first whatever the content order', () => {
    const reversed = [...ids].reverse();
    expect(dueItemIds(progress, reversed, NOW + HOUR)).toEqual(['a', 'b']);
    expect(dueItemIds(progress, reversed, NOW + 30 * DAY)).toEqual(['a', 'b', 'c']);
  });

  it('counts an item due exactly now', () => {
    const due = memoryOf(progress, 'a')?.due ?? 0;
    expect(dueItemIds(progress, ids, due)).toEqual(['a']);
    expect(dueItemIds(progress, ids, due - 1)).toEqual([]);
  });

  it('leaves out items never studied, only crammed, or no longer in the content', () => {
    const list = dueItemIds(progress, ['b', 'd', 'e'], NOW + 30 * DAY);
    expect(list).toEqual(['b']);
  });
});

describe('newItemIds', () => {
  it('lists the items never studied, in content order', () => {
    const progress = play([card('c', 'good'), card('a', 'again')]);
    expect(newItemIds(progress, ['e', 'a', 'd', 'c', 'b'])).toEqual(['e', 'd', 'b']);
    expect(newItemIds(EMPTY_PROGRESS, ['x', 'y'])).toEqual(['x', 'y']);
  });

  it('still offers an item that was only crammed as new', () => {
    const progress = recordAnswer(EMPTY_PROGRESS, sortAnswer('a', true, 'customer'), NOW, { schedule: false });
    expect(newItemIds(progress, ['a', 'b'])).toEqual(['a', 'b']);
  });
});

describe('dueForecast', () => {
  /** A progress whose items fall due at the given times. */
  function dueAt(dues: Record<string, number>): Progress {
    const memory = Object.fromEntries(Object.entries(dues).map(([id, due]) => [id, { ...review(undefined, 'good', NOW - 10 * DAY), due }]));
    return { ...EMPTY_PROGRESS, memory: bucketMemory(memory) };
  }

  it('counts items due by the end of each of the next days, overdue ones today', () => {
    const progress = dueAt({ overdue: NOW - 3 * DAY, today: NOW + 10 * HOUR, tomorrow: NOW + DAY, also: NOW + DAY + HOUR, later: NOW + 5 * DAY });
    expect(dueForecast(progress, Object.keys(flattenMemory(progress.memory)), NOW, 7)).toEqual([2, 2, 0, 0, 0, 1, 0]);
  });

  it('leaves out items due beyond the window, never studied, or not in the content', () => {
    const base = dueAt({ far: NOW + 40 * DAY, gone: NOW });
    const progress = { ...base, memory: withMemory(base.memory, 'fresh', { ...review(undefined, 'good', NOW), state: 'new' as const, due: NOW }) };
    expect(dueForecast(progress, ['far', 'fresh', 'missing'], NOW, 7)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('splits days at the learner’s local midnight', () => {
    // 23:30 UTC on the 28th is the 28th in UTC but already the 29th at UTC+1 (offset -60).
    const progress = dueAt({ late: Date.UTC(2026, 10, 28, 23, 30) });
    expect(dueForecast(progress, ['late'], NOW, 3)).toEqual([1, 0, 0]);
    expect(dueForecast(progress, ['late'], NOW, 3, -60)).toEqual([0, 1, 0]);
  });

  it('gives one zero per day when nothing has been studied', () => {
    expect(dueForecast(EMPTY_PROGRESS, ['a'], NOW, 14)).toEqual(new Array<number>(14).fill(0));
  });
});
