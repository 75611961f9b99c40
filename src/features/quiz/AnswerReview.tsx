import { useMemo } from 'react';
import { cx } from '@/components/ui/cx';
import { OwnerBadge } from '@/components/ui/OwnerBadge';
import type { QuizQuestion } from '@/domain/quiz';
import { quotesFor } from '@/domain/quiz-session';
import { useContent } from '@/store/content';
import { quizStrings } from '@/strings/quiz';
import { Icon } from './Icons';
import { LETTERS } from './question-text';
import styles from './Quiz.module.css';

/** Every option with whether it is right, whether the learner chose it, and why. */
export function AnswerReview({ question, selected }: { question: QuizQuestion; selected: readonly string[] }) {
  const { items } = useContent();
  const byId = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  return (
    <ul className={styles.reviewOptions} aria-label={quizStrings.feedback.optionsLabel}>
      {question.options.map((option, index) => {
        const chosen = selected.includes(option.id);
        const item = option.itemId === undefined ? undefined : byId.get(option.itemId);
        return (
          <li key={option.id} className={cx(styles.reviewOption, option.correct && styles.isRight, chosen && !option.correct && styles.chosenWrong)}>
            <div className={styles.reviewHead}>
              <span className={styles.letter} aria-hidden="true">
                {LETTERS[index]}
              </span>
              <span className={styles.optionText}>{option.owner ? <OwnerBadge owner={option.owner} /> : <strong>{option.text}</strong>}</span>
              <span className={styles.tags}>
                {option.correct ? (
                  <span className={cx(styles.verdict, styles.isRight)}>
                    <Icon name="right" />
                    {quizStrings.feedback.correctOption}
                  </span>
                ) : chosen ? (
                  <span className={cx(styles.verdict, styles.isWrong)}>
                    <Icon name="wrong" />
                    {quizStrings.feedback.wrongOption}
                  </span>
                ) : null}
                {chosen ? <span className={cx(styles.verdict, styles.isNeutral)}>{quizStrings.feedback.yourChoice}</span> : null}
              </span>
            </div>
            <p className={styles.why}>{option.why}</p>
            {item && !option.owner ? (
              <p className={styles.itemOwner}>
                {quizStrings.feedback.itemOwner} <OwnerBadge owner={item.owner} />
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** The seed article's own words behind the items the question tests, with the article's title. */
export function SourceQuotes({ question }: { question: QuizQuestion }) {
  const { items, sources } = useContent();
  const quotes = useMemo(() => quotesFor(question, new Map(items.map((item) => [item.id, item])), sources), [question, items, sources]);
  if (quotes.length === 0) return null;
  const titles = [...new Set(quotes.map((q) => q.sourceTitle))];
  return (
    <div className={styles.quotes}>
      <h3 className={styles.quotesTitle}>{quizStrings.feedback.sourceTitle}</h3>
      {titles.map((title) => (
        <figure key={title} className={styles.quote}>
          {quotes
            .filter((q) => q.sourceTitle === title)
            .map((q) => (
              <blockquote key={q.itemId}>
                <p>{q.quote}</p>
              </blockquote>
            ))}
          <figcaption>{quizStrings.feedback.quoteFrom(title)}</figcaption>
        </figure>
      ))}
    </div>
  );
}
