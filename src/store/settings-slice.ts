import * as z from 'zod/mini';
import type { StateCreator } from 'zustand';

export const THEMES = ['system', 'light', 'dark'] as const;
export const ThemeSchema = z.enum(THEMES);
export type Theme = z.infer<typeof ThemeSchema>;

export const SettingsSchema = z.object({
  theme: z._default(ThemeSchema, 'system'),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { theme: 'system' };

export interface SettingsSlice {
  settings: Settings;
  setTheme: (theme: Theme) => void;
}

export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set) => ({
  settings: DEFAULT_SETTINGS,
  setTheme: (theme) => set((state) => ({ settings: { ...state.settings, theme } })),
});
