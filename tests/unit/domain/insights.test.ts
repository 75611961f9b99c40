import { describe, expect, it } from 'vitest';
import { UNLEARNED_AFTER, activityByDay, daysUntil, itemMastery, itemStats, masteryByCategory, misconceptions, readiness, studyStreak } from '@/domain/insights';
import { DAY_MS, epochDay, localDay } from '@/domain/progress';
import { recordAnswer, type Answer, type RecordOptions } from '@/domain/record';
import { EMPTY_PROGRESS, memoryOf, type Progress } from '@/domain/progress-schema';
import { recallProbability } from '@/domain/scheduling';
import type { Category, Owner, ResponsibilityItem } from '@/domain/schema';

const NOW = Date.UTC(2026, 10, 28, 9, 0);
const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = DAY_MS;

const item = (id: string, owner: Owner, category: string): ResponsibilityItem => ({
  id,
  owner,
  category,
  duty: `Duty ${id}`,
  explanation: `Why ${id}`,
  source: { ref: 'article' },
});

const items = [
  item('patch-guest-os', 'customer', 'platform'),
  item('encrypt-data', 'customer', 'data'),
  item('physical-security', 'aws', 'physical'),
  item('hypervisor', 'aws', 'platform'),
  item('awareness-training', 'shared', 'compliance'),
];
const categories: Category[] = [
  { id: 'platform', name: 'Platform', description: 'OS and apps' },
  { id: 'data', name: 'Data', description: 'Customer data' },
  { id: 'physical', name: 'Physical', description: 'Buildings' },
  { id: 'compliance', name: 'Compliance', description: 'Shared controls' },
  { id: 'empty', name: 'Empty', description: 'No items yet' },
];
const ids = items.map((i) => i.id);

const sorted = (itemId: string, chosen: Owner): Answer => {
  const owner = items.find((i) => i.id === itemId)?.owner;
  return { itemId, mode: 'sort', correct: chosen === owner, chosen };
};
const graded = (itemId: string, grade: NonNullable<Answer['grade']>): Answer => ({ itemId, mode: 'flashcards', correct: grade !== 'again', chosen: null, grade });

/** Records answers one after another, a minute apart from `start`. */
function play(answers: readonly Answer[], start = NOW, from: Progress = EMPTY_PROGRESS, options: RecordOptions = {}): Progress {
  return answers.reduce((progress, answer, i) => recordAnswer(progress, answer, start + i * MINUTE, options), from);
}

/** One answer at each of these times, recorded in time order as a learner would. */
function studiedAt(times: readonly number[]): Progress {
  return [...times].sort((a, b) => a - b).reduce((progress, at) => recordAnswer(progress, graded('hypervisor', 'good'), at), EMPTY_PROGRESS);
}

describe('itemStats', () => {
  it('counts answers, right answers, wrong owners, the current run of right answers and the last answer', () => {
    const progress = play([sorted('hypervisor', 'customer'), sorted('hypervisor', 'aws'), sorted('hypervisor', 'shared'), sorted('hypervisor', 'customer'), sorted('hypervisor', 'aws'), sorted('hypervisor', 'aws')]);
    expect(itemStats(progress).get('hypervisor')).toEqual({ reviews: 6, correct: 3, wrong: { customer: 2, shared: 1 }, streak: 2, lastAt: NOW + 5 * MINUTE });
  });

  it('includes answers folded out of the log', () => {
    const answers = [sorted('hypervisor', 'customer'), sorted('hypervisor', 'customer'), sorted('hypervisor', 'aws'), sorted('encrypt-data', 'customer')];
    const progress = play(answers, NOW, EMPTY_PROGRESS, { maxEvents: 1, foldTo: 1 });
    expect(progress.events).toHaveLength(1);
    expect(itemStats(progress).get('hypervisor')).toMatchObject({ reviews: 3, correct: 1, wrong: { customer: 2 }, lastAt: NOW + 2 * MINUTE });
    expect(itemStats(progress).get('encrypt-data')).toMatchObject({ reviews: 1, correct: 1, streak: 1 });
  });

  it('has no entry for an item never answered', () => {
    expect(itemStats(play([sorted('hypervisor', 'aws')])).has('encrypt-data')).toBe(false);
  });
});

