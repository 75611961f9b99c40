import { describe, expect, it } from 'vitest';
import { fromAuthored, type QuizQuestion } from '@/domain/quiz';
import {
  addTime,
  chosenFor,
  defaultMinutes,
  examOverview,
  optionIndexForKey,
  parseQuizLink,
  quotesFor,
  reviewAnswers,
  stemSaysHowMany,
  timeWarning,
  toggleChoice,
} from '@/domain/quiz-session';
import type { ResponsibilityItem, Source } from '@/domain/schema';

const single = fromAuthored({
  id: 'q-one',
  type: 'single',
  stem: 'Which one?',
  options: (['a', 'b', 'c', 'd'] as const).map((id) => ({ id, text: `Option ${id}`, why: `Why ${id}.` })),
  answer: ['c'],
  itemIds: ['x', 'y', 'x'],
  category: 'core',
});
const two = fromAuthored({
  id: 'q-two',
  type: 'multiple',
  stem: 'Which TWO? (Choose two.)',
  options: (['a', 'b', 'c', 'd', 'e'] as const).map((id) => ({ id, text: `Option ${id}`, why: `Why ${id}.` })),
  answer: ['b', 'd'],
  itemIds: ['z'],
  category: 'data',
});
const owner: QuizQuestion = {
  id: 'gen:owner:x',
  source: 'generated',
  kind: 'owner',
  stem: 'Who is responsible for: X?',
  choose: 1,
  options: (['customer', 'aws', 'shared'] as const).map((o) => ({ id: o, text: o, why: `${o}.`, correct: o === 'aws', owner: o })),
  itemIds: ['x'],
  category: 'core',
};

describe('review events from answers', () => {
  it('records one event per distinct item, right or wrong as the whole question is scored', () => {
    expect(reviewAnswers([single], { 'q-one': ['c'] })).toEqual([
      { itemId: 'x', mode: 'quiz', correct: true, chosen: 'c' },
      { itemId: 'y', mode: 'quiz', correct: true, chosen: 'c' },
    ]);
    expect(reviewAnswers([two], { 'q-two': ['d', 'a'] })).toEqual([{ itemId: 'z', mode: 'quiz', correct: false, chosen: 'a,d' }]);
  });

  it('keeps the owner a learner picked on a "who is responsible" question, so misconceptions can be counted', () => {
    expect(reviewAnswers([owner], { 'gen:owner:x': ['customer'] })).toEqual([{ itemId: 'x', mode: 'quiz', correct: false, chosen: 'customer' }]);
  });

  it('counts an unanswered question as wrong with nothing chosen', () => {
    expect(reviewAnswers([two, owner], {})).toEqual([
      { itemId: 'z', mode: 'quiz', correct: false, chosen: null },
      { itemId: 'x', mode: 'quiz', correct: false, chosen: null },
    ]);
    expect(chosenFor([])).toBeNull();
    expect(chosenFor(undefined)).toBeNull();
  });
});

