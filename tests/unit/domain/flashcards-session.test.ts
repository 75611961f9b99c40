import { describe, expect, it } from 'vitest';
import { dutyOnService } from '@/domain/model';
import {
  cardPrompt,
  comebackGroups,
  commitAnswer,
  currentCard,
  endStudy,
  filterFlashcardItems,
  gradeCard,
  gradeIsCorrect,
  introducedToday,
  nextDueAt,
  planSession,
  roughInterval,
  startStudy,
  suggestedGrade,
  summarizeSession,
  turnCard,
  undoGrade,
  type SessionCard,
} from '@/domain/flashcards-session';
import { recordAnswer, type Answer } from '@/domain/record';
import { EMPTY_PROGRESS, memoryOf, type Progress } from '@/domain/progress-schema';
import type { Grade } from '@/domain/scheduling';
import type { Owner, ResponsibilityItem } from '@/domain/schema';

const NOW = Date.UTC(2026, 10, 28, 12, 0);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const item = (id: string, owner: Owner, category: string, extra: Partial<ResponsibilityItem> = {}): ResponsibilityItem => ({
  id,
  duty: `Duty ${id}`,
  owner,
  category,
  explanation: 'Why.',
  source: { ref: 'seed-article' },
  ...extra,
});

const ITEMS: ResponsibilityItem[] = [
  item('a1', 'aws', 'infra'),
  item('a2', 'aws', 'infra'),
  item('c1', 'customer', 'data'),
  item('c2', 'customer', 'data'),
  item('c3', 'customer', 'data'),
  item('s1', 'shared', 'svc', {
    duty: 'Patching the operating system under each service',
    byService: { ec2: { owner: 'customer' }, rds: { owner: 'aws' }, lambda: { owner: 'aws' } },
  }),
];

const flashcard = (itemId: string, grade: Grade, chosen: string | null = null): Answer => ({ itemId, mode: 'flashcards', correct: grade !== 'again', chosen, grade });

function play(answers: readonly [Answer, number][], from: Progress = EMPTY_PROGRESS, schedule = true): Progress {
  return answers.reduce((progress, [answer, at]) => recordAnswer(progress, answer, at, { schedule }), from);
}

describe('planSession', () => {
  it('puts due items first, most overdue first, then new items in content order up to the daily limit', () => {
    const progress = play([
      [flashcard('c1', 'again'), NOW - 2 * DAY],
      [flashcard('a2', 'again'), NOW - 3 * DAY],
      [flashcard('a1', 'easy'), NOW - DAY], // not due for days
    ]);
    const plan = planSession({ items: ITEMS, progress, now: NOW, newPerDay: 2 });
    expect(plan.cards.map((c) => [c.itemId, c.kind])).toEqual([
      ['a2', 'due'],
      ['c1', 'due'],
      ['c2', 'new'],
      ['c3', 'new'],
    ]);
    expect(plan).toMatchObject({ due: 2, fresh: 2, newHeldBack: 1, newAllowed: 2 });
  });

  it('counts new items already introduced today against the limit, and starts afresh the next day', () => {
    const today = play([
      [flashcard('a1', 'easy'), NOW - 2 * HOUR],
      [flashcard('a2', 'easy'), NOW - HOUR],
    ]);
    expect(introducedToday(today, NOW)).toBe(2);
    expect(planSession({ items: ITEMS, progress: today, now: NOW, newPerDay: 3 }).cards.map((c) => c.itemId)).toEqual(['c1']);
    expect(planSession({ items: ITEMS, progress: today, now: NOW, newPerDay: 2 }).cards).toEqual([]);
    // Asked for more: the extra items come on top of what today allows.
    expect(planSession({ items: ITEMS, progress: today, now: NOW, newPerDay: 2, extraNew: 2 }).cards.map((c) => c.itemId)).toEqual(['c1', 'c2']);
    expect(introducedToday(today, NOW + DAY)).toBe(0);
  });

  it('counts the day in the learner’s time zone', () => {
    // 23:30 UTC is already tomorrow in UTC+1 (offset -60), where NOW + 12h is also tomorrow.
    const lateEvening = play([[flashcard('a1', 'good'), Date.UTC(2026, 10, 28, 23, 30)]]);
    expect(introducedToday(lateEvening, Date.UTC(2026, 10, 29, 8, 0), 0)).toBe(0);
    expect(introducedToday(lateEvening, Date.UTC(2026, 10, 29, 8, 0), -60)).toBe(1);
  });

  it('does not count items first met in another mode, or crammed without being scheduled', () => {
    const progress = play([[{ itemId: 'a1', mode: 'sort', correct: true, chosen: 'aws' }, NOW - HOUR]]);
    const crammed = play([[flashcard('a2', 'good'), NOW - HOUR]], progress, false);
    expect(introducedToday(crammed, NOW)).toBe(0);
  });

  it('filters by category, owner and mistakes', () => {
    const progress = play([
      [{ itemId: 'c1', mode: 'quiz', correct: false, chosen: 'aws' }, NOW - DAY],
      [flashcard('a1', 'again'), NOW - DAY],
      [flashcard('c2', 'good'), NOW - DAY],
    ]);
    const ids = (filter: Parameters<typeof filterFlashcardItems>[1]) => filterFlashcardItems(ITEMS, filter, progress).map((i) => i.id);
    expect(ids({ category: 'data' })).toEqual(['c1', 'c2', 'c3']);
    expect(ids({ owner: 'aws' })).toEqual(['a1', 'a2']);
    expect(ids({ mistakes: true })).toEqual(['a1', 'c1']);
    expect(ids({ mistakes: true, owner: 'customer' })).toEqual(['c1']);
    expect(planSession({ items: ITEMS, progress, now: NOW, newPerDay: 10, filter: { category: 'data' } }).cards.map((c) => c.itemId)).toEqual(['c1', 'c2', 'c3']);
  });

  it('crams every chosen item, weakest first, whatever is due', () => {
    const progress = play([
      [flashcard('a1', 'easy'), NOW - DAY],
      [flashcard('a2', 'hard'), NOW - 10 * DAY],
    ]);
    const plan = planSession({ items: ITEMS, progress, now: NOW, newPerDay: 0, cram: true, filter: { owner: 'aws' } });
    expect(plan.cards.map((c) => [c.itemId, c.kind])).toEqual([
      ['a2', 'cram'],
      ['a1', 'cram'],
    ]);
  });
});

