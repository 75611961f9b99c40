import { useId } from 'react';
import { cx } from '@/components/ui/cx';
import { passed } from '@/domain/quiz';
import { selectQuizAttempts, useAppStore } from '@/store';
import { en } from '@/strings/en';
import { Icon } from './Icons';
import styles from './Quiz.module.css';

const RECENT = 5;

/** The latest attempts, newest first: when, which kind, the scaled score and whether it would pass. */
export function RecentAttempts() {
  const attempts = useAppStore(selectQuizAttempts);
  const titleId = useId();
  const recent = attempts.slice(-RECENT).reverse();
  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <h2 id={titleId}>{en.quiz.recent.title}</h2>
      {recent.length === 0 ? (
        <p className={styles.hint}>{en.quiz.recent.none}</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption className="visually-hidden">{en.quiz.recent.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{en.quiz.recent.date}</th>
                <th scope="col">{en.quiz.recent.mode}</th>
                <th scope="col">{en.quiz.recent.score}</th>
                <th scope="col">{en.quiz.recent.correct}</th>
                <th scope="col">{en.quiz.recent.result}</th>
              </tr>
            </thead>
            <tbody>
              {recent.map((attempt) => {
                const pass = passed(attempt.scaled);
                return (
                  <tr key={attempt.id}>
                    <th scope="row">{en.quiz.recent.when(attempt.finishedAt)}</th>
                    <td>{en.quiz.recent.modes[attempt.mode]}</td>
                    <td className={styles.numeric}>{attempt.scaled}</td>
                    <td className={styles.numeric}>{en.quiz.recent.correctOf(attempt.correct, attempt.total)}</td>
                    <td>
                      <span className={cx(styles.verdict, pass ? styles.isRight : styles.isWrong)}>
                        <Icon name={pass ? 'right' : 'wrong'} />
                        {pass ? en.quiz.result.passed : en.quiz.result.failed}
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