describe('choosing', () => {
  it('replaces the choice on a single-answer question and toggles on "Choose two"', () => {
    expect(toggleChoice(single, ['a'], 'b')).toEqual(['b']);
    expect(toggleChoice(two, ['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleChoice(two, ['a', 'b'], 'a')).toEqual(['b']);
    expect(toggleChoice(two, ['a'], 'zz')).toEqual(['a']);
  });

  it('maps 1-5 and A-E to options, ignoring keys past the last option', () => {
    expect(optionIndexForKey('1', 4)).toBe(0);
    expect(optionIndexForKey('4', 4)).toBe(3);
    expect(optionIndexForKey('5', 4)).toBeUndefined();
    expect(optionIndexForKey('a', 3)).toBe(0);
    expect(optionIndexForKey('C', 3)).toBe(2);
    expect(optionIndexForKey('d', 3)).toBeUndefined();
    expect(optionIndexForKey('e', 5)).toBe(4);
    expect(optionIndexForKey('6', 5)).toBeUndefined();
    expect(optionIndexForKey('0', 5)).toBeUndefined();
    expect(optionIndexForKey('f', 5)).toBeUndefined();
    expect(optionIndexForKey('Enter', 5)).toBeUndefined();
  });

  it('knows when a stem already says how many to choose', () => {
    expect(stemSaysHowMany('Which TWO? (Choose two.)')).toBe(true);
    expect(stemSaysHowMany('Which TWO? (choose two)')).toBe(true);
    expect(stemSaysHowMany('Which two of these are yours?')).toBe(false);
  });
});

describe('exam overview', () => {
  it('counts a "Choose two" with one pick as unanswered but partly done, and lists flags', () => {
    const overview = examOverview([single, two, owner], { 'q-one': ['a'], 'q-two': ['b'] }, ['q-two', 'gen:owner:x']);
    expect(overview).toMatchObject({ answered: 1, unanswered: 2, flagged: 2 });
    expect(overview.questions).toEqual([
      { id: 'q-one', index: 0, answered: true, partial: false, flagged: false },
      { id: 'q-two', index: 1, answered: false, partial: true, flagged: true },
      { id: 'gen:owner:x', index: 2, answered: false, partial: false, flagged: true },
    ]);
  });
});

describe('time', () => {
  it('adds time to a question, ignoring nonsense spans', () => {
    expect(addTime({}, 'q', 1500.4)).toEqual({ q: 1500 });
    expect(addTime({ q: 1000 }, 'q', 500)).toEqual({ q: 1500 });
    expect(addTime({ q: 1000 }, 'q', -20)).toEqual({ q: 1000 });
    expect(addTime({ q: 1000 }, 'q', Number.NaN)).toEqual({ q: 1000 });
  });

  it('warns at five minutes and one minute left, and says when time is up', () => {
    expect(timeWarning(5 * 60_000 + 1)).toBe('none');
    expect(timeWarning(5 * 60_000)).toBe('five-minutes');
    expect(timeWarning(60_001)).toBe('five-minutes');
    expect(timeWarning(60_000)).toBe('one-minute');
    expect(timeWarning(1)).toBe('one-minute');
    expect(timeWarning(0)).toBe('up');
  });

  it('gives two minutes a question by default', () => {
    expect(defaultMinutes(20)).toBe(40);
    expect(defaultMinutes(65)).toBe(130);
    expect(defaultMinutes(0)).toBe(1);
  });
});

describe('source quotes', () => {
  const item = (id: string, ref: string, quote?: string): ResponsibilityItem => ({
    id,
    duty: id,
    owner: 'aws',
    category: 'core',
    explanation: 'Because.',
    source: quote === undefined ? { ref } : { ref, quote },
  });
  const sources: Source[] = [
    { id: 'seed', title: 'The seed article', primary: true },
    { id: 'docs', title: 'Some docs', url: 'https://example.com/' },
  ];
  const items = new Map(
    [item('a', 'seed', 'AWS is responsible for the cloud.'), item('b', 'docs', 'A docs quote.'), item('c', 'seed'), item('d', 'seed', 'AWS is responsible for the cloud.'), item('e', 'seed', 'Customers own data.')].map(
      (i) => [i.id, i],
    ),
  );

  it('shows each seed-article quote once, with its title, in the order of the items', () => {
    expect(quotesFor({ itemIds: ['e', 'b', 'c', 'a', 'd', 'missing'] }, items, sources)).toEqual([
      { itemId: 'e', quote: 'Customers own data.', sourceTitle: 'The seed article' },
      { itemId: 'a', quote: 'AWS is responsible for the cloud.', sourceTitle: 'The seed article' },
    ]);
  });
});

describe('a shared quiz link', () => {
  const read = (query: string) => {
    const params = new URLSearchParams(query);
    return parseQuizLink((key) => params.get(key), ['core', 'data', 'encryption']);
  };

  it('reads every part that makes sense', () => {
    expect(read('mode=exam&length=10&minutes=25&sources=authored&categories=data,core,data&seed=42')).toEqual({
      mode: 'exam',
      length: 10,
      minutes: 25,
      sources: 'authored',
      categories: ['data', 'core'],
      seed: 42,
    });
  });

  it('leaves out what does not', () => {
    expect(read('mode=cram&length=0&minutes=999&sources=web&categories=nope&seed=-1')).toEqual({});
    expect(read('length=66')).toEqual({});
    expect(read('length=2.5&seed=abc')).toEqual({});
    expect(read('')).toEqual({});
  });
});
