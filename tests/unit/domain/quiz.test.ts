import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildQuiz,
  canSubmit,
  EXAM_DEFAULTS,
  examDeadline,
  fromAuthored,
  GENERATED_KINDS,
  generateQuestions,
  isCorrect,
  PASS_MARK,
  passed,
  remainingMs,
  scaledScore,
  scoreAttempt,
  type QuizOption,
  type QuizQuestion,
} from '@/domain/quiz';
import { OPTION_IDS, type Question, type ResponsibilityItem } from '@/domain/schema';
import { validateContent } from '@/domain/validate';
import { readContentFiles } from '../../../scripts/content-files';

const root = join(import.meta.dirname, '..', '..', '..', 'content');
const result = validateContent(readContentFiles(root));
if (!result.ok) throw new Error(`content is invalid:\n${result.errors.join('\n')}`);
const content = result.content;
const items = content.items;
const itemById = new Map(items.map((i) => [i.id, i]));
const categoryIds = content.categories.map((c) => c.id);

function item(id: string): ResponsibilityItem {
  const found = itemById.get(id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

const rightIds = (q: QuizQuestion): string[] => q.options.filter((o) => o.correct).map((o) => o.id);

/**
 * What the item data says an option is, independently of the generator:
 * "right", "wrong", or "arguable" (an item that must never be offered).
 */
function judge(q: QuizQuestion, option: QuizOption): 'right' | 'wrong' | 'arguable' {
  const shown = option.itemId === undefined ? undefined : item(option.itemId);
  switch (q.kind) {
    case 'owner': {
      const asked = item(q.itemIds[0] ?? '');
      if (asked.owner === 'shared' || asked.penTest !== undefined) return 'arguable';
      return option.owner === asked.owner ? 'right' : 'wrong';
    }
    case 'service': {
      const entry = q.service === undefined ? undefined : item(q.itemIds[0] ?? '').byService?.[q.service];
      if (!entry) return 'arguable';
      return option.owner === entry.owner ? 'right' : 'wrong';
    }
    case 'two-customer':
    case 'two-aws':
    case 'not-aws': {
      if (!shown || shown.owner === 'shared' || shown.penTest !== undefined) return 'arguable';
      const wanted = q.kind === 'two-aws' ? 'aws' : 'customer';
      return shown.owner === wanted ? 'right' : 'wrong';
    }
    case 'pen-allowed':
    case 'pen-prohibited': {
      if (!shown || (shown.penTest !== 'allowed' && shown.penTest !== 'prohibited')) return 'arguable';
      return shown.penTest === (q.kind === 'pen-allowed' ? 'allowed' : 'prohibited') ? 'right' : 'wrong';
    }
    case 'authored':
      return 'arguable';
  }
}

const SEEDS = Array.from({ length: 200 }, (_, i) => i * 7919 + 1);

/** Every third seed restricts to two categories, so the filter is exercised too. */
function optionsFor(seed: number, index: number): { count: number; seed: number; categories?: string[] } {
  if (index % 3 !== 0) return { count: 40, seed };
  const a = categoryIds[index % categoryIds.length] ?? 'core';
  const b = categoryIds[(index * 5 + 1) % categoryIds.length] ?? 'core';
  return { count: 40, seed, categories: [a, b] };
}

const generatedSets = SEEDS.map((seed, i) => ({ options: optionsFor(seed, i), questions: generateQuestions(items, optionsFor(seed, i)) }));
const allGenerated = generatedSets.flatMap((s) => s.questions);

describe('generateQuestions', () => {
  it('gives the same questions for the same seed, and different ones for another seed', () => {
    const first = generateQuestions(items, { count: 30, seed: 42 });
    expect(generateQuestions(items, { count: 30, seed: 42 })).toEqual(first);
    expect(first).toHaveLength(30);
    expect(generateQuestions(items, { count: 30, seed: 43 })).not.toEqual(first);
  });

  it('mixes every kind of question across seeds, and several kinds within one quiz', () => {
    expect(new Set(allGenerated.map((q) => q.kind))).toEqual(new Set(GENERATED_KINDS));
    const one = generateQuestions(items, { count: 20, seed: 7 });
    expect(new Set(one.map((q) => q.kind)).size).toBeGreaterThanOrEqual(4);
  });

  // Thousands of questions: each check lists what breaks it, so one failure shows every offender.
  it('asks for exactly as many options as are right, one or two', () => {
    const problems = allGenerated.flatMap((q) => {
      const twos = q.kind === 'two-customer' || q.kind === 'two-aws';
      const expected = { right: q.choose, choose: twos ? 2 : 1, saysChooseTwo: twos, options: q.kind === 'owner' || q.kind === 'service' ? 3 : twos ? 5 : 4 };
      const actual = { right: rightIds(q).length, choose: q.choose, saysChooseTwo: q.stem.includes('(Choose two.)'), options: q.options.length };
      return JSON.stringify(actual) === JSON.stringify(expected) ? [] : [{ id: q.id, expected, actual }];
    });
    expect(allGenerated.length).toBeGreaterThan(5000);
    expect(problems).toEqual([]);
  });

  it('never offers a distractor that is also right, nor an arguable one', () => {
    const problems = allGenerated.flatMap((q) =>
      q.options.flatMap((o) => {
        const verdict = judge(q, o);
        return verdict === (o.correct ? 'right' : 'wrong') ? [] : [`${q.id} / ${o.id} is marked ${o.correct ? 'right' : 'wrong'} but is ${verdict}`];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('has distinct option ids and texts, a reason on every option, and known items', () => {
    const problems = allGenerated.flatMap((q) => {
      const found: string[] = [];
      if (new Set(q.options.map((o) => o.text)).size !== q.options.length) found.push(`${q.id}: repeated option text`);
      if (new Set(q.options.map((o) => o.id)).size !== q.options.length) found.push(`${q.id}: repeated option id`);
      for (const o of q.options) {
        if (!/^[A-Z].*[.!?)"”]$/s.test(o.why)) found.push(`${q.id} / ${o.id}: why is not a sentence: ${o.why}`);
        if (o.itemId !== undefined && !q.itemIds.includes(o.itemId)) found.push(`${q.id} / ${o.id}: item missing from itemIds`);
      }
      for (const id of q.itemIds) if (!itemById.has(id)) found.push(`${q.id}: unknown item ${id}`);
      if (q.source !== 'generated') found.push(`${q.id}: source ${q.source}`);
      if (!/^[A-Z].*\?( \(Choose two\.\))?$/.test(q.stem)) found.push(`${q.id}: stem ${q.stem}`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('has no duplicate ids in a set, and never makes one item the answer twice', () => {
    for (const { questions } of generatedSets) {
      expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
      const answers = questions.flatMap((q) => (q.kind === 'owner' || q.kind === 'service' ? [q.itemIds[0]] : q.options.filter((o) => o.correct).map((o) => o.itemId)));
      expect(new Set(answers).size).toBe(answers.length);
    }
  });

  it('derives ids from the kind and items, so an id always means the same question', () => {
    const seen = new Map<string, string>();
    const problems: string[] = [];
    for (const q of allGenerated) {
      const shape = JSON.stringify([q.kind, q.stem, [...q.itemIds].sort(), rightIds(q).sort()]);
      if ((seen.get(q.id) ?? shape) !== shape) problems.push(`${q.id}: ${seen.get(q.id) ?? ''} then ${shape}`);
      if (!q.id.startsWith(`gen:${q.kind}:`)) problems.push(`${q.id}: does not name its kind ${q.kind}`);
      seen.set(q.id, shape);
    }
    expect(problems).toEqual([]);
    // The same question turns up under several seeds, which is what makes the check above bite.
    expect(seen.size).toBeLessThan(allGenerated.length);
  });

  it('keeps to the chosen categories', () => {
    const problems: string[] = [];
    for (const { options, questions } of generatedSets) {
      const chosen = options.categories;
      if (!chosen) continue;
      if (questions.length === 0) problems.push(`nothing for ${chosen.join(', ')}`);
      for (const q of questions) {
        if (!chosen.includes(q.category)) problems.push(`${q.id}: category ${q.category} outside ${chosen.join(', ')}`);
        const answerItems = q.kind === 'owner' || q.kind === 'service' ? [q.itemIds[0] ?? ''] : q.options.filter((o) => o.correct).map((o) => o.itemId ?? '');
        for (const id of answerItems) if (!chosen.includes(item(id).category)) problems.push(`${q.id}: answer ${id} outside ${chosen.join(', ')}`);
      }
    }
    expect(generatedSets.filter((s) => s.options.categories).length).toBeGreaterThan(50);
    expect(problems).toEqual([]);
    const pen = generateQuestions(items, { count: 30, seed: 3, categories: ['penetration-testing'] });
    expect(pen.every((q) => q.category === 'penetration-testing')).toBe(true);
    expect(pen.some((q) => q.kind === 'pen-allowed' || q.kind === 'pen-prohibited')).toBe(true);
  });

  it('treats an empty category list as every category', () => {
    expect(generateQuestions(items, { count: 25, seed: 9, categories: [] })).toEqual(generateQuestions(items, { count: 25, seed: 9 }));
  });

  it('stops short rather than repeating itself when the items run out', () => {
    const many = generateQuestions(items, { count: 1000, seed: 5 });
    expect(many.length).toBeGreaterThan(60);
    expect(many.length).toBeLessThan(1000);
    expect(new Set(many.map((q) => q.id)).size).toBe(many.length);
    expect(generateQuestions(items, { count: 0, seed: 5 })).toEqual([]);
  });
});

describe('generated questions on small hand-made sets', () => {
  const make = (id: string, owner: ResponsibilityItem['owner'], extra: Partial<ResponsibilityItem> = {}): ResponsibilityItem => ({
    id,
    duty: `Duty ${id}`,
    owner,
    category: 'test',
    explanation: `Because of ${id}.`,
    source: { ref: 'x' },
    ...extra,
  });

  it('asks who owns an item, explaining each choice', () => {
    const fire = make('fire', 'aws', { misconception: 'Some think the customer must fight fires.' });
    const [q, ...rest] = generateQuestions([fire], { count: 5, seed: 1 });
    expect(rest).toEqual([]);
    expect(q?.stem).toBe('Who is responsible for: Duty fire?');
    expect(q?.options.map((o) => o.text).sort()).toEqual(['AWS', 'Customer', 'Shared']);
    const byOwner = new Map(q?.options.map((o) => [o.owner, o]));
    expect(byOwner.get('aws')?.correct).toBe(true);
    expect(byOwner.get('aws')?.why).toBe("This is AWS's responsibility. Because of fire.");
    expect(byOwner.get('customer')?.why).toBe("Not the customer's. This is AWS's responsibility. Some think the customer must fight fires.");
    expect(byOwner.get('shared')?.why).toBe("Not shared. This is AWS's responsibility.");
  });

  it('asks per service with the service owner as the answer', () => {
    const patching = make('os-patching', 'shared', {
      duty: 'Patching the operating system under each service',
      byService: { rds: { owner: 'aws', note: 'AWS patches it in your maintenance window' } },
    });
    const [q, ...rest] = generateQuestions([patching], { count: 5, seed: 1 });
    expect(rest).toEqual([]);
    expect(q?.kind).toBe('service');
    expect(q?.service).toBe('rds');
    expect(q?.stem).toBe('On RDS, who is responsible for: Patching the operating system?');
    expect(q?.options.filter((o) => o.correct).map((o) => o.owner)).toEqual(['aws']);
    expect(q?.options.find((o) => o.owner === 'customer')?.why).toBe(
      "Not the customer's. On RDS, this is AWS's responsibility. AWS patches it in your maintenance window.",
    );
  });

  it('never uses shared items as distractors, even when that leaves no "Choose two" to make', () => {
    const set = [make('c1', 'customer'), make('c2', 'customer'), make('a1', 'aws'), make('a2', 'aws'), ...['s1', 's2', 's3', 's4'].map((id) => make(id, 'shared'))];
    for (const seed of SEEDS.slice(0, 30)) {
      const questions = generateQuestions(set, { count: 10, seed });
      expect(questions.filter((q) => q.kind === 'two-customer' || q.kind === 'two-aws')).toEqual([]);
      expect(questions.flatMap((q) => q.options.map((o) => o.itemId)).filter((id) => id?.startsWith('s'))).toEqual([]);
    }
  });

  it('builds "Choose two" from exactly two right and three wrong owners', () => {
    const set = [make('c1', 'customer'), make('c2', 'customer'), make('a1', 'aws'), make('a2', 'aws'), make('a3', 'aws')];
    const twos = SEEDS.slice(0, 30)
      .flatMap((seed) => generateQuestions(set, { count: 10, seed }))
      .filter((q) => q.kind === 'two-customer');
    expect(twos.length).toBeGreaterThan(0);
    for (const q of twos) {
      expect(q.id).toBe('gen:two-customer:a1+a2+a3+c1+c2');
      expect(q.options.filter((o) => o.correct).map((o) => o.id).sort()).toEqual(['c1', 'c2']);
    }
  });
});

describe('fromAuthored', () => {
  const question = content.questions.find((q) => q.type === 'multiple');
  if (!question) throw new Error('no "Choose two" question in the content');

  it('keeps the stem, option ids, answers and items', () => {
    const q = fromAuthored(question);
    expect(q).toMatchObject({ id: question.id, source: 'authored', kind: 'authored', stem: question.stem, category: question.category, choose: question.answer.length });
    expect(q.options.map((o) => o.id)).toEqual(question.options.map((o) => o.id));
    expect(rightIds(q).sort()).toEqual([...question.answer].sort());
    expect(q.itemIds).toEqual(question.itemIds);
  });
});

describe('buildQuiz', () => {
  const modes = ['authored', 'generated', 'both'] as const;

  it.each(modes)('returns the requested length without duplicate ids (%s)', (sources) => {
    for (const seed of SEEDS.slice(0, 40)) {
      const quiz = buildQuiz(content, { length: 20, seed, sources });
      expect(quiz).toHaveLength(20);
      expect(new Set(quiz.map((q) => q.id)).size).toBe(20);
      if (sources !== 'both') expect(quiz.every((q) => q.source === sources)).toBe(true);
    }
  });

  it('mixes authored and generated questions for "both"', () => {
    const quiz = buildQuiz(content, { length: 20, seed: 11, sources: 'both' });
    expect(quiz.filter((q) => q.source === 'authored')).toHaveLength(10);
    expect(quiz.filter((q) => q.source === 'generated')).toHaveLength(10);
  });

  it('does not ask a generated question about an item an authored question in the same quiz already tests', () => {
    const problems: string[] = [];
    for (const seed of SEEDS.slice(0, 40)) {
      const quiz = buildQuiz(content, { length: 20, seed, sources: 'both' });
      const tested = new Set(quiz.filter((q) => q.source === 'authored').flatMap((q) => q.itemIds));
      for (const q of quiz.filter((g) => g.source === 'generated')) {
        const answers = q.kind === 'owner' || q.kind === 'service' ? [q.itemIds[0] ?? ''] : q.options.filter((o) => o.correct).map((o) => o.itemId ?? '');
        for (const id of answers) if (tested.has(id)) problems.push(`seed ${seed}: ${q.id} asks again about ${id}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('is the same for the same seed and different for another', () => {
    const quiz = buildQuiz(content, { length: 20, seed: 100, sources: 'both' });
    expect(buildQuiz(content, { length: 20, seed: 100, sources: 'both' })).toEqual(quiz);
    expect(buildQuiz(content, { length: 20, seed: 101, sources: 'both' })).not.toEqual(quiz);
  });

  it('keeps to the chosen categories and returns fewer only when the content runs out', () => {
    const categories = ['penetration-testing'];
    const authoredThere = content.questions.filter((q) => q.category === 'penetration-testing').length;
    const authored = buildQuiz(content, { length: 50, seed: 1, categories, sources: 'authored' });
    expect(authored).toHaveLength(authoredThere);
    expect(authoredThere).toBeLessThan(10);
    for (const sources of modes) {
      const quiz = buildQuiz(content, { length: 10, seed: 2, categories, sources });
      expect(quiz).toHaveLength(sources === 'authored' ? authoredThere : 10);
      expect(quiz.every((q) => q.category === 'penetration-testing')).toBe(true);
    }
  });

  it('shuffles the options of authored questions but keeps their own ids and answers', () => {
    const original = new Map<string, Question>(content.questions.map((q) => [q.id, q]));
    let reordered = 0;
    for (const seed of SEEDS.slice(0, 20)) {
      for (const q of buildQuiz(content, { length: 20, seed, sources: 'authored' })) {
        const source = original.get(q.id);
        expect(source).toBeDefined();
        expect(q.options.map((o) => o.id).sort()).toEqual(source?.options.map((o) => o.id).sort());
        expect(rightIds(q).sort()).toEqual([...(source?.answer ?? [])].sort());
        for (const o of q.options) expect(o.text).toBe(source?.options.find((s) => s.id === o.id)?.text);
        if (q.options.map((o) => o.id).join() !== source?.options.map((o) => o.id).join()) reordered++;
      }
    }
    expect(reordered).toBeGreaterThan(100);
  });

  it('returns nothing for a length of zero', () => {
    expect(buildQuiz(content, { length: 0, seed: 1, sources: 'both' })).toEqual([]);
  });
});

describe('answering', () => {
  const two = fromAuthored({
    id: 'q-two',
    type: 'multiple',
    stem: 'Which TWO? (Choose two.)',
    options: OPTION_IDS.map((id) => ({ id, text: `Option ${id}`, why: `Why ${id}.` })),
    answer: ['b', 'd'],
    itemIds: ['x'],
    category: 'core',
  });
  const one = fromAuthored({
    id: 'q-one',
    type: 'single',
    stem: 'Which one?',
    options: OPTION_IDS.slice(0, 4).map((id) => ({ id, text: `Option ${id}`, why: `Why ${id}.` })),
    answer: ['c'],
    itemIds: ['x'],
    category: 'data',
  });

  it('isCorrect is all-or-nothing', () => {
    expect(isCorrect(two, ['b', 'd'])).toBe(true);
    expect(isCorrect(two, ['d', 'b'])).toBe(true);
    expect(isCorrect(two, ['b'])).toBe(false);
    expect(isCorrect(two, ['b', 'c'])).toBe(false);
    expect(isCorrect(two, ['b', 'd', 'e'])).toBe(false);
    expect(isCorrect(two, [])).toBe(false);
    expect(isCorrect(two, ['b', 'd', 'z'])).toBe(false);
    expect(isCorrect(one, ['c'])).toBe(true);
    expect(isCorrect(one, ['a'])).toBe(false);
  });

  it('canSubmit needs exactly as many distinct options as the question asks for', () => {
    expect(canSubmit(two, [])).toBe(false);
    expect(canSubmit(two, ['a'])).toBe(false);
    expect(canSubmit(two, ['a', 'a'])).toBe(false);
    expect(canSubmit(two, ['a', 'c'])).toBe(true);
    expect(canSubmit(two, ['a', 'c', 'e'])).toBe(false);
    expect(canSubmit(two, ['a', 'z'])).toBe(false);
    expect(canSubmit(one, ['a'])).toBe(true);
    expect(canSubmit(one, ['a', 'b'])).toBe(false);
  });

  it('a generated question is answered by its correct option ids', () => {
    for (const q of generateQuestions(items, { count: 20, seed: 8 })) {
      expect(isCorrect(q, rightIds(q))).toBe(true);
      expect(canSubmit(q, rightIds(q))).toBe(true);
      const wrong = q.options.find((o) => !o.correct)?.id ?? '';
      expect(isCorrect(q, [...rightIds(q).slice(1), wrong])).toBe(false);
    }
  });
});

describe('scoring', () => {
  it('scales 0 right to 100 and all right to 1000, in whole numbers, rising with each right answer', () => {
    expect(scaledScore(0, 20)).toBe(100);
    expect(scaledScore(20, 20)).toBe(1000);
    expect(scaledScore(10, 20)).toBe(550);
    expect(scaledScore(0, 0)).toBe(100);
    for (const total of [1, 7, 20, 65]) {
      let previous = 0;
      for (let correct = 0; correct <= total; correct++) {
        const scaled = scaledScore(correct, total);
        expect(Number.isInteger(scaled)).toBe(true);
        expect(scaled).toBeGreaterThan(previous);
        previous = scaled;
      }
    }
  });

  it('passes at 720', () => {
    expect(PASS_MARK).toBe(720);
    expect(passed(720)).toBe(true);
    expect(passed(719)).toBe(false);
    expect(passed(scaledScore(14, 20))).toBe(true);
    expect(passed(scaledScore(13, 20))).toBe(false);
  });

  it('counts an attempt, with a per-category breakdown that adds up', () => {
    const quiz = buildQuiz(content, { length: 20, seed: 21, sources: 'both' });
    const answers: Record<string, string[]> = {};
    quiz.forEach((q, i) => {
      if (i % 4 === 3) return; // left unanswered: counts as wrong
      answers[q.id] = i % 2 === 0 ? rightIds(q) : q.options.filter((o) => !o.correct).slice(0, q.choose).map((o) => o.id);
    });
    const score = scoreAttempt(quiz, answers);
    expect(score).toMatchObject({ correct: 10, total: 20, percent: 50, scaled: 550, passed: false });
    expect(score.byCategory.reduce((n, c) => n + c.total, 0)).toBe(20);
    expect(score.byCategory.reduce((n, c) => n + c.correct, 0)).toBe(10);
    expect(new Set(score.byCategory.map((c) => c.category))).toEqual(new Set(quiz.map((q) => q.category)));
    for (const c of score.byCategory) {
      const inCategory = quiz.map((q, i) => ({ q, i })).filter(({ q }) => q.category === c.category);
      expect(c.total).toBe(inCategory.length);
      expect(c.correct).toBe(inCategory.filter(({ i }) => i % 2 === 0 && i % 4 !== 3).length);
    }
    expect(score.results.map((r) => r.correct)).toEqual(quiz.map((_, i) => i % 2 === 0));
  });

  it('scores a perfect attempt as a pass and an empty quiz as zero', () => {
    const quiz = buildQuiz(content, { length: 20, seed: 22, sources: 'generated' });
    const perfect = scoreAttempt(quiz, Object.fromEntries(quiz.map((q) => [q.id, rightIds(q)])));
    expect(perfect).toMatchObject({ correct: 20, percent: 100, scaled: 1000, passed: true });
    expect(scoreAttempt([], {})).toMatchObject({ correct: 0, total: 0, percent: 0, scaled: 100, passed: false, byCategory: [] });
  });
});

describe('exam timing', () => {
  it('defaults to 20 questions in 40 minutes', () => {
    expect(EXAM_DEFAULTS).toEqual({ length: 20, minutes: 40 });
  });

  it('counts down to the deadline and never below zero', () => {
    const start = 1_700_000_000_000;
    const deadline = examDeadline(start, 40);
    expect(deadline - start).toBe(40 * 60 * 1000);
    expect(remainingMs(deadline, start)).toBe(2_400_000);
    expect(remainingMs(deadline, start + 60_000)).toBe(2_340_000);
    expect(remainingMs(deadline, deadline)).toBe(0);
    expect(remainingMs(deadline, deadline + 5_000)).toBe(0);
  });
});
