/**
 * What a quiz session needs besides building and scoring questions (quiz.ts):
 * turning answers into review events, the exam's review overview, the
 * countdown's warnings, keyboard choices, source quotes, and reading a shared
 * quiz link. Pure: time and content are parameters.
 */
import type { Answer } from './record.ts';
import { canSubmit, EXAM_DEFAULTS, isCorrect, type QuizQuestion, type QuizSources } from './quiz.ts';
import type { ResponsibilityItem, Source } from './schema.ts';

export type Answers = Readonly<Record<string, readonly string[]>>;

/** What the learner picked, as a review event keeps it: the option ids, sorted and joined (an owner for "who" questions), or null. */
export function chosenFor(selected: readonly string[] | undefined): string | null {
  if (!selected || selected.length === 0) return null;
  return [...new Set(selected)].sort().join(',');
}

/**
 * One review event per item each question tests. A question left unanswered
 * counts as wrong with nothing chosen, as the exam scores it.
 */
export function reviewAnswers(questions: readonly QuizQuestion[], answers: Answers): Answer[] {
  return questions.flatMap((question) => {
    const selected = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    const correct = isCorrect(question, selected ?? []);
    const chosen = chosenFor(selected);
    return [...new Set(question.itemIds)].map((itemId) => ({ itemId, mode: 'quiz' as const, correct, chosen }));
  });
}

/** The selection after a learner picks `optionId`: a radio replaces, a checkbox toggles. */
export function toggleChoice(question: QuizQuestion, selected: readonly string[], optionId: string): string[] {
  if (!question.options.some((o) => o.id === optionId)) return [...selected];
  if (question.choose <= 1) return [optionId];
  return selected.includes(optionId) ? selected.filter((id) => id !== optionId) : [...selected, optionId];
}

/** The option a key picks: 1-5 or A-E (either case), or undefined when the key picks none of this question's options. */
export function optionIndexForKey(key: string, optionCount: number): number | undefined {
  const lower = key.toLowerCase();
  let index = -1;
  if (/^[1-9]$/.test(lower)) index = Number(lower) - 1;
  else if (/^[a-e]$/.test(lower)) index = lower.charCodeAt(0) - 'a'.charCodeAt(0);
  return index >= 0 && index < Math.min(optionCount, 5) ? index : undefined;
}

/** True when the stem already tells the learner how many to choose ("(Choose two.)"). */
export function stemSaysHowMany(stem: string): boolean {
  return /\(choose \w+\.?\)/i.test(stem);
}

export interface QuestionStatus {
  readonly id: string;
  readonly index: number;
  /** Exactly as many options chosen as the question asks for. */
  readonly answered: boolean;
  /** Some options chosen, but not as many as asked (a "Choose two" with one). */
  readonly partial: boolean;
  readonly flagged: boolean;
}

export interface ExamOverview {
  readonly questions: readonly QuestionStatus[];
  readonly answered: number;
  readonly unanswered: number;
  readonly flagged: number;
}

/** Where the learner stands in an exam: what is answered, what is not, what is flagged. */
export function examOverview(questions: readonly QuizQuestion[], answers: Answers, flagged: readonly string[]): ExamOverview {
  const flags = new Set(flagged);
  const statuses = questions.map((question, index) => {
    const selected = Object.hasOwn(answers, question.id) ? (answers[question.id] ?? []) : [];
    const answered = canSubmit(question, selected);
    return { id: question.id, index, answered, partial: !answered && selected.length > 0, flagged: flags.has(question.id) };
  });
  const answered = statuses.filter((s) => s.answered).length;
  return { questions: statuses, answered, unanswered: statuses.length - answered, flagged: statuses.filter((s) => s.flagged).length };
}

/** Milliseconds `elapsed` added to question `id`'s running time (negative or non-finite spans are ignored). */
export function addTime(times: Readonly<Record<string, number>>, id: string, elapsed: number): Record<string, number> {
  const span = Number.isFinite(elapsed) ? Math.max(0, Math.round(elapsed)) : 0;
  return { ...times, [id]: (times[id] ?? 0) + span };
}

export type TimeWarning = 'none' | 'five-minutes' | 'one-minute' | 'up';

/** The countdown speaks only when it crosses these lines, not every second. */
export function timeWarning(remaining: number): TimeWarning {
  if (remaining <= 0) return 'up';
  if (remaining <= 60_000) return 'one-minute';
  if (remaining <= 5 * 60_000) return 'five-minutes';
  return 'none';
}

/** Two minutes a question, as on the real exam (65 questions in 130 minutes). */
export function defaultMinutes(length: number): number {
  return Math.max(1, Math.round(length * (EXAM_DEFAULTS.minutes / EXAM_DEFAULTS.length)));
}

export interface SourceQuote {
  readonly itemId: string;
  readonly quote: string;
  readonly sourceTitle: string;
}

/**
 * The verbatim quotes from the seed article behind the items a question tests,
 * in the question's item order, each quote once.
 */
export function quotesFor(question: Pick<QuizQuestion, 'itemIds'>, items: ReadonlyMap<string, ResponsibilityItem>, sources: readonly Source[]): SourceQuote[] {
  const seen = new Set<string>();
  return question.itemIds.flatMap((itemId) => {
    const item = items.get(itemId);
    const quote = item?.source.quote;
    const source = sources.find((s) => s.id === item?.source.ref);
    if (!item || !quote || !source?.primary || seen.has(quote)) return [];
    seen.add(quote);
    return [{ itemId, quote, sourceTitle: source.title }];
  });
}

// ---------------------------------------------------------------------------
// A shared quiz link: /quiz?mode=exam&length=10&minutes=20&sources=both&categories=a,b&seed=42

export type QuizMode = 'practice' | 'exam';
export const QUIZ_SOURCES: readonly QuizSources[] = ['both', 'authored', 'generated'];
export const MAX_LENGTH = 65;
export const MAX_MINUTES = 180;

export interface QuizLink {
  readonly mode?: QuizMode;
  readonly length?: number;
  readonly minutes?: number;
  readonly sources?: QuizSources;
  readonly categories?: readonly string[];
  readonly seed?: number;
}

function wholeNumber(text: string | null, min: number, max: number): number | undefined {
  if (text === null || !/^\d{1,10}$/.test(text.trim())) return undefined;
  const value = Number(text.trim());
  return value >= min && value <= max ? value : undefined;
}

/** The parts of a quiz link that make sense; anything unknown or out of range is left out. */
export function parseQuizLink(get: (key: string) => string | null, categoryIds: readonly string[]): QuizLink {
  const mode = get('mode');
  const sources = get('sources');
  const known = new Set(categoryIds);
  const categories = (get('categories') ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter((c) => known.has(c));
  const link: { -readonly [K in keyof QuizLink]: QuizLink[K] } = {};
  if (mode === 'practice' || mode === 'exam') link.mode = mode;
  const length = wholeNumber(get('length'), 1, MAX_LENGTH);
  if (length !== undefined) link.length = length;
  const minutes = wholeNumber(get('minutes'), 1, MAX_MINUTES);
  if (minutes !== undefined) link.minutes = minutes;
  const source = QUIZ_SOURCES.find((s) => s === sources);
  if (source) link.sources = source;
  if (categories.length) link.categories = [...new Set(categories)];
  const seed = wholeNumber(get('seed'), 0, 2 ** 32 - 1);
  if (seed !== undefined) link.seed = seed;
  return link;
}