describe('itemMastery', () => {
  it('is 0 for an item never studied and the recall probability for one studied', () => {
    const progress = play([graded('hypervisor', 'good')]);
    expect(itemMastery(progress, 'encrypt-data', NOW)).toBe(0);
    expect(itemMastery(progress, 'hypervisor', NOW + 3 * DAY)).toBe(recallProbability(memoryOf(progress, 'hypervisor'), NOW + 3 * DAY));
    expect(itemMastery(progress, 'hypervisor', NOW + 3 * DAY)).toBeGreaterThan(0);
  });

  it('is 0 for an item only crammed, since cramming does not schedule it', () => {
    const progress = play([sorted('hypervisor', 'aws')], NOW, EMPTY_PROGRESS, { schedule: false });
    expect(itemMastery(progress, 'hypervisor', NOW + DAY)).toBe(0);
  });
});

describe('masteryByCategory', () => {
  const progress = play([graded('patch-guest-os', 'easy'), graded('hypervisor', 'again'), graded('physical-security', 'good')]);
  const at = NOW + 4 * DAY;
  const byId = new Map(masteryByCategory(progress, items, categories, at).map((m) => [m.category.id, m]));

  it('lists every category in the given order', () => {
    expect(masteryByCategory(progress, items, categories, at).map((m) => m.category.id)).toEqual(categories.map((c) => c.id));
  });

  it('averages recall over all the category’s items, counting unstudied ones as 0', () => {
    const platform = byId.get('platform');
    const expected = (itemMastery(progress, 'patch-guest-os', at) + itemMastery(progress, 'hypervisor', at)) / 2;
    expect(platform?.mastery).toBeCloseTo(expected, 10);
    expect(byId.get('physical')?.mastery).toBeCloseTo(itemMastery(progress, 'physical-security', at), 10);
    expect(byId.get('data')?.mastery).toBe(0);
    expect(byId.get('physical')?.mastery).toBeGreaterThan(byId.get('data')?.mastery ?? 1);
  });

  it('shows the stronger category as stronger', () => {
    // platform: one Easy, one Again; physical: one Good. A Good item on its own beats a half-known pair.
    expect(byId.get('physical')?.mastery).toBeGreaterThan(byId.get('platform')?.mastery ?? 1);
  });

  it('counts studied and total items, and gives 0 for an empty category', () => {
    expect(byId.get('platform')).toMatchObject({ studied: 2, total: 2 });
    expect(byId.get('data')).toMatchObject({ studied: 0, total: 1 });
    expect(byId.get('empty')).toMatchObject({ mastery: 0, studied: 0, total: 0 });
  });

  it('falls as time passes without study', () => {
    const later = masteryByCategory(progress, items, categories, at + 30 * DAY);
    expect(later.find((m) => m.category.id === 'physical')?.mastery).toBeLessThan(byId.get('physical')?.mastery ?? 0);
  });
});

