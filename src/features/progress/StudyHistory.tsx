import { passed } from '@/domain/quiz';
import { SERVICES } from '@/domain/vocabulary';
import { selectQuizAttempts, selectSortBests, useAppStore } from '@/store';
import { en } from '@/strings/en';
import styles from './ProgressPage.module.css';

const RECENT = 10;

function sortKindLabel(key: string): string {
  const service = SERVICES.find((s) => key === `service:${s}`);
  if (service) return en.progress.sortService(en.service[service]);
  return en.progress.sortKinds.get(key) ?? key;
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
        <h2 id="sort-title">{en.progress.sortTitle}</h2>
        {bests.length ? (
          <table className={styles.table}>
            <caption className="visually-hidden">{en.progress.sortCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{en.progress.sortKindColumn}</th>
                <th scope="col">{en.progress.bestColumn}</th>
                <th scope="col">{en.progress.timeColumn}</th>
              </tr>
            </thead>
            <tbody>
              {bests.map(([key, best]) => (
                <tr key={key}>
                  <th scope="row">{sortKindLabel(key)}</th>
                  <td>{en.progress.sortScore(best.correct, best.total)}</td>
                  <td>{en.progress.duration(best.ms)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className={styles.statNote}>{en.progress.sortNone}</p>
        )}
      </section>
      <section aria-labelledby="quiz-title" className={styles.section}>
        <h2 id="quiz-title">{en.progress.quizTitle}</h2>
        {recent.length ? (
          <table className={styles.table}>
            <caption className="visually-hidden">{en.progress.quizCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{en.progress.whenColumn}</th>
                <th scope="col">{en.progress.modeColumn}</th>
                <th scope="col">{en.progress.scoreColumn}</th>
                <th scope="col">{en.progress.resultColumn}</th>
              </tr>
            </thead>
            <tbody>
              {recent.map((attempt) => (
                <tr key={attempt.id}>
                  <th scope="row">{en.format.date(attempt.finishedAt)}</th>
                  <td>{en.progress.quizModes[attempt.mode]}</td>
                  <td>{en.progress.quizScore(attempt.correct, attempt.total, attempt.scaled)}</td>
                  <td>{passed(attempt.scaled) ? en.progress.passed : en.progress.notPassed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className={styles.statNote}>{en.progress.quizNone}</p>
        )}
      </section>
    </div>
  );
}
