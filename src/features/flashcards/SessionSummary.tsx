import { useId, useMemo, type Ref } from 'react';
import { Link } from 'react-router';
import { summarizeSession, type StudyState } from '@/domain/flashcards-session';
import type { Progress } from '@/domain/progress-schema';
import buttons from '@/components/ui/Button.module.css';
import { cx } from '@/components/ui/cx';
import { flashcardsStrings } from '@/strings/flashcards';
import styles from './Flashcards.module.css';

const t = flashcardsStrings;

interface SessionSummaryProps {
  headingRef: Ref<HTMLHeadingElement>;
  study: StudyState;
  progress: Progress;
  onRestart: () => void;
}

/** The end of a session: how many, how right, how long, and when the cards come back. */
export function SessionSummary({ headingRef, study, progress, onRestart }: SessionSummaryProps) {
  const comebackId = useId();
  const summary = useMemo(() => summarizeSession(study, progress), [study, progress]);
  return (
    <div className={styles.summary}>
      <h2 ref={headingRef} tabIndex={-1} className={styles.summaryTitle}>
        {t.summaryTitle}
      </h2>
      <dl className={styles.stats}>
        <div className={styles.stat}>
          <dt>{t.studied}</dt>
          <dd className={styles.statValue}>{summary.studied}</dd>
        </div>
        <div className={styles.stat}>
          <dt>{t.accuracy}</dt>
          {summary.accuracy === undefined ? (
            <>
              <dd className={styles.statValue}>{t.accuracyNone}</dd>
              <dd className={styles.statNote}>{t.accuracyNoneHint}</dd>
            </>
          ) : (
            <>
              <dd className={styles.statValue}>{t.percent(summary.accuracy)}</dd>
              <dd className={styles.statNote}>{t.accuracyNote(summary.right, summary.committed)}</dd>
            </>
          )}
        </div>
        <div className={styles.stat}>
          <dt>{t.time}</dt>
          <dd className={styles.statValue}>{t.duration(summary.timeMs)}</dd>
        </div>
      </dl>
      {summary.comeback.length || summary.unscheduled ? (
        <section aria-labelledby={comebackId}>
          <h3 id={comebackId} className={styles.subheading}>
            {t.comebackTitle}
          </h3>
          <ul className={styles.comeback}>
            {summary.comeback.map((group) => (
              <li key={`${group.unit}:${group.count}`}>{t.comeback(group.cards, group.count, group.unit)}</li>
            ))}
            {summary.unscheduled ? <li>{t.unscheduled(summary.unscheduled)}</li> : null}
          </ul>
        </section>
      ) : null}
      <p className={styles.actions}>
        <button type="button" className={cx(buttons.button, buttons.primary)} onClick={onRestart}>
          {t.studyMore}
        </button>
        <Link className={buttons.button} to="/progress">
          {t.seeProgress}
        </Link>
      </p>
    </div>
  );
}
