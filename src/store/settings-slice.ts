import * as z from 'zod/mini';
import type { StateCreator } from 'zustand';
import { lazy } from '@/domain/lazy';
import { DEFAULT_RETENTION } from '@/domain/retention';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The settings' schema, built on first use (see lazy). */
export const settingsSchema = lazy(() =>
  z.object({
    theme: z._default(z.enum(THEMES), 'system'),
    /** New items a flashcard session introduces per day. */
    newPerDay: z._default(z.number().check(z.int(), z.minimum(0), z.maximum(200)), 10),
    /** FSRS desired retention: the recall probability reviews are scheduled for. */
    retention: z._default(z.number().check(z.minimum(0.7), z.maximum(0.99)), DEFAULT_RETENTION),
    /** The learner's exam date, YYYY-MM-DD, or null. */
    examDate: z._default(z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))), null),
    /** Present mode: text size multiplier and the high-contrast projector theme. */
    presentScale: z._default(z.number().check(z.minimum(0.75), z.maximum(2)), 1),
    presentContrast: z._default(z.boolean(), false),
  }),
);
export type Settings = z.infer<ReturnType<typeof settingsSchema>>;

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  newPerDay: 10,
  retention: DEFAULT_RETENTION,
  examDate: null,
  presentScale: 1,
  presentContrast: false,
};

export interface SettingsSlice {
  settings: Settings;
  setTheme: (theme: Theme) => void;
  setNewPerDay: (count: number) => void;
  setRetention: (retention: number) => void;
  setExamDate: (date: string | null) => void;
  setPresentScale: (scale: number) => void;
  setPresentContrast: (on: boolean) => void;
}

export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set) => {
  const update = (patch: Partial<Settings>) => set((state) => ({ settings: { ...state.settings, ...patch } }));
  return {
    settings: DEFAULT_SETTINGS,
    setTheme: (theme) => update({ theme }),
    setNewPerDay: (newPerDay) => update({ newPerDay: Math.max(0, Math.min(200, Math.round(newPerDay))) }),
    setRetention: (retention) => update({ retention: Math.max(0.7, Math.min(0.99, retention)) }),
    setExamDate: (examDate) => update({ examDate }),
    setPresentScale: (presentScale) => update({ presentScale: Math.max(0.75, Math.min(2, presentScale)) }),
    setPresentContrast: (presentContrast) => update({ presentContrast }),
  };
};
