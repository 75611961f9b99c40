import { useId, type ReactNode } from 'react';
import type { PresentDeck } from '@/domain/present-deck';
import { misconceptionBoard, roomSummary, type PresentSession } from '@/domain/present-session';
import type { ResponsibilityItem } from '@/domain/schema';
import { cx } from '@/components/ui/cx';
import { OwnerBadge } from '@/components/ui/OwnerBadge';
import { presentStrings } from '@/strings/present';
import { AnswerBadge } from './BucketLabel';
import { bucketLabel } from './labels';
import styles from './MisconceptionBoard.module.css';

interface BoardProps {
  readonly deck: PresentDeck;
  readonly session: Pick<PresentSession, 'votes'>;
  readonly items: ReadonlyMap<string, ResponsibilityItem>;
  readonly variant: 'audience' | 'presenter';
  /** The audience board is the page's main content (h2); in the presenter view it sits lower (h3). */
  readonly headingLevel: 2 | 3;
  readonly children?: ReactNode;
}

/** The end of a lesson: the items the room got most wrong, worst first, each with its right answer. */
export function MisconceptionBoard({ deck, session, items, variant, headingLevel, children }: BoardProps) {
  const titleId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const entries = misconceptionBoard(deck, session, variant === 'audience' ? 6 : 10);
  const summary = roomSummary(deck, session);
  return (
    <section className={cx(styles.board, styles[variant])} aria-labelledby={titleId}>
      <Heading id={titleId} className={styles.title}>
        {presentStrings.boardTitle}
      </Heading>
      {summary.hands === 0 ? (
        <p className={styles.lead}>{presentStrings.boardNoHands}</p>
      ) : (
        <>
          <p className={styles.lead}>{presentStrings.boardSummary(summary.polled, deck.cards.length, summary.right / summary.hands)}</p>
          <p className={styles.lead}>{entries.length ? presentStrings.boardLead : presentStrings.boardAllRight}</p>
        </>
      )}
      {entries.length ? (
        <ol className={styles.list}>
          {entries.map((entry) => {
            const item = items.get(entry.itemId);
            if (!item) return null;
            return (
              <li key={entry.itemId} className={styles.entry}>
                <p className={styles.duty}>{item.duty}</p>
                <p className={styles.meta}>
                  <strong>{presentStrings.boardWrong(entry.wrongShare, entry.hands)}</strong>
                  <span>{presentStrings.boardMostSaid(bucketLabel(deck.answerKind, entry.topWrong.bucket), entry.topWrong.count)}</span>
                </p>
                <span className={styles.track} aria-hidden="true">
                  <span className={styles.fill} style={{ inlineSize: `${entry.wrongShare * 100}%` }} />
                </span>
                <p className={styles.answer}>
                  <span className={styles.answerLabel}>{presentStrings.boardRight}</span>
                  <AnswerBadge kind={deck.answerKind} bucket={entry.answer} />
                  {deck.answerKind === 'owner' ? null : (
                    <>
                      <span className={styles.answerLabel}>{presentStrings.boardOwner}</span>
                      <OwnerBadge owner={item.owner} />
                    </>
                  )}
                </p>
              </li>
            );
          })}
        </ol>
      ) : null}
      {children}
    </section>
  );
}
