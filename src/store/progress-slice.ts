import type { StateCreator } from 'zustand';
import { EMPTY_PROGRESS, type Progress } from '@/domain/progress-schema';
import type { SettingsSlice } from './settings-slice';

export interface ProgressSlice {
  progress: Progress;
  /** Replaces all progress (import). Recording answers is in recording.ts. */
  replaceProgress: (progress: Progress) => void;
  /** Puts back an earlier copy of progress, such as the one before a grade being undone. */
  restoreProgress: (progress: Progress) => void;
  resetProgress: () => void;
}

export const createProgressSlice: StateCreator<ProgressSlice & SettingsSlice, [], [], ProgressSlice> = (set) => ({
  progress: EMPTY_PROGRESS,
  replaceProgress: (progress) => set({ progress }),
  restoreProgress: (progress) => set({ progress }),
  resetProgress: () => set({ progress: EMPTY_PROGRESS }),
});
