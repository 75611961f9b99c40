import { useEffect, useEffectEvent, useId, useState } from 'react';
import { cx } from '@/components/ui/cx';
import { remainingMs } from '@/domain/quiz';
import { timeWarning } from '@/domain/quiz-session';
import { quizStrings } from '@/strings/quiz';
import styles from './Quiz.module.css';

/** How often the clock reads the time; the display changes once a second. */
const TICK_MS = 250;

/**
 * The exam's countdown to a wall-clock deadline, so a reload or a sleeping
 * laptop cannot give time back. It calls `onExpire` once the deadline has
 * passed, also when it is already past on mount (an exam reopened too late).
 * Screen readers hear it only at 5 minutes and 1 minute left, not every second.
 */
export function ExamTimer({ deadline, onExpire }: { deadline: number; onExpire: () => void }) {
  const [now, setNow] = useState(() => Date.now());
  const labelId = useId();
  const expire = useEffectEvent(onExpire);
  useEffect(() => {
    if (Date.now() >= deadline) {
      expire();
      return undefined;
    }
    const timer = setInterval(() => {
      const at = Date.now();
      setNow(at);
      if (at >= deadline) {
        clearInterval(timer);
        expire();
      }
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [deadline]);

  const remaining = remainingMs(deadline, now);
  const warning = timeWarning(remaining);
  return (
    <p className={cx(styles.timer, warning !== 'none' && styles.timerWarn)}>
      <span id={labelId} className={styles.timerLabel}>{quizStrings.exam.timeLeft}</span>
      <span role="timer" aria-labelledby={labelId} className={styles.clock}>
        {quizStrings.clock(remaining)}
      </span>
      <span role="status" className={styles.warning}>
        {quizStrings.exam.warnings[warning]}
      </span>
    </p>
  );
}
