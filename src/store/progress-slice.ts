import type { StateCreator } from 'zustand';
import { recordAnswer, type Answer } from '@/domain/progress';
import { EMPTY_PROGRESS, type Progress } from '@/domain/progress-schema';
import type { SettingsSlice } from './settings-slice';

export interface ProgressSlice {
  progress: Progress;
  /** Records one answer from any mode. `schedule: false` (cram) logs it without moving the schedule. */
  record: (answer: Answer, options?: { now?: number; schedule?: boolean }) => void;
  /** Records several answers given together (a submitted exam) in one update, so storage is written once. */
  recordMany: (answers: readonly Answer[], options?: { now?: number }) => void;
  /** Replaces all progress (import). */
  replaceProgress: (progress: Progress) => void;
  /** Puts back an earlier copy of progress, such as the one before a grade being undone. */
  restoreProgress: (progress: Progress) => void;
  resetProgress: () => void;
}

export const createProgressSlice: StateCreator<ProgressSlice & SettingsSlice, [], [], ProgressSlice> = (set) => ({
  progress: EMPTY_PROGRESS,
  record: (answer, options = {}) =>
    set((state) => ({
      progress: recordAnswer(state.progress, answer, options.now ?? Date.now(), {
        retention: state.settings.retention,
        ...(options.schedule === undefined ? {} : { schedule: options.schedule }),
      }),
    })),
  recordMany: (answers, options = {}) =>
    set((state) => {
      const now = options.now ?? Date.now();
      return { progress: answers.reduce((progress, answer) => recordAnswer(progress, answer, now, { retention: state.settings.retention }), state.progress) };
    }),
  replaceProgress: (progress) => set({ progress }),
  restoreProgress: (progress) => set({ progress }),
  resetProgress: () => set({ progress: EMPTY_PROGRESS }),
});
