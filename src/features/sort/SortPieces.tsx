import { useDraggable, useDroppable, type DraggableSyntheticListeners } from '@dnd-kit/core';
import { memo, useId, type KeyboardEvent, type ReactNode } from 'react';
import type { BucketKey } from '@/domain/sort-keys';
import type { BucketId, SortCard } from '@/domain/sort';
import type { ResponsibilityItem, Service } from '@/domain/schema';
import { cx } from '@/components/ui/cx';
import { useNow } from '@/components/ui/use-now';
import { sortStrings } from '@/strings/sort';
import { en } from '@/strings/en';
import { BucketIcon, GripIcon, Verdict } from './BucketIcon';
import { bucketLabel } from './sort-labels';
import styles from './Sort.module.css';
import { toneClass } from './tone';

/** The elapsed time of a round, ticking each second until the round stops. */
export function RoundTimer({ startedAt, stoppedMs }: { startedAt: number; stoppedMs?: number | undefined }) {
  const now = useNow(1000);
  const ms = stoppedMs ?? Math.max(0, now - startedAt);
  return (
    <span role="timer" className={styles.statValue}>
      {sortStrings.clock(ms)}
    </span>
  );
}

interface DraggableCardProps {
  card: SortCard;
  domId: string;
  selected: boolean;
  /** In a bucket the card is smaller. */
  placed?: boolean;
  /** Called with the card's item id; the same function for every card, so the cards can be memoized. */
  onSelect: (itemId: string) => void;
  onKeyDown: (itemId: string, event: KeyboardEvent<HTMLButtonElement>, listeners: DraggableSyntheticListeners) => void;
}

/**
 * A card that can be dragged (mouse, pen, touch or keyboard), clicked to select
 * it for a bucket, or sent to a bucket with a key. dnd-kit's attributes and
 * listeners sit on the <button>, so the <li> stays a list item. Memoized: a
 * placement re-renders the card it moved, not the whole pile.
 */
export const DraggableCard = memo(function DraggableCard({ card, domId, selected, placed = false, onSelect, onKeyDown }: DraggableCardProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: card.itemId,
    attributes: { roleDescription: sortStrings.cardRole },
  });
  return (
    <li ref={setNodeRef} className={cx(styles.card, placed && styles.cardPlaced, isDragging && styles.cardDragging)}>
      <button
        ref={setActivatorNodeRef}
        id={domId}
        type="button"
        className={cx(styles.cardButton, selected && styles.cardSelected)}
        {...attributes}
        {...listeners}
        aria-pressed={selected || isDragging}
        onClick={(event) => {
          event.stopPropagation();
          onSelect(card.itemId);
        }}
        onKeyDown={(event) => onKeyDown(card.itemId, event, listeners)}
      >
        <GripIcon />
        <span className={styles.duty}>{card.duty}</span>
      </button>
    </li>
  );
});

/** What the dragged card looks like under the pointer: a picture of the card, which screen readers already know. */
export function CardOverlay({ card }: { card: SortCard }) {
  return (
    <div className={styles.overlay} aria-hidden="true">
      <GripIcon />
      <span className={styles.duty}>{card.duty}</span>
    </div>
  );
}

/** Why an item belongs where it does: the service's own note first on service rounds, then the misconception. */
export function Explanation({ item, service, misconception = true }: { item: ResponsibilityItem; service?: Service | undefined; misconception?: boolean }) {
  const note = service ? item.byService?.[service]?.note : undefined;
  return (
    <div className={styles.explanation}>
      {service && note ? (
        <p>
          <strong>{sortStrings.serviceNote(en.service[service])}: </strong>
          {note}
        </p>
      ) : null}
      <p>{item.explanation}</p>
      {misconception && item.misconception ? (
        <p className={styles.misconception}>
          <strong>{sortStrings.misconception}: </strong>
          {item.misconception}
        </p>
      ) : null}
    </div>
  );
}

/** A card judged at once: it stays where it was put, marked right or wrong, with the reason a click away. */
export const JudgedCard = memo(function JudgedCard({
  card,
  bucket,
  item,
  service,
}: {
  card: SortCard;
  bucket: BucketId;
  item: ResponsibilityItem | undefined;
  service?: Service | undefined;
}) {
  const correct = card.answer === bucket;
  return (
    <li className={cx(styles.card, styles.cardPlaced, styles.judged, correct ? styles.judgedRight : styles.judgedWrong)}>
      <span className={styles.judgement}>
        <span className={styles.duty}>{card.duty}</span>
        <Verdict correct={correct} />
      </span>
      {correct ? null : <span>{sortStrings.belongsIn(bucketLabel(card.answer))}</span>}
      {!correct && item ? (
        <details className={styles.why}>
          <summary>{sortStrings.why}</summary>
          <Explanation item={item} service={service} />
        </details>
      ) : null}
    </li>
  );
});

