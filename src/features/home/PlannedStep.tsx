import { Link } from 'react-router';
import { misconceptions, readiness, studyStreak } from '@/domain/insights';
import { dueItemIds, newItemIds } from '@/domain/progress';
import type { Progress } from '@/domain/progress-schema';
import { timeZoneOffset, useNow } from '@/components/ui/use-now';
import { useContent } from '@/store/content';
import { en } from '@/strings/en';
import styles from './HomePage.module.css';
import { START, type Step } from './step';
import { StepBox } from './StepBox';

/** A returning learner's next step, worked out from their progress and the content (loaded with this module). */
export function PlannedStep({ progress }: { progress: Progress }) {
  const { items } = useContent();
  const now = useNow();
  const ids = items.map((item) => item.id);
  const due = dueItemIds(progress, ids, now).length;
  const habits = misconceptions(progress, items).length;
  const unseen = newItemIds(progress, ids).length;
  const studied = ids.length - unseen;
  const ready = readiness(progress, ids, now);
  const streak = studyStreak(progress, now, timeZoneOffset(now));

  const step: Step =
    studied === 0
      ? START
      : due > 0
        ? { to: '/flashcards', label: en.next.reviewDue, text: en.next.due(due) }
        : habits > 0
          ? { to: '/sort', label: en.next.fixMisconceptions, text: en.next.misconceptionsWaiting(habits) }
          : unseen > 0
            ? { to: '/flashcards', label: en.next.learnNew, text: en.next.newWaiting(unseen) }
            : { to: '/quiz', label: en.next.testYourself, text: en.next.allStudied };

  return (
    <StepBox step={step}>
      {studied > 0 && due === 0 ? <p>{en.next.nothingDue}</p> : null}
      <p>{step.text}</p>
      <p className={styles.nextActions}>
        <Link className={styles.cta} to={step.to}>
          {step.label}
        </Link>
        {studied > 0 ? <Link to="/progress">{en.next.seeProgress}</Link> : null}
      </p>
      {studied > 0 ? (
        <p className={styles.nextStats}>
          <span>{en.next.readiness(en.format.percent(ready.now))}</span>
          <span>{en.next.streak(streak)}</span>
        </p>
      ) : null}
    </StepBox>
  );
}
