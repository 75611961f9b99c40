import { useId } from 'react';
import { Page } from '@/components/ui/Page';
import { selectSetTheme, selectTheme, useAppStore } from '@/store';
import { THEMES, type Theme } from '@/store/settings-slice';
import { en } from '@/strings/en';
import styles from './SettingsPage.module.css';

const THEME_LABELS: Record<Theme, string> = {
  system: en.settings.themeSystem,
  light: en.settings.themeLight,
  dark: en.settings.themeDark,
};

export function SettingsPage() {
  const theme = useAppStore(selectTheme);
  const setTheme = useAppStore(selectSetTheme);
  const hintId = useId();
  return (
    <Page title={en.settings.title}>
      <fieldset className={styles.fieldset} aria-describedby={hintId}>
        <legend className={styles.legend}>{en.settings.themeLegend}</legend>
        {THEMES.map((value) => (
          <label key={value} className={styles.option}>
            <input type="radio" name="theme" value={value} checked={theme === value} onChange={() => setTheme(value)} />
            {THEME_LABELS[value]}
          </label>
        ))}
        <p id={hintId} className={styles.hint}>
          {en.settings.themeHint}
        </p>
      </fieldset>
    </Page>
  );
}
