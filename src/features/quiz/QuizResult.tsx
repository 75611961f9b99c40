import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import btn from '@/components/ui/Button.module.css';
import { ShareBar } from '@/components/ui/ShareBar';
import { cx } from '@/components/ui/cx';
import { isCorrect, PASS_MARK, passed } from '@/domain/quiz';
import { quizStrings } from '@/strings/quiz';
import { en } from '@/strings/en';
import { AnswerReview, SourceQuotes } from './AnswerReview';
import type { FinishedQuiz } from './attempt';
import { Icon } from './Icons';
import { stemText } from './question-text';
import tables from '@/components/ui/Table.module.css';
import styles from './Quiz.module.css';

const SCALE_MIN = 100;
const SCALE_MAX = 1000;
const along = (score: number): string => `${((score - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)) * 100}%`;

interface QuizResultProps {
  finished: FinishedQuiz;
  categoryName: (id: string) => string;
  onAgain: () => void;
  onNew: () => void;
}

/** The score on the exam's scale, the breakdown per category, the time taken, and every question explained. */
export function QuizResult({ finished, categoryName, onAgain, onNew }: QuizResultProps) {
  const { attempt, questions, spec, timedOut, flagged } = finished;
  const [onlyMissed, setOnlyMissed] = useState(false);
  const baseId = useId();
  const pass = passed(attempt.scaled);
  const percent = attempt.total ? Math.round((attempt.correct / attempt.total) * 100) : 0;
  const rows = useMemo(
    () =>
      questions.map((question, index) => {
        const selected = attempt.answers[question.id] ?? [];
        const verdict = selected.length === 0 ? ('unanswered' as const) : isCorrect(question, selected) ? ('right' as const) : ('wrong' as const);
        return { question, index, selected, verdict, ms: attempt.msPerQuestion[question.id] ?? 0 };
      }),
    [questions, attempt],
  );
  const shown = onlyMissed ? rows.filter((r) => r.verdict !== 'right') : rows;
  const used = attempt.finishedAt - attempt.startedAt;
  const itemCount = useMemo(() => new Set(questions.flatMap((q) => q.itemIds)).size, [questions]);
  const timed = rows.reduce((sum, r) => sum + r.ms, 0);

  return (
    <div className={styles.session}>
      <section className={styles.score} aria-labelledby={`${baseId}-score`}>
        <h2 id={`${baseId}-score`} className={styles.scoreLabel}>
          {quizStrings.result.scoreLabel}
        </h2>
        <p className={styles.scoreLine}>
          <span className={styles.scoreValue}>{attempt.scaled}</span>
          <span className={styles.scoreOf}>{quizStrings.result.scoreOf}</span>
          <span className={cx(styles.verdict, styles.passBadge, pass ? styles.isRight : styles.isWrong)}>
            <Icon name={pass ? 'right' : 'wrong'} />
            {pass ? quizStrings.result.passed : quizStrings.result.failed}
          </span>
        </p>
        <div className={styles.scale} aria-hidden="true">
          <span className={styles.scaleFill} style={{ inlineSize: along(attempt.scaled) }} />
          <span className={styles.passLine} style={{ insetInlineStart: along(PASS_MARK) }} />
          <span className={styles.passLineLabel} style={{ insetInlineStart: along(PASS_MARK) }}>
            {quizStrings.result.passMark(PASS_MARK)}
          </span>
        </div>
        <p className="visually-hidden">{quizStrings.result.scoreText(attempt.scaled, PASS_MARK)}</p>
        <p className={styles.instruction}>{quizStrings.result.summary(attempt.correct, attempt.total, percent)}</p>
        {timedOut ? (
          <p className={styles.note} role="status">
            {quizStrings.result.timedOut}
          </p>
        ) : null}
        <p className={styles.hint}>
          {spec.mode === 'exam'
            ? quizStrings.result.timeUsed(quizStrings.duration(used), quizStrings.duration(spec.minutes * 60_000))
            : quizStrings.result.timeTotal(quizStrings.duration(timed))}{' '}
          {attempt.total ? quizStrings.result.averageTime(quizStrings.duration(timed / attempt.total)) : null}
        </p>
        <p className={styles.hint}>{quizStrings.result.estimate}</p>
        <p className={styles.hint}>
          {quizStrings.result.recordedNote(itemCount)} <Link to="/progress">{quizStrings.result.seeProgress}</Link>
        </p>
        <div className={styles.actions}>
          <button type="button" className={cx(btn.button, btn.primary)} onClick={onNew}>
            {quizStrings.result.newQuiz}
          </button>
          <button type="button" className={btn.button} onClick={onAgain}>
            {quizStrings.result.again}
          </button>
        </div>
      </section>

      <section className={styles.section} aria-labelledby={`${baseId}-categories`}>
        <h2 id={`${baseId}-categories`}>{quizStrings.result.categoriesTitle}</h2>
        <div className={styles.tableWrap}>
          <table className={cx(tables.table, styles.table)}>
            <caption className="visually-hidden">{quizStrings.result.categoriesCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{quizStrings.result.category}</th>
                <th scope="col">{quizStrings.result.right}</th>
                <th scope="col">{quizStrings.result.share}</th>
              </tr>
            </thead>
            <tbody>
              {attempt.byCategory.map((c) => {
                const share = c.total ? c.correct / c.total : 0;
                return (
                  <tr key={c.category}>
                    <th scope="row">{categoryName(c.category)}</th>
                    <td className={styles.numeric}>{quizStrings.recent.correctOf(c.correct, c.total)}</td>
                    <td className={styles.numeric}>
                      <ShareBar share={share} size="narrow" />
                      {en.format.percent(share)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section className={styles.section} aria-labelledby={`${baseId}-review`}>
        <h2 id={`${baseId}-review`}>{quizStrings.result.reviewTitle}</h2>
        <p>{quizStrings.result.reviewLead}</p>
        <label className={styles.check}>
          <input type="checkbox" checked={onlyMissed} onChange={(event) => setOnlyMissed(event.target.checked)} />
          {quizStrings.result.onlyMissed}
        </label>
        {shown.length === 0 ? <p>{quizStrings.result.nothingMissed}</p> : null}
        <ol className={styles.reviewItems}>
          {shown.map(({ question, index, selected, verdict, ms }) => (
            <li key={question.id}>
              <details className={styles.details} open={verdict !== 'right'}>
                <summary>
                  <span className={styles.summaryHead}>
                    {quizStrings.result.reviewItem(index)}{' '}
                    <span className={cx(styles.verdict, verdict === 'right' ? styles.isRight : styles.isWrong)}>
                      <Icon name={verdict === 'right' ? 'right' : verdict === 'wrong' ? 'wrong' : 'none'} />
                      {quizStrings.result.verdict[verdict]}
                    </span>{' '}
                    {flagged.includes(question.id) ? (
                      <span className={cx(styles.verdict, styles.isNeutral)}>
                        <Icon name="flag" />
                        {quizStrings.result.flagged}
                      </span>
                    ) : null}{' '}
                    <span className={styles.meta}>{quizStrings.result.meta(categoryName(question.category), quizStrings.duration(ms))}</span>
                  </span>
                  <span className={styles.summaryStem}>{stemText(question)}</span>
                </summary>
                <div className={styles.detailsBody}>
                  <AnswerReview question={question} selected={selected} />
                  <SourceQuotes question={question} />
                </div>
              </details>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
