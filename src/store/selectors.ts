import type { AppState } from './index';

// Named selectors return primitives or stable references (zustand v5 re-renders forever on a fresh object).
export const selectTheme = (state: AppState) => state.settings.theme;
export const selectSetTheme = (state: AppState) => state.setTheme;
export const selectSettings = (state: AppState) => state.settings;
export const selectProgress = (state: AppState) => state.progress;
export const selectReplaceProgress = (state: AppState) => state.replaceProgress;
export const selectResetProgress = (state: AppState) => state.resetProgress;
export const selectNotices = (state: AppState) => state.notices;
export const selectDismissRecovered = (state: AppState) => state.dismissRecovered;
export const selectSetNewPerDay = (state: AppState) => state.setNewPerDay;
export const selectSetRetention = (state: AppState) => state.setRetention;
export const selectSetExamDate = (state: AppState) => state.setExamDate;
export const selectSetPresentScale = (state: AppState) => state.setPresentScale;
export const selectSetPresentContrast = (state: AppState) => state.setPresentContrast;
export const selectSortBests = (state: AppState) => state.sortBests;
export const selectSaveSortResult = (state: AppState) => state.saveSortResult;
export const selectQuizAttempts = (state: AppState) => state.quizAttempts;
export const selectAddQuizAttempt = (state: AppState) => state.addQuizAttempt;
export const selectExamSession = (state: AppState) => state.examSession;
export const selectStartExam = (state: AppState) => state.startExam;
export const selectUpdateExam = (state: AppState) => state.updateExam;
export const selectFinishExam = (state: AppState) => state.finishExam;
export const selectAbandonExam = (state: AppState) => state.abandonExam;
export const selectRestoreProgress = (state: AppState) => state.restoreProgress;

/** False while a page is prerendered or hydrated, true once the saved copy is in the store. */
export const selectSavedStateLoaded = (state: AppState) => state.savedStateLoaded;

/** The first read of storage found a saved copy (false until it has been read). */
export const selectSavedStateFound = (state: AppState) => state.savedStateFound;

/**
 * Who the pages prerendered for a new learner are showing: 'unknown' until the saved copy is read
 * (the prerendered HTML and the render that hydrates it), then 'new' (nothing saved) or 'returning'.
 */
export const selectLearner = (state: AppState): 'unknown' | 'new' | 'returning' =>
  !state.savedStateLoaded ? 'unknown' : state.savedStateFound ? 'returning' : 'new';