describe('misconceptions', () => {
  it('lists an item the learner gave to the same wrong owner twice, with that owner', () => {
    const progress = play([sorted('hypervisor', 'customer'), sorted('hypervisor', 'customer')]);
    expect(misconceptions(progress, items)).toEqual([{ item: items[3], chosen: 'customer', times: 2 }]);
  });

  it('does not list a single slip, or two different wrong owners once each', () => {
    expect(misconceptions(play([sorted('hypervisor', 'customer')]), items)).toEqual([]);
    expect(misconceptions(play([sorted('awareness-training', 'aws'), sorted('awareness-training', 'customer')]), items)).toEqual([]);
  });

  it('names the owner the learner picks most often', () => {
    const progress = play([sorted('awareness-training', 'aws'), sorted('awareness-training', 'customer'), sorted('awareness-training', 'customer'), sorted('awareness-training', 'customer'), sorted('awareness-training', 'aws')]);
    expect(misconceptions(progress, items)).toEqual([{ item: items[4], chosen: 'customer', times: 3 }]);
  });

  it('lists the worst habits first', () => {
    const progress = play([
      sorted('encrypt-data', 'aws'),
      sorted('encrypt-data', 'aws'),
      sorted('physical-security', 'shared'),
      sorted('physical-security', 'shared'),
      sorted('physical-security', 'shared'),
    ]);
    expect(misconceptions(progress, items).map((m) => [m.item.id, m.chosen, m.times])).toEqual([
      ['physical-security', 'shared', 3],
      ['encrypt-data', 'aws', 2],
    ]);
  });

  it('counts wrong owners from every mode, but not quiz option letters or plain flashcard grades', () => {
    const progress = play([
      { itemId: 'hypervisor', mode: 'flashcards', correct: false, chosen: 'customer' },
      sorted('hypervisor', 'customer'),
      { itemId: 'encrypt-data', mode: 'quiz', correct: false, chosen: 'b' },
      { itemId: 'encrypt-data', mode: 'quiz', correct: false, chosen: 'b' },
      graded('patch-guest-os', 'again'),
      graded('patch-guest-os', 'again'),
    ]);
    expect(misconceptions(progress, items).map((m) => m.item.id)).toEqual(['hypervisor']);
  });

  it('still shows an owner habit on an item also missed more often in quizzes', () => {
    const quizMiss: Answer = { itemId: 'hypervisor', mode: 'quiz', correct: false, chosen: 'b' };
    const progress = play([quizMiss, quizMiss, quizMiss, sorted('hypervisor', 'customer'), sorted('hypervisor', 'customer')]);
    expect(misconceptions(progress, items)).toEqual([{ item: items[3], chosen: 'customer', times: 2 }]);
  });

  it(`drops a habit once it is followed by ${UNLEARNED_AFTER} right answers in a row`, () => {
    expect(UNLEARNED_AFTER).toBe(3);
    const habit = play([sorted('hypervisor', 'customer'), sorted('hypervisor', 'customer')]);
    const twoRight = play([sorted('hypervisor', 'aws'), sorted('hypervisor', 'aws')], NOW + HOUR, habit);
    const threeRight = recordAnswer(twoRight, sorted('hypervisor', 'aws'), NOW + 2 * HOUR);
    expect(misconceptions(twoRight, items)).toHaveLength(1);
    expect(misconceptions(threeRight, items)).toEqual([]);
  });

  it('does not drop a habit when the right answers are interrupted by a mistake', () => {
    const progress = play([
      sorted('hypervisor', 'customer'),
      sorted('hypervisor', 'customer'),
      sorted('hypervisor', 'aws'),
      sorted('hypervisor', 'aws'),
      sorted('hypervisor', 'shared'),
      sorted('hypervisor', 'aws'),
      sorted('hypervisor', 'aws'),
    ]);
    expect(misconceptions(progress, items)).toEqual([{ item: items[3], chosen: 'customer', times: 2 }]);
  });

  it('brings a habit back when the learner slips into it again', () => {
    const fixed = play([sorted('hypervisor', 'customer'), sorted('hypervisor', 'customer'), sorted('hypervisor', 'aws'), sorted('hypervisor', 'aws'), sorted('hypervisor', 'aws')]);
    const slipped = recordAnswer(fixed, sorted('hypervisor', 'customer'), NOW + DAY);
    expect(misconceptions(slipped, items)).toEqual([{ item: items[3], chosen: 'customer', times: 3 }]);
  });

  it('remembers habits whose answers were folded out of the log', () => {
    const progress = play([sorted('hypervisor', 'customer'), sorted('hypervisor', 'customer'), sorted('encrypt-data', 'customer')], NOW, EMPTY_PROGRESS, { maxEvents: 1, foldTo: 1 });
    expect(misconceptions(progress, items)).toEqual([{ item: items[3], chosen: 'customer', times: 2 }]);
  });

  it('ignores answers for items no longer in the content, and respects a higher threshold', () => {
    const progress = play([sorted('hypervisor', 'customer'), sorted('hypervisor', 'customer'), { itemId: 'retired', mode: 'sort', correct: false, chosen: 'aws' }, { itemId: 'retired', mode: 'sort', correct: false, chosen: 'aws' }]);
    expect(misconceptions(progress, items).map((m) => m.item.id)).toEqual(['hypervisor']);
    expect(misconceptions(progress, items, 3)).toEqual([]);
  });
});

