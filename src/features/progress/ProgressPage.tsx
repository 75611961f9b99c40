import { Link } from 'react-router';
import { daysUntil } from '@/domain/insights';
import { localDay } from '@/domain/progress';
import { OwnerBadge } from '@/components/ui/OwnerBadge';
import { Page } from '@/components/ui/Page';
import { ShareBar } from '@/components/ui/ShareBar';
import { timeZoneOffset, useNow } from '@/components/ui/use-now';
import { selectProgress, selectSettings, useAppStore } from '@/store';
import { useContent } from '@/store/content';
import { en } from '@/strings/en';
import { progressStrings } from '@/strings/progress';
import { ActivityCalendar } from './ActivityCalendar';
import { DataPanel } from './DataPanel';
import tables from '@/components/ui/Table.module.css';
import styles from './ProgressPage.module.css';
import { StudyHistory } from './StudyHistory';
import { examTime, useProgressFigures } from './use-progress-figures';

/** The study modes a first answer comes from, named and described as on Home. */
const FIRST_STEPS = ['flashcards', 'sort', 'quiz'] as const;

function FirstSteps() {
  return (
    <section aria-labelledby="first-steps-title" className={styles.empty}>
      <h2 id="first-steps-title" className={styles.firstStepsTitle}>
        {progressStrings.firstStepsLabel}
      </h2>
      <p>{progressStrings.empty}</p>
      <ul className={styles.firstSteps}>
        {FIRST_STEPS.map((mode) => (
          <li key={mode}>
            <Link to={`/${mode}`}>{en.nav[mode]}</Link>: {en.home.modes[mode]}
          </li>
        ))}
      </ul>
      <p className={styles.statNote}>
        <Link to="/settings">{progressStrings.firstStepsExam}</Link>
      </p>
    </section>
  );
}

export function ProgressPage() {
  const content = useContent();
  const progress = useAppStore(selectProgress);
  const settings = useAppStore(selectSettings);
  const now = useNow();
  const offset = timeZoneOffset(now);
  const figures = useProgressFigures(content, progress, settings, now, offset);
  const exam = examTime(settings.examDate);
  const { readiness } = figures;
  const today = localDay(now, offset);

  return (
    <Page title={en.progress.title} documentTitle={en.nav.progress} lead={en.progress.lead}>
      {figures.answers === 0 && readiness.studied === 0 ? (
        // Before a first answer every figure is a zero and every chart empty: the page says where to start instead.
        <FirstSteps />
      ) : (
        <>
          <section aria-label={progressStrings.summaryLabel} className={styles.summary}>
            <div className={styles.stat}>
              <h2 className={styles.statLabel}>{progressStrings.readiness}</h2>
              <p className={styles.statValue}>{en.format.percent(readiness.now)}</p>
              <p className={styles.statNote}>{progressStrings.readinessNote(en.format.percent(readiness.now), readiness.studied, readiness.total)}</p>
              {readiness.atExam !== undefined && exam !== undefined ? (
                <p className={styles.statNote}>{progressStrings.readinessAtExam(en.format.percent(readiness.atExam), daysUntil(exam, now), en.format.date(exam))}</p>
              ) : (
                <p className={styles.statNote}>
                  <Link to="/settings">{progressStrings.readinessNoExam}</Link>
                </p>
              )}
            </div>
            <div className={styles.stat}>
              <h2 className={styles.statLabel}>{progressStrings.streak}</h2>
              <p className={styles.statValue}>{progressStrings.streakValue(figures.streak)}</p>
              <p className={styles.statNote}>{progressStrings.streakNote}</p>
            </div>
            <div className={styles.stat}>
              <h2 className={styles.statLabel}>{progressStrings.dueToday}</h2>
              <p className={styles.statValue}>{figures.dueNow}</p>
              <p className={styles.statNote}>{progressStrings.dueNote(figures.forecast.reduce((a, b) => a + b, 0))}</p>
            </div>
            <div className={styles.stat}>
              <h2 className={styles.statLabel}>{progressStrings.studied}</h2>
              <p className={styles.statValue}>{progressStrings.studiedValue(readiness.studied, readiness.total)}</p>
            </div>
          </section>

          <section aria-labelledby="mastery-title" className={styles.section}>
            <h2 id="mastery-title">{progressStrings.masteryTitle}</h2>
            <table className={tables.table}>
              <caption className="visually-hidden">{progressStrings.masteryCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{progressStrings.categoryColumn}</th>
                  <th scope="col">{progressStrings.masteryColumn}</th>
                  <th scope="col">{progressStrings.studiedColumn}</th>
                </tr>
              </thead>
              <tbody>
                {figures.mastery.map((row) => (
                  <tr key={row.category.id}>
                    <th scope="row">
                      <Link to={`/model?category=${row.category.id}`}>{row.category.name}</Link>
                    </th>
                    <td>
                      <ShareBar share={row.mastery} size="wide" />
                      <span className={styles.barValue}>{en.format.percent(row.mastery)}</span>
                    </td>
                    <td>{progressStrings.studiedValue(row.studied, row.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <div className={styles.columns}>
            <section aria-labelledby="forecast-title" className={styles.section}>
              <h2 id="forecast-title">{progressStrings.forecastTitle}</h2>
              <table className={tables.table}>
                <caption className="visually-hidden">{progressStrings.forecastCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{progressStrings.dayColumn}</th>
                    <th scope="col">{progressStrings.dueColumn}</th>
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <th scope="row">{progressStrings.today}</th>
                    <td>{figures.dueNow}</td>
                  </tr>
                  {figures.forecast.map((count, index) => (
                    <tr key={index}>
                      <th scope="row">{en.format.weekday(now + (index + 1) * 86_400_000)}</th>
                      <td>{count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>

            <section aria-labelledby="activity-title" className={styles.section}>
              <h2 id="activity-title">{progressStrings.activityTitle}</h2>
              <ActivityCalendar activity={figures.activity} today={today} offset={offset} />
            </section>
          </div>

          <section aria-labelledby="misconceptions-title" className={styles.section}>
            <h2 id="misconceptions-title">{progressStrings.misconceptionsTitle}</h2>
            <p>{progressStrings.misconceptionsLead}</p>
            {figures.misconceptions.length ? (
              <ul className={styles.misconceptions}>
                {figures.misconceptions.map(({ item, chosen, times }) => (
                  <li key={item.id}>
                    <span className={styles.habit}>
                      {progressStrings.misconception(en.owner[chosen])} <OwnerBadge owner={chosen} />
                    </span>
                    <Link to={`/items/${item.id}`}>{item.duty}</Link>
                    <span className={styles.statNote}>{progressStrings.misconceptionTimes(times, en.owner[item.owner])}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className={styles.statNote}>{progressStrings.misconceptionsNone}</p>
            )}
          </section>

        </>
      )}

      <StudyHistory />

      <DataPanel />
    </Page>
  );
}
