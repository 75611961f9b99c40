import type { StateCreator } from 'zustand';

/** What the learner must be told about their saved data. Not persisted. */
export interface Notices {
  /** Saved data could not be read; it was kept under this storage key. */
  recovered: { backupKey: string } | null;
  /** The browser refuses to store data: progress lasts only while this tab is open. */
  storageUnavailable: boolean;
}

export interface NoticesSlice {
  notices: Notices;
  dismissRecovered: () => void;
}

export const NO_NOTICES: Notices = { recovered: null, storageUnavailable: false };

export const createNoticesSlice: StateCreator<NoticesSlice, [], [], NoticesSlice> = (set) => ({
  notices: NO_NOTICES,
  dismissRecovered: () => set((state) => ({ notices: { ...state.notices, recovered: null } })),
});