describe('activityByDay', () => {
  it('counts answers per day', () => {
    const progress = studiedAt([NOW, NOW + HOUR, NOW - DAY, NOW - 3 * DAY]);
    const today = epochDay(NOW);
    expect([...activityByDay(progress)].sort((a, b) => a[0] - b[0])).toEqual([
      [today - 3, 1],
      [today - 1, 1],
      [today, 2],
    ]);
  });

  it('puts a late-evening answer on the learner’s own day', () => {
    const lateInBerlin = Date.UTC(2026, 10, 28, 23, 30); // 00:30 on the 29th at UTC+1
    const progress = studiedAt([lateInBerlin]);
    expect([...activityByDay(progress, -60).keys()]).toEqual([epochDay(NOW) + 1]);
    expect([...activityByDay(progress, 0).keys()]).toEqual([epochDay(NOW)]);
  });

  it('keeps days whose answers were folded out of the log', () => {
    const times = [NOW - 2 * DAY, NOW - 2 * DAY + MINUTE, NOW - DAY, NOW];
    const progress = times.reduce((p, at) => recordAnswer(p, graded('hypervisor', 'good'), at, { maxEvents: 1, foldTo: 1 }), EMPTY_PROGRESS);
    expect(progress.events).toHaveLength(1);
    const days = activityByDay(progress);
    expect(days.get(epochDay(NOW) - 2)).toBe(2);
    expect(days.get(epochDay(NOW) - 1)).toBe(1);
    expect(days.get(epochDay(NOW))).toBe(1);
  });
});

describe('studyStreak', () => {
  it('is 0 for a learner who has never answered', () => {
    expect(studyStreak(EMPTY_PROGRESS, NOW)).toBe(0);
  });

  it('counts consecutive days ending today', () => {
    expect(studyStreak(studiedAt([NOW - 2 * DAY, NOW - DAY, NOW]), NOW)).toBe(3);
  });

  it('counts a day once however many answers it has', () => {
    expect(studyStreak(studiedAt([NOW - DAY, NOW - DAY + MINUTE, NOW, NOW + MINUTE, NOW + 2 * MINUTE]), NOW + HOUR)).toBe(2);
  });

  it('still counts a streak ending yesterday, so it is not lost before today’s study', () => {
    expect(studyStreak(studiedAt([NOW - 3 * DAY, NOW - 2 * DAY, NOW - DAY]), NOW)).toBe(3);
  });

  it('is broken by a whole missed day', () => {
    expect(studyStreak(studiedAt([NOW - 4 * DAY, NOW - 3 * DAY, NOW - 2 * DAY]), NOW)).toBe(0);
    expect(studyStreak(studiedAt([NOW - 4 * DAY, NOW - 3 * DAY, NOW - DAY, NOW]), NOW)).toBe(2);
  });

  it('follows the learner’s local midnight, not UTC', () => {
    // New York (UTC-5, offset 300): 03:00 UTC on the 28th is 22:00 on the 27th.
    const lateYesterdayInNewYork = Date.UTC(2026, 10, 28, 3, 0);
    const progress = studiedAt([lateYesterdayInNewYork, NOW]);
    expect(studyStreak(progress, NOW, 0)).toBe(1);
    expect(studyStreak(progress, NOW, 300)).toBe(2);
  });

  it('decides “today” in the learner’s time zone', () => {
    // Answered at noon UTC on the 27th (07:00 in New York). At 03:00 UTC on the 29th it is
    // still 22:00 on the 28th in New York, so the 27th is yesterday there but two days ago in UTC.
    const progress = studiedAt([Date.UTC(2026, 10, 27, 12, 0)]);
    const at = Date.UTC(2026, 10, 29, 3, 0);
    expect(localDay(at, 300)).toBe(epochDay(NOW));
    expect(studyStreak(progress, at, 300)).toBe(1);
    expect(studyStreak(progress, at, 0)).toBe(0);
  });

  it('keeps counting days whose answers were folded out of the log', () => {
    const times = [NOW - 2 * DAY, NOW - DAY, NOW];
    const progress = times.reduce((p, at) => recordAnswer(p, graded('hypervisor', 'good'), at, { maxEvents: 1, foldTo: 1 }), EMPTY_PROGRESS);
    expect(studyStreak(progress, NOW)).toBe(3);
  });
});

