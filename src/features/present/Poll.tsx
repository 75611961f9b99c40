import { useId } from 'react';
import type { PresentDeck } from '@/domain/present-deck';
import type { Poll, Tally } from '@/domain/present-session';
import type { BucketId } from '@/domain/sort';
import { cx } from '@/components/ui/cx';
import { presentStrings } from '@/strings/present';
import { BucketLabel, RightIcon } from './BucketLabel';
import { bucketKey, bucketLabel, isOwnerBucket, keyHint } from './labels';
import styles from './Poll.module.css';

interface PollControlsProps {
  readonly deck: PresentDeck;
  readonly tally: Tally;
  readonly onVote: (bucket: BucketId, delta: 1 | -1) => void;
  /** The audience screen shows a slim row; the presenter view a panel with the key hint. */
  readonly variant: 'audience' | 'presenter';
}

/** The show of hands, entered by the presenter: − and + per bucket, or the bucket's key. */
export function PollControls({ deck, tally, onVote, variant }: PollControlsProps) {
  const titleId = useId();
  const hintId = useId();
  // On the room's screen the poll is a part of the page (h2); in the presenter view it sits under "On screen" (h3).
  const Heading = variant === 'audience' ? 'h2' : 'h3';
  return (
    <section className={cx(styles.controls, styles[variant])} aria-labelledby={titleId} aria-describedby={hintId}>
      <Heading id={titleId} className={styles.title}>
        {presentStrings.pollTitle}
      </Heading>
      <ul className={styles.buckets}>
        {deck.buckets.map((bucket, i) => {
          const label = bucketLabel(deck.answerKind, bucket);
          const key = bucketKey(deck, bucket);
          return (
            <li key={bucket} className={styles.bucket}>
              <BucketLabel kind={deck.answerKind} bucket={bucket} />
              <span className={styles.stepper}>
                <button
                  type="button"
                  className={styles.step}
                  aria-label={presentStrings.removeHand(label)}
                  aria-keyshortcuts={`Shift+${key} Shift+${i + 1}`}
                  onClick={() => onVote(bucket, -1)}
                >
                  <span aria-hidden="true">{presentStrings.minusSign}</span>
                </button>
                <span className={styles.count} data-bucket={bucket}>
                  {tally[bucket] ?? 0}
                </span>
                <button
                  type="button"
                  className={styles.step}
                  aria-label={presentStrings.addHand(label)}
                  aria-keyshortcuts={`${key} ${i + 1}`}
                  onClick={() => onVote(bucket, 1)}
                >
                  <span aria-hidden="true">{presentStrings.plusSign}</span>
                </button>
              </span>
              {variant === 'presenter' ? (
                <kbd className={styles.key} aria-hidden="true">
                  {key}
                </kbd>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p id={hintId} className={cx(styles.hint, variant === 'audience' && 'visually-hidden')}>
        {presentStrings.pollHint(keyHint(deck))}
      </p>
    </section>
  );
}

interface PollResultsProps {
  readonly deck: PresentDeck;
  readonly poll: Poll;
  readonly headingLevel: 2 | 3;
}

/** The room's split against the right answer: a bar, a count and a share per bucket; the right one marked with an icon and a word. */
export function PollResults({ deck, poll, headingLevel }: PollResultsProps) {
  const titleId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={styles.results} aria-labelledby={titleId}>
      <Heading id={titleId} className={styles.resultsTitle}>
        {presentStrings.resultsTitle}
      </Heading>
      {poll.hands === 0 ? (
        <p className={styles.summary}>{presentStrings.noHands}</p>
      ) : (
        <>
          <p className={styles.summary}>{presentStrings.roomRight(poll.rightShare, poll.hands)}</p>
          <ul className={styles.bars}>
            {poll.bars.map((bar) => (
              <li key={bar.bucket} className={cx(styles.bar, bar.right && styles.isRight)}>
                <span className={styles.barLabel}>
                  <BucketLabel kind={deck.answerKind} bucket={bar.bucket} />
                </span>
                <span className={styles.value}>{presentStrings.barValue(bar.count, bar.share)}</span>
                <span className={styles.track} aria-hidden="true">
                  <span
                    className={cx(styles.fill, deck.answerKind === 'owner' && isOwnerBucket(bar.bucket) && styles[bar.bucket])}
                    style={{ inlineSize: `${bar.share * 100}%` }}
                  />
                </span>
                {bar.right ? (
                  <span className={styles.rightMark}>
                    <RightIcon />
                    {presentStrings.rightAnswer}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
