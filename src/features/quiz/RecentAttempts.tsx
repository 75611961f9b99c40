import { useId } from 'react';
import { cx } from '@/components/ui/cx';
import { passed } from '@/domain/quiz';
import { selectQuizAttempts, useAppStore } from '@/store';
import { quizStrings } from '@/strings/quiz';
import { Icon } from './Icons';
import tables from '@/components/ui/Table.module.css';
import styles from './Quiz.module.css';

const RECENT = 5;

/** The latest attempts, newest first: when, which kind, the scaled score and whether it would pass. */
export function RecentAttempts() {
  const attempts = useAppStore(selectQuizAttempts);
  const titleId = useId();
  const recent = attempts.slice(-RECENT).reverse();
  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <h2 id={titleId}>{quizStrings.recent.title}</h2>
      {recent.length === 0 ? (
        <p className={styles.hint}>{quizStrings.recent.none}</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={cx(tables.table, styles.table)}>
            <caption className="visually-hidden">{quizStrings.recent.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{quizStrings.recent.date}</th>
                <th scope="col">{quizStrings.recent.mode}</th>
                <th scope="col">{quizStrings.recent.score}</th>
                <th scope="col">{quizStrings.recent.correct}</th>
                <th scope="col">{quizStrings.recent.result}</th>
              </tr>
            </thead>
            <tbody>
              {recent.map((attempt) => {
                const pass = passed(attempt.scaled);
                return (
                  <tr key={attempt.id}>
                    <th scope="row">{quizStrings.recent.when(attempt.finishedAt)}</th>
                    <td>{quizStrings.recent.modes[attempt.mode]}</td>
                    <td className={styles.numeric}>{attempt.scaled}</td>
                    <td className={styles.numeric}>{quizStrings.recent.correctOf(attempt.correct, attempt.total)}</td>
                    <td>
                      <span className={cx(styles.verdict, pass ? styles.isRight : styles.isWrong)}>
                        <Icon name={pass ? 'right' : 'wrong'} />
                        {pass ? quizStrings.result.passed : quizStrings.result.failed}
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