describe('cardPrompt', () => {
  const shared = ITEMS[5] as ResponsibilityItem;

  it('asks about a named service for a shared duty whose owner depends on the service, expecting that service’s owner', () => {
    const prompt = cardPrompt(shared, 0);
    expect(prompt.service).toBeDefined();
    expect(prompt.answer).toBe(prompt.service && shared.byService?.[prompt.service]?.owner);
    // The same card asks the same thing; the next review moves on to another service.
    expect(cardPrompt(shared, 0)).toEqual(prompt);
    expect(new Set([0, 1, 2].map((n) => cardPrompt(shared, n).service))).toEqual(new Set(['ec2', 'rds', 'lambda']));
  });

  it('asks about the duty itself otherwise', () => {
    expect(cardPrompt(ITEMS[0] as ResponsibilityItem, 0)).toEqual({ answer: 'aws' });
    expect(cardPrompt(item('x', 'customer', 'svc', { byService: { ec2: { owner: 'customer' } } }), 0)).toEqual({ answer: 'customer' });
  });

  it('drops a duty’s "under each service" tail once a service is named', () => {
    expect(dutyOnService('Patching the operating system under each service')).toBe('Patching the operating system');
    expect(dutyOnService('Backups for a service')).toBe('Backups');
    expect(dutyOnService('Backups of RDS')).toBe('Backups of RDS');
  });
});

describe('intervals', () => {
  it('round to the unit a person would say', () => {
    expect(roughInterval(10 * 1000)).toEqual({ count: 0, unit: 'now' });
    expect(roughInterval(MINUTE)).toEqual({ count: 1, unit: 'minute' });
    expect(roughInterval(10 * MINUTE - 3000)).toEqual({ count: 10, unit: 'minute' });
    expect(roughInterval(5 * HOUR)).toEqual({ count: 5, unit: 'hour' });
    expect(roughInterval(3 * DAY + HOUR)).toEqual({ count: 3, unit: 'day' });
    expect(roughInterval(62 * DAY)).toEqual({ count: 2, unit: 'month' });
    expect(roughInterval(730 * DAY)).toEqual({ count: 2, unit: 'year' });
  });

  it('group the cards that come back together, soonest first', () => {
    const dues = [NOW + 10 * MINUTE, NOW + 3 * DAY, NOW + 10 * MINUTE + 5000, NOW + 3 * DAY + HOUR, NOW + 10 * MINUTE - 5000];
    expect(comebackGroups(dues, NOW)).toEqual([
      { count: 10, unit: 'minute', cards: 3 },
      { count: 3, unit: 'day', cards: 2 },
    ]);
  });

  it('find the next due time among studied items only', () => {
    const progress = play([
      [flashcard('a1', 'good'), NOW],
      [flashcard('a2', 'again'), NOW],
    ]);
    expect(nextDueAt(progress, ['a1', 'a2', 'c1'], NOW)).toBe(memoryOf(progress, 'a2')?.due);
    expect(nextDueAt(progress, ['c1'], NOW)).toBeUndefined();
  });
});

