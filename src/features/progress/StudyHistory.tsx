import { passed } from '@/domain/quiz';
import { SERVICES } from '@/domain/vocabulary';
import { selectQuizAttempts, selectSortBests, useAppStore } from '@/store';
import { en } from '@/strings/en';
import { progressStrings } from '@/strings/progress';
import tables from '@/components/ui/Table.module.css';
import styles from './ProgressPage.module.css';

const RECENT = 10;

function sortKindLabel(key: string): string {
  const service = SERVICES.find((s) => key === `service:${s}`);
  if (service) return progressStrings.sortService(en.service[service]);
  return progressStrings.sortKinds.get(key) ?? key;
}

/** Best sort rounds and recent quiz attempts, as the modes saved them. */
export function StudyHistory() {
  const sortBests = useAppStore(selectSortBests);
  const attempts = useAppStore(selectQuizAttempts);
  const bests = Object.entries(sortBests);
  const recent = attempts.slice(-RECENT).reverse();
  return (
    <div className={styles.columns}>
      <section aria-labelledby="sort-title" className={styles.section}>
        <h2 id="sort-title">{progressStrings.sortTitle}</h2>
        {bests.length ? (
          <table className={tables.table}>
            <caption className="visually-hidden">{progressStrings.sortCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{progressStrings.sortKindColumn}</th>
                <th scope="col">{progressStrings.bestColumn}</th>
                <th scope="col">{progressStrings.timeColumn}</th>
              </tr>
            </thead>
            <tbody>
              {bests.map(([key, best]) => (
                <tr key={key}>
                  <th scope="row">{sortKindLabel(key)}</th>
                  <td>{progressStrings.sortScore(best.correct, best.total)}</td>
                  <td>{progressStrings.duration(best.ms)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className={styles.statNote}>{progressStrings.sortNone}</p>
        )}
      </section>
      <section aria-labelledby="quiz-title" className={styles.section}>
        <h2 id="quiz-title">{progressStrings.quizTitle}</h2>
        {recent.length ? (
          <table className={tables.table}>
            <caption className="visually-hidden">{progressStrings.quizCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{progressStrings.whenColumn}</th>
                <th scope="col">{progressStrings.modeColumn}</th>
                <th scope="col">{progressStrings.scoreColumn}</th>
                <th scope="col">{progressStrings.resultColumn}</th>
              </tr>
            </thead>
            <tbody>
              {recent.map((attempt) => (
                <tr key={attempt.id}>
                  <th scope="row">{en.format.date(attempt.finishedAt)}</th>
                  <td>{progressStrings.quizModes[attempt.mode]}</td>
                  <td>{progressStrings.quizScore(attempt.correct, attempt.total, attempt.scaled)}</td>
                  <td>{passed(attempt.scaled) ? progressStrings.passed : progressStrings.notPassed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className={styles.statNote}>{progressStrings.quizNone}</p>
        )}
      </section>
    </div>
  );
}
