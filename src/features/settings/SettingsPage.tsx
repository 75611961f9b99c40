import { useId } from 'react';
import { cx } from '@/components/ui/cx';
import fields from '@/components/ui/Field.module.css';
import { Page } from '@/components/ui/Page';
import { selectSetExamDate, selectSetNewPerDay, selectSetRetention, selectSetTheme, selectSettings, useAppStore } from '@/store';
import { THEMES, type Theme } from '@/store/settings-slice';
import { en } from '@/strings/en';
import styles from './SettingsPage.module.css';

const THEME_LABELS: Record<Theme, string> = {
  system: en.settings.themeSystem,
  light: en.settings.themeLight,
  dark: en.settings.themeDark,
};

const RETENTIONS = [0.8, 0.85, 0.9, 0.95] as const;

export function SettingsPage() {
  const settings = useAppStore(selectSettings);
  const setTheme = useAppStore(selectSetTheme);
  const setNewPerDay = useAppStore(selectSetNewPerDay);
  const setRetention = useAppStore(selectSetRetention);
  const setExamDate = useAppStore(selectSetExamDate);
  const ids = { themeHint: useId(), newPerDay: useId(), newHint: useId(), retention: useId(), retentionHint: useId(), exam: useId(), examHint: useId() };
  return (
    <Page title={en.settings.title} lead={en.settings.lead}>
      <div className={styles.groups}>
        <fieldset className={styles.fieldset} aria-describedby={ids.themeHint}>
          <legend className={styles.legend}>{en.settings.themeLegend}</legend>
          {THEMES.map((value) => (
            <label key={value} className={styles.option}>
              <input type="radio" name="theme" value={value} checked={settings.theme === value} onChange={() => setTheme(value)} />
              {THEME_LABELS[value]}
            </label>
          ))}
          <p id={ids.themeHint} className={styles.hint}>
            {en.settings.themeHint}
          </p>
        </fieldset>

        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{en.settings.studyLegend}</legend>
          <div className={styles.field}>
            <label htmlFor={ids.newPerDay}>{en.settings.newPerDay}</label>
            <input
              id={ids.newPerDay}
              className={cx(fields.input, styles.input)}
              type="number"
              min={0}
              max={200}
              inputMode="numeric"
              value={settings.newPerDay}
              aria-describedby={ids.newHint}
              onChange={(event) => {
                const value = event.target.valueAsNumber;
                if (Number.isFinite(value)) setNewPerDay(value);
              }}
            />
            <p id={ids.newHint} className={styles.hint}>
              {en.settings.newPerDayHint}
            </p>
          </div>
          <div className={styles.field}>
            <label htmlFor={ids.retention}>{en.settings.retention}</label>
            <select
              id={ids.retention}
              className={cx(fields.input, styles.input)}
              value={String(settings.retention)}
              aria-describedby={ids.retentionHint}
              onChange={(event) => setRetention(Number(event.target.value))}
            >
              {RETENTIONS.map((value) => (
                <option key={value} value={String(value)}>
                  {en.format.percent(value)}
                </option>
              ))}
            </select>
            <p id={ids.retentionHint} className={styles.hint}>
              {en.settings.retentionHint}
            </p>
          </div>
          <div className={styles.field}>
            <label htmlFor={ids.exam}>{en.settings.examDate}</label>
            <span className={styles.row}>
              <input
                id={ids.exam}
                className={cx(fields.input, styles.input)}
                type="date"
                value={settings.examDate ?? ''}
                aria-describedby={ids.examHint}
                onChange={(event) => setExamDate(/^\d{4}-\d{2}-\d{2}$/.test(event.target.value) ? event.target.value : null)}
              />
              {settings.examDate ? (
                <button type="button" className={styles.button} onClick={() => setExamDate(null)}>
                  {en.settings.clearExamDate}
                </button>
              ) : null}
            </span>
            <p id={ids.examHint} className={styles.hint}>
              {en.settings.examDateHint}
            </p>
          </div>
        </fieldset>
      </div>
    </Page>
  );
}
