import type { Theme } from '@/store/settings-slice';

/** "system" leaves the choice to prefers-color-scheme; light and dark pin it. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
