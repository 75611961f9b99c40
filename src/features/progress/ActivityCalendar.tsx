import { DAY_MS } from '@/domain/progress';
import { en } from '@/strings/en';
import { progressStrings } from '@/strings/progress';
import styles from './ProgressPage.module.css';

const WEEKS = 20;

function level(count: number): number {
  if (count === 0) return 0;
  if (count < 5) return 1;
  if (count < 15) return 2;
  if (count < 40) return 3;
  return 4;
}

/** A GitHub-style calendar of the last 20 weeks: one square a day, darker for more answers. */
export function ActivityCalendar({ activity, today, offset }: { activity: ReadonlyMap<number, number>; today: number; offset: number }) {
  const days = Array.from({ length: WEEKS * 7 }, (_, i) => today - (WEEKS * 7 - 1 - i));
  const active = days.filter((day) => (activity.get(day) ?? 0) > 0).length;
  const dateOf = (day: number) => day * DAY_MS + offset * 60_000 + 12 * 3_600_000;
  return (
    <>
      <p>{progressStrings.activitySummary(active, WEEKS)}</p>
      <div className={styles.calendar} role="img" aria-label={progressStrings.activitySummary(active, WEEKS)}>
        {days.map((day) => {
          const count = activity.get(day) ?? 0;
          return <span key={day} className={styles.day} data-level={level(count)} title={progressStrings.activityCell(count, en.format.weekday(dateOf(day)))} />;
        })}
      </div>
      <p className={styles.legend} aria-hidden="true">
        {progressStrings.activityLegendLess}
        {[0, 1, 2, 3, 4].map((l) => (
          <span key={l} className={styles.day} data-level={l} />
        ))}
        {progressStrings.activityLegendMore}
      </p>
    </>
  );
}
