import { useId, useMemo, type Ref } from 'react';
import { roughInterval } from '@/domain/flashcards-session';
import type { MemoryState } from '@/domain/progress-schema';
import { GRADES, previewDue, type Grade } from '@/domain/scheduling';
import { cx } from '@/components/ui/cx';
import { flashcardsStrings } from '@/strings/flashcards';
import styles from './Flashcards.module.css';

const t = flashcardsStrings;

interface GradeButtonsProps {
  suggestedRef: Ref<HTMLButtonElement>;
  suggested: Grade;
  memory: MemoryState | undefined;
  now: number;
  retention: number;
  cram: boolean;
  onGrade: (grade: Grade) => void;
}

/** Again, Hard, Good, Easy, each saying when the card would come back (cram: the schedule stays as it is). */
export function GradeButtons({ suggestedRef, suggested, memory, now, retention, cram, onGrade }: GradeButtonsProps) {
  const legendId = useId();
  const suggestedId = useId();
  const preview = useMemo(() => (cram ? undefined : previewDue(memory, now, retention)), [cram, memory, now, retention]);
  return (
    <div role="group" aria-labelledby={legendId} className={styles.controls}>
      <p id={legendId} className={styles.controlLegend}>
        {cram ? t.gradeLegendCram : t.gradeLegend}
      </p>
      <span id={suggestedId} hidden>
        {t.suggested}
      </span>
      <div className={styles.gradeButtons}>
        {GRADES.map((grade) => {
          const when = preview ? roughInterval(preview[grade] - now) : undefined;
          const isSuggested = grade === suggested;
          return (
            <button
              key={grade}
              ref={isSuggested ? suggestedRef : undefined}
              type="button"
              className={cx(styles.gradeButton, styles[grade], isSuggested && styles.suggested)}
              onClick={() => onGrade(grade)}
              aria-keyshortcuts={t.keys.grade[grade]}
              aria-label={when ? t.gradeName(t.grades[grade], t.interval(when.count, when.unit)) : t.grades[grade]}
              aria-describedby={isSuggested ? suggestedId : undefined}
            >
              {isSuggested ? (
                <span className={styles.tag} aria-hidden="true">
                  {t.suggested}
                </span>
              ) : null}
              <span className={styles.gradeName}>{t.grades[grade]}</span>
              {when ? (
                <span className={styles.gradeWhen}>{t.interval(when.count, when.unit)}</span>
              ) : null}
              <kbd aria-hidden="true">{t.keys.grade[grade]}</kbd>
            </button>
          );
        })}
      </div>
    </div>
  );
}
