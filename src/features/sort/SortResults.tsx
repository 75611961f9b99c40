import { useMemo } from 'react';
import { Link, useHref } from 'react-router';
import { retrySpec, type SortRound, type SortRoundSpec } from '@/domain/sort';
import { cx } from '@/components/ui/cx';
import buttons from '@/components/ui/Button.module.css';
import { selectSortBests, useAppStore } from '@/store';
import { useContent } from '@/store/content';
import { sortStrings } from '@/strings/sort';
import { BucketBadge } from './BucketIcon';
import { Explanation } from './SortPieces';
import { bestKey, type RoundFinish } from './sort-labels';
import styles from './Sort.module.css';

interface SortResultsProps {
  round: SortRound;
  finish: RoundFinish;
  retry: boolean;
  headingId: string;
  /** The search string that reproduces the round. */
  link: string;
  onRetry: (spec: SortRoundSpec) => void;
  onPlayAgain: () => void;
  onChooseAnother: () => void;
}

/** The end of a round: score and time, the best so far, each mistake with its reason and source, and what next. */
export function SortResults({ round, finish, retry, headingId, link, onRetry, onPlayAgain, onChooseAnother }: SortResultsProps) {
  const { items, sources } = useContent();
  const itemsById = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  const best = useAppStore(selectSortBests)[bestKey(round.kind, round.service)];
  const { score, ms, newBest, placement } = finish;
  const again = retrySpec(round, score);
  const href = useHref({ pathname: '/sort', search: link });
  const absolute = new URL(href, window.location.href).href;
  const right = round.cards.filter((card) => placement[card.itemId] === card.answer);

  return (
    <section aria-labelledby={headingId} className={styles.results}>
      <h2 id={headingId} tabIndex={-1} className={styles.resultsTitle}>
        {sortStrings.resultsTitle}
      </h2>
      <dl className={styles.figures}>
        <div className={styles.figure}>
          <dt>{sortStrings.score}</dt>
          <dd>{sortStrings.scoreValue(score.correct, score.total)}</dd>
        </div>
        <div className={styles.figure}>
          <dt>{sortStrings.time}</dt>
          <dd>{sortStrings.clock(ms)}</dd>
        </div>
      </dl>
      {retry ? (
        <p className={styles.hint}>{sortStrings.retryNotSaved}</p>
      ) : newBest ? (
        <p className={styles.newBest}>{sortStrings.newBest}</p>
      ) : best ? (
        <p className={styles.hint}>{sortStrings.bestSoFar(best.correct, best.total, sortStrings.clock(best.ms))}</p>
      ) : null}

      <div className={styles.resultActions}>
        {again ? (
          <button type="button" className={cx(buttons.button, buttons.primary)} onClick={() => onRetry(again)}>
            {sortStrings.retry(score.mistakes.length)}
          </button>
        ) : null}
        <button type="button" className={cx(buttons.button, !again && buttons.primary)} onClick={onPlayAgain}>
          {sortStrings.playAgain}
        </button>
        <button type="button" className={buttons.button} onClick={onChooseAnother}>
          {sortStrings.chooseAnother}
        </button>
      </div>

      <section aria-labelledby={`${headingId}-mistakes`} className={styles.resultsSection}>
        <h3 id={`${headingId}-mistakes`}>{score.mistakes.length ? sortStrings.mistakesTitle(score.mistakes.length) : sortStrings.mistakesTitle(0)}</h3>
        {score.mistakes.length ? (
          <ol className={styles.mistakes}>
            {score.mistakes.map((mistake) => {
              const item = itemsById.get(mistake.itemId);
              if (!item) return null;
              const source = sources.find((s) => s.id === item.source.ref);
              return (
                <li key={mistake.itemId} className={styles.mistake}>
                  <h4 className={styles.mistakeDuty}>{item.duty}</h4>
                  <dl className={styles.mistakeFacts}>
                    <div>
                      <dt>{sortStrings.youChose}</dt>
                      <dd>
                        <BucketBadge bucket={mistake.placed} />
                      </dd>
                    </div>
                    <div>
                      <dt>{sortStrings.answerWas}</dt>
                      <dd>
                        <BucketBadge bucket={mistake.answer} />
                      </dd>
                    </div>
                  </dl>
                  <Explanation item={item} service={round.service} />
                  {item.source.quote ? (
                    <figure className={styles.quote}>
                      <blockquote>
                        <p>{item.source.quote}</p>
                      </blockquote>
                      <figcaption>{sortStrings.quoteFrom(source?.title ?? item.source.ref)}</figcaption>
                    </figure>
                  ) : null}
                  <Link to={`/items/${item.id}`}>{sortStrings.readMore}</Link>
                </li>
              );
            })}
          </ol>
        ) : (
          <p>{sortStrings.noMistakes}</p>
        )}
      </section>

      {right.length ? (
        <details className={styles.rightList}>
          <summary>{sortStrings.rightTitle(right.length)}</summary>
          <ul>
            {right.map((card) => (
              <li key={card.itemId}>
                <span>{card.duty}</span> <BucketBadge bucket={card.answer} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      {retry ? null : (
        <p className={styles.roundLink}>
          <span className={styles.roundLinkLabel}>{sortStrings.roundLink}</span> <a href={href}>{absolute}</a>
          <span className={styles.hint}>{sortStrings.roundLinkHint}</span>
        </p>
      )}
    </section>
  );
}