describe('a study session', () => {
  const cards: SessionCard[] = [
    { itemId: 'a1', kind: 'new', answer: 'aws' },
    { itemId: 'c1', kind: 'new', answer: 'customer' },
    { itemId: 's1', kind: 'due', service: 'rds', answer: 'aws' },
  ];

  it('turns, grades and moves on; grading needs the answer shown', () => {
    let state = startStudy(cards, NOW);
    expect(gradeCard(state, 'good', EMPTY_PROGRESS, NOW)).toBe(state);
    state = turnCard(state);
    expect(state.side).toBe('back');
    state = gradeCard(state, 'good', EMPTY_PROGRESS, NOW + 5000);
    expect(currentCard(state)).toEqual(cards[1]);
    expect(state).toMatchObject({ side: 'front', committed: null, endedAt: null });
    expect(state.graded).toEqual([{ itemId: 'a1', grade: 'good', correct: true, committed: null, at: NOW + 5000 }]);
  });

  it('judges a committed answer against the card’s owner, and suggests Again after a wrong one', () => {
    const card = cards[2] as SessionCard;
    expect(gradeIsCorrect(card, 'aws', 'hard')).toBe(true);
    expect(gradeIsCorrect(card, 'shared', 'easy')).toBe(false);
    expect(gradeIsCorrect(card, null, 'hard')).toBe(true);
    expect(gradeIsCorrect(card, null, 'again')).toBe(false);
    expect(suggestedGrade(card, 'customer')).toBe('again');
    expect(suggestedGrade(card, 'aws')).toBe('good');
    expect(suggestedGrade(card, null)).toBe('good');
    const committed = commitAnswer(startStudy(cards, NOW), 'customer');
    expect(committed).toMatchObject({ side: 'back', committed: 'customer' });
    expect(commitAnswer(committed, 'aws')).toBe(committed);
  });

  it('undoes grades one by one, back to the graded card, turned, with its commit and the progress before it', () => {
    const before1 = EMPTY_PROGRESS;
    const before2 = play([[flashcard('a1', 'good'), NOW]]);
    let state = gradeCard(commitAnswer(startStudy(cards, NOW), 'aws'), 'good', before1, NOW);
    state = gradeCard(turnCard(state), 'again', before2, NOW + 1000);
    const first = undoGrade(state);
    expect(first?.restore).toBe(before2);
    expect(first?.state).toMatchObject({ index: 1, side: 'back', committed: null });
    const second = first && undoGrade(first.state);
    expect(second?.restore).toBe(before1);
    expect(second?.state).toMatchObject({ index: 0, side: 'back', committed: 'aws', graded: [], endedAt: null });
    expect(second && undoGrade(second.state)).toBeUndefined();
  });

  it('ends after the last card, or when the learner stops; an undo reopens it', () => {
    let state = startStudy(cards.slice(0, 1), NOW);
    state = gradeCard(turnCard(state), 'easy', EMPTY_PROGRESS, NOW + 30_000);
    expect(state.endedAt).toBe(NOW + 30_000);
    expect(currentCard(state)).toBeUndefined();
    expect(undoGrade(state)?.state.endedAt).toBeNull();
    expect(endStudy(startStudy(cards, NOW), NOW + 1).endedAt).toBe(NOW + 1);
    expect(startStudy([], NOW).endedAt).toBe(NOW);
  });

  it('summarizes accuracy over committed answers only, the time, and when the cards come back', () => {
    let progress = EMPTY_PROGRESS;
    let state = startStudy(cards, NOW);
    const answer = (owner: Owner | null, grade: Grade, at: number) => {
      const card = currentCard(state) as SessionCard;
      const before = progress;
      state = owner ? commitAnswer(state, owner) : turnCard(state);
      progress = recordAnswer(progress, { itemId: card.itemId, mode: 'flashcards', correct: gradeIsCorrect(card, state.committed, grade), chosen: owner, grade }, at);
      state = gradeCard(state, grade, before, at);
    };
    answer('aws', 'good', NOW + MINUTE);
    answer('aws', 'again', NOW + 2 * MINUTE);
    answer(null, 'easy', NOW + 3 * MINUTE);
    const summary = summarizeSession(state, progress);
    expect(summary).toMatchObject({ studied: 3, committed: 2, right: 1, accuracy: 0.5, timeMs: 3 * MINUTE, unscheduled: 0 });
    // Relative to the end: Again a minute ago is due now; Good 2 minutes before the end comes back in 8 min.
    expect(summary.comeback.map((g) => [g.cards, g.count, g.unit])).toEqual([
      [1, 0, 'now'],
      [1, 8, 'minute'],
      [1, expect.any(Number), 'day'],
    ]);
    expect(summarizeSession(startStudy(cards, NOW), EMPTY_PROGRESS).accuracy).toBeUndefined();
  });
});
