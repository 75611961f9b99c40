/**
 * What the study modes remember besides the answers themselves: best sort
 * rounds, quiz attempt history, and an exam in progress (so a reload resumes
 * it with its true remaining time). Saved with progress.
 */
import * as z from 'zod/mini';
import type { StateCreator } from 'zustand';
import { lazy } from '@/domain/lazy';
import { numberSchemas } from '@/domain/progress-schema';

/** The schemas of what the modes save, built on first use (see lazy). */
export const studySchemas = lazy(() => {
  const { time, count } = numberSchemas();
  const sources = z.enum(['authored', 'generated', 'both']);
  const sortBest = z.object({ correct: count, total: count, ms: count, at: time });
  const categoryScore = z.object({ category: z.string(), correct: count, total: count });

  const quizAttempt = z.object({
    id: z.string(),
    mode: z.enum(['practice', 'exam']),
    seed: count,
    categories: z.array(z.string()),
    sources,
    startedAt: time,
    finishedAt: time,
    questionIds: z.array(z.string()),
    answers: z.record(z.string(), z.array(z.string())),
    correct: count,
    total: count,
    /** 100 to 1000, as on the real exam. */
    scaled: count,
    byCategory: z.array(categoryScore),
    msPerQuestion: z.record(z.string(), count),
  });

  const examSession = z.object({
    seed: count,
    length: count,
    minutes: count,
    categories: z.array(z.string()),
    sources,
    startedAt: time,
    /** Wall-clock end: the remaining time survives reloads and closed tabs. */
    deadline: time,
    answers: z.record(z.string(), z.array(z.string())),
    flagged: z.array(z.string()),
    index: count,
    msPerQuestion: z.record(z.string(), count),
  });

  return { sortBest, quizAttempt, examSession };
});
type StudySchemas = ReturnType<typeof studySchemas>;

export type SortBest = z.infer<StudySchemas['sortBest']>;
export type QuizAttempt = z.infer<StudySchemas['quizAttempt']>;
export type ExamSession = z.infer<StudySchemas['examSession']>;

/** The attempt history keeps the newest this many. */
export const MAX_ATTEMPTS = 200;

export interface StudySlice {
  /** Best round per sort kind (key: the kind, or kind:service). */
  sortBests: Record<string, SortBest>;
  quizAttempts: QuizAttempt[];
  examSession: ExamSession | null;
  /** Keeps the result if it beats the best for its key: more right (as a share), then faster. Returns true if it did. */
  saveSortResult: (key: string, result: SortBest) => boolean;
  addQuizAttempt: (attempt: QuizAttempt) => void;
  startExam: (session: ExamSession) => void;
  updateExam: (patch: Partial<ExamSession>) => void;
  /** Ends the exam in progress, keeping its attempt in the history. */
  finishExam: (attempt: QuizAttempt) => void;
  abandonExam: () => void;
}

export function isBetterSort(result: SortBest, best: SortBest | undefined): boolean {
  if (!best) return true;
  const share = result.total ? result.correct / result.total : 0;
  const bestShare = best.total ? best.correct / best.total : 0;
  return share > bestShare || (share === bestShare && result.ms < best.ms);
}

export function appendAttempt(attempts: readonly QuizAttempt[], attempt: QuizAttempt): QuizAttempt[] {
  return [...attempts.filter((a) => a.id !== attempt.id), attempt].slice(-MAX_ATTEMPTS);
}

export const createStudySlice: StateCreator<StudySlice, [], [], StudySlice> = (set, get) => ({
  sortBests: {},
  quizAttempts: [],
  examSession: null,
  saveSortResult: (key, result) => {
    if (!isBetterSort(result, get().sortBests[key])) return false;
    set((state) => ({ sortBests: { ...state.sortBests, [key]: result } }));
    return true;
  },
  addQuizAttempt: (attempt) => set((state) => ({ quizAttempts: appendAttempt(state.quizAttempts, attempt) })),
  startExam: (session) => set({ examSession: session }),
  updateExam: (patch) => set((state) => (state.examSession ? { examSession: { ...state.examSession, ...patch } } : {})),
  finishExam: (attempt) => set((state) => ({ examSession: null, quizAttempts: appendAttempt(state.quizAttempts, attempt) })),
  abandonExam: () => set({ examSession: null }),
});