interface BucketProps {
  keyInfo: BucketKey;
  index: number;
  count: number;
  /** A card is selected: clicking anywhere on the bucket puts it here. */
  choosing: boolean;
  onChoose: () => void;
  children: ReactNode;
}

/** A labelled drop target showing its key, its colour and icon, and the cards in it. */
export function Bucket({ keyInfo, index, count, choosing, onChoose, children }: BucketProps) {
  const { bucket, letter, number } = keyInfo;
  const { setNodeRef, isOver } = useDroppable({ id: bucket, data: { index } });
  const headingId = useId();
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      className={cx(styles.bucket, toneClass(bucket), isOver && styles.bucketOver, choosing && styles.bucketChoosing)}
      onClick={
        choosing
          ? (event) => {
              // A click on something of its own inside the bucket (a card's "Why") is not a choice of bucket.
              if (event.target instanceof Element && event.target.closest('button, summary, a')) return;
              onChoose();
            }
          : undefined
      }
      data-bucket={bucket}
    >
      <div className={styles.bucketHead}>
        <h2 id={headingId} className={styles.bucketTitle}>
          <BucketIcon bucket={bucket} className={styles.bucketIcon} />
          {bucketLabel(bucket)}
        </h2>
        <p className={styles.bucketHint}>{sortStrings.bucketHints[bucket]}</p>
        <p className={styles.bucketMeta}>
          <span>
            {sortStrings.keyLabel} <kbd className={styles.kbd}>{letter}</kbd> {sortStrings.keyOr} <kbd className={styles.kbd}>{number}</kbd>
          </span>
          <span>{sortStrings.bucketCount(count)}</span>
        </p>
      </div>
      {count ? <ul className={styles.bucketCards}>{children}</ul> : <p className={styles.bucketEmpty}>{sortStrings.bucketEmpty}</p>}
    </section>
  );
}

interface PlaceBarProps {
  card: SortCard;
  keys: readonly BucketKey[];
  onPlace: (bucket: BucketId) => void;
  onCancel: () => void;
}

/** After a tap or click on a card: one button per bucket, kept at the bottom of the screen (the single-pointer way to sort). */
export function PlaceBar({ card, keys, onPlace, onCancel }: PlaceBarProps) {
  const titleId = useId();
  return (
    <div className={styles.placeBar} role="group" aria-labelledby={titleId}>
      <p id={titleId} className={styles.placeBarTitle}>
        {sortStrings.placeBarTitle(card.duty)}
      </p>
      <div className={styles.placeBarButtons}>
        {keys.map(({ bucket, letter }) => (
          <button key={bucket} type="button" className={cx(styles.placeButton, toneClass(bucket))} onClick={() => onPlace(bucket)}>
            <BucketIcon bucket={bucket} />
            {bucketLabel(bucket)}
            <kbd className={styles.kbd} aria-hidden="true">
              {letter}
            </kbd>
          </button>
        ))}
        <button type="button" className={styles.placeCancel} onClick={onCancel}>
          {sortStrings.cancelSelection}
        </button>
      </div>
    </div>
  );
}

/**
 * The verdict on the last placement, in "right away" rounds, kept at the bottom
 * of the screen: one line when right; when wrong, why and the usual misconception.
 */
export function FeedbackPanel({ card, bucket, item, service, onDismiss }: FeedbackPanelProps) {
  const correct = card.answer === bucket;
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={cx(styles.feedback, correct ? styles.feedbackRight : styles.feedbackWrong)}>
      <div className={styles.feedbackHead}>
        <h2 id={headingId} className={styles.feedbackTitle}>
          {sortStrings.feedbackTitle}
        </h2>
        <button type="button" className={styles.feedbackDismiss} onClick={onDismiss}>
          {sortStrings.dismissFeedback}
        </button>
      </div>
      <p className={styles.feedbackVerdict}>
        <Verdict correct={correct} />
        <span className={styles.feedbackDuty}>{card.duty}</span>
        <span>{sortStrings.belongsIn(bucketLabel(card.answer))}</span>
      </p>
      {!correct && item ? <Explanation item={item} service={service} /> : null}
    </section>
  );
}

interface FeedbackPanelProps {
  card: SortCard;
  bucket: BucketId;
  item: ResponsibilityItem | undefined;
  service?: Service | undefined;
  onDismiss: () => void;
}