describe('readiness', () => {
  it('is 0 with nothing studied, and counts what has been studied', () => {
    expect(readiness(EMPTY_PROGRESS, ids, NOW)).toEqual({ now: 0, atExam: undefined, studied: 0, total: 5 });
    const progress = play([graded('hypervisor', 'good'), graded('encrypt-data', 'good')]);
    expect(readiness(progress, ids, NOW + DAY)).toMatchObject({ studied: 2, total: 5 });
  });

  it('is the mean recall probability over all items, studied or not', () => {
    const progress = play([graded('hypervisor', 'good'), graded('encrypt-data', 'easy')]);
    const at = NOW + 5 * DAY;
    const expected = (recallProbability(memoryOf(progress, 'hypervisor'), at) + recallProbability(memoryOf(progress, 'encrypt-data'), at)) / 5;
    expect(readiness(progress, ids, at).now).toBeCloseTo(expected, 10);
    expect(readiness(progress, ids, at).now).toBeLessThan(0.4);
  });

  it('rises as more of the model is studied', () => {
    const some = play([graded('hypervisor', 'good')]);
    const more = play(ids.map((id) => graded(id, 'good')));
    expect(readiness(more, ids, NOW + 2 * DAY).now).toBeGreaterThan(readiness(some, ids, NOW + 2 * DAY).now);
  });

  it('projects to the exam date, lower the later the exam is with no more study', () => {
    const progress = play(ids.map((id) => graded(id, 'good')));
    const at = NOW + DAY;
    const soon = readiness(progress, ids, at, at + 7 * DAY);
    const later = readiness(progress, ids, at, at + 60 * DAY);
    expect(soon.atExam).toBeDefined();
    expect(soon.atExam).toBeLessThan(soon.now);
    expect(later.atExam).toBeLessThan(soon.atExam ?? 0);
    expect(later.atExam).toBeGreaterThan(0);
  });

  it('has no projection without an exam date, or once the exam date has passed', () => {
    const progress = play([graded('hypervisor', 'good')]);
    expect(readiness(progress, ids, NOW).atExam).toBeUndefined();
    expect(readiness(progress, ids, NOW, NOW - DAY).atExam).toBeUndefined();
  });

  it('is 0 for no items at all rather than not-a-number', () => {
    expect(readiness(EMPTY_PROGRESS, [], NOW, NOW + DAY)).toEqual({ now: 0, atExam: 0, studied: 0, total: 0 });
  });
});

describe('daysUntil', () => {
  it('counts whole days ahead, rounding a part day up', () => {
    expect(daysUntil(NOW + 3 * DAY, NOW)).toBe(3);
    expect(daysUntil(NOW + 2 * DAY + HOUR, NOW)).toBe(3);
    expect(daysUntil(NOW + MINUTE, NOW)).toBe(1);
  });

  it('is 0 for now or any time past', () => {
    expect(daysUntil(NOW, NOW)).toBe(0);
    expect(daysUntil(NOW - 5 * DAY, NOW)).toBe(0);
  });
});
