import { useId } from 'react';
import { selectSetPresentContrast, selectSetPresentScale, useAppStore } from '@/store';
import { presentStrings } from '@/strings/present';
import styles from './DisplaySettings.module.css';
import { selectPresentContrast, selectPresentScale } from './store';

const MIN_SCALE = 0.75;
const MAX_SCALE = 2;
const SCALE_STEP = 0.25;

/** Text size and the high-contrast theme for the room's screen (saved in settings, shared by every window). */
export function DisplaySettings({ headingLevel }: { headingLevel: 2 | 3 }) {
  const scale = useAppStore(selectPresentScale);
  const contrast = useAppStore(selectPresentContrast);
  const setScale = useAppStore(selectSetPresentScale);
  const setContrast = useAppStore(selectSetPresentContrast);
  const scaleId = useId();
  const contrastId = useId();
  const hintId = useId();
  const titleId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={styles.display} aria-labelledby={titleId}>
      <Heading id={titleId} className={styles.title}>
        {presentStrings.displayLegend}
      </Heading>
      <div className={styles.field}>
        <label htmlFor={scaleId} className={styles.label}>
          {presentStrings.scaleLabel}
        </label>
        <span className={styles.range}>
          <input
            id={scaleId}
            type="range"
            min={MIN_SCALE}
            max={MAX_SCALE}
            step={SCALE_STEP}
            value={scale}
            aria-valuetext={presentStrings.scaleValue(scale)}
            onChange={(event) => setScale(Number(event.target.value))}
          />
          <output htmlFor={scaleId} className={styles.value}>
            {presentStrings.scaleValue(scale)}
          </output>
        </span>
      </div>
      <div className={styles.check}>
        <input id={contrastId} type="checkbox" checked={contrast} aria-describedby={hintId} onChange={(event) => setContrast(event.target.checked)} />
        <label htmlFor={contrastId} className={styles.label}>
          {presentStrings.contrastLabel}
        </label>
        <p id={hintId} className={styles.hint}>
          {presentStrings.contrastHint}
        </p>
      </div>
    </section>
  );
}
