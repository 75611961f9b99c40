import { scoreAttempt, type QuizQuestion, type QuizSources } from '@/domain/quiz';
import type { Answers, QuizMode } from '@/domain/quiz-session';
import type { QuizAttempt } from '@/store/study-slice';

/** What a quiz is made of: enough to build the same questions again. Empty categories mean all of them. */
export interface QuizSpec {
  readonly mode: QuizMode;
  readonly length: number;
  readonly minutes: number;
  readonly categories: readonly string[];
  readonly sources: QuizSources;
  readonly seed: number;
}

/** A finished quiz, as the result screen shows it. */
export interface FinishedQuiz {
  readonly attempt: QuizAttempt;
  readonly questions: readonly QuizQuestion[];
  readonly spec: QuizSpec;
  readonly timedOut: boolean;
  readonly flagged: readonly string[];
}

/** The attempt the history keeps: the quiz's spec, the answers given, the score and the time per question. */
export function makeAttempt(
  spec: QuizSpec,
  questions: readonly QuizQuestion[],
  answers: Answers,
  msPerQuestion: Readonly<Record<string, number>>,
  startedAt: number,
  finishedAt: number,
): QuizAttempt {
  const score = scoreAttempt(questions, answers);
  const ids = new Set(questions.map((q) => q.id));
  const given: Record<string, string[]> = {};
  for (const [id, selected] of Object.entries(answers)) if (ids.has(id) && selected.length) given[id] = [...selected];
  const times: Record<string, number> = {};
  for (const [id, ms] of Object.entries(msPerQuestion)) if (ids.has(id)) times[id] = Math.max(0, Math.round(ms));
  return {
    id: `${spec.mode}-${startedAt}-${spec.seed}`,
    mode: spec.mode,
    seed: spec.seed,
    categories: [...spec.categories],
    sources: spec.sources,
    startedAt,
    finishedAt: Math.max(startedAt, finishedAt),
    questionIds: questions.map((q) => q.id),
    answers: given,
    correct: score.correct,
    total: score.total,
    scaled: score.scaled,
    byCategory: score.byCategory.map((c) => ({ ...c })),
    msPerQuestion: times,
  };
}

/** A fresh seed for a new quiz (the domain stays deterministic: randomness enters here, in an event). */
export function newSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}
