/** The store, as present mode reads it: display settings only. It never reads or writes progress. */
import type { AppState } from '@/store';

export const selectPresentScale = (state: AppState) => state.settings.presentScale;
export const selectPresentContrast = (state: AppState) => state.settings.presentContrast;
