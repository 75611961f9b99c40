import {
  DndContext,
  DragOverlay,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
  type DraggableSyntheticListeners,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Progress } from '@/domain/progress-schema';
import { place, scoreRound, unplaced, type BucketId, type Placement, type SortRound, type SortRoundSpec } from '@/domain/sort';
import { bucketForKey, bucketKeys, isUndoKey } from '@/domain/sort-keys';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { cx } from '@/components/ui/cx';
import { Page } from '@/components/ui/Page';
import buttons from '@/components/ui/Button.module.css';
import { selectProgress, selectRestoreProgress, selectSaveSortResult, useAppStore } from '@/store';
import { record } from '@/store/recording';
import { useContent } from '@/store/content';
import { sortStrings } from '@/strings/sort';
import { en } from '@/strings/en';
import { Bucket, CardOverlay, DraggableCard, FeedbackPanel, JudgedCard, PlaceBar, RoundTimer } from './SortPieces';
import { SortResults } from './SortResults';
import { KEYBOARD_OPTIONS, KeyboardSensor, MouseAndPenSensor, POINTER_OPTIONS, TOUCH_OPTIONS, TouchSensor, bucketCollision } from './sort-dnd';
import { bestKey, bucketLabel, roundTitle, type FeedbackMode, type RoundFinish } from './sort-labels';
import styles from './Sort.module.css';
import { useStableHandler } from './use-stable-handler';

interface SortRoundViewProps {
  round: SortRound;
  feedback: FeedbackMode;
  /** A "retry my mistakes" round: played and recorded, but not a best. */
  retry: boolean;
  /** Started from a button (not opened from a link): focus goes to the round's heading. */
  focusOnStart: boolean;
  /** The search string that reproduces this round. */
  link: string;
  onRetry: (spec: SortRoundSpec) => void;
  onPlayAgain: () => void;
  onLeave: () => void;
}

interface Move {
  readonly itemId: string;
  /** The placement before the move. */
  readonly placement: Placement;
  /** Progress before the move, when the move recorded an answer (right-away rounds). */
  readonly progress?: Progress | undefined;
}

interface Message {
  readonly id: number;
  readonly text: string;
}

/** The time, read in event handlers only (finishing a round); rendering never reads the clock. */
const readClock = (): number => Date.now();

const isTyping = (target: EventTarget): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function SortRoundView({ round, feedback, retry, focusOnStart, link, onRetry, onPlayAgain, onLeave }: SortRoundViewProps) {
  const { items } = useContent();
  const restoreProgress = useAppStore(selectRestoreProgress);
  const saveSortResult = useAppStore(selectSaveSortResult);
  const itemsById = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  const cardsById = useMemo(() => new Map(round.cards.map((card) => [card.itemId, card])), [round]);
  const keys = useMemo(() => bucketKeys(round.buckets), [round]);

  const [startedAt] = useState(() => Date.now());
  const [placement, setPlacement] = useState<Placement>({});
  const [history, setHistory] = useState<readonly Move[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [last, setLast] = useState<{ itemId: string; bucket: BucketId } | null>(null);
  const [finish, setFinish] = useState<RoundFinish | null>(null);
  const [notice, setNotice] = useState('');
  const [message, setMessage] = useState<Message>({ id: 0, text: '' });
  const [leaving, setLeaving] = useState(false);

  const idPrefix = useId();
  const cardDomId = (itemId: string): string => `${idPrefix}-card-${itemId}`;
  const checkId = `${idPrefix}-check`;
  const resultsId = `${idPrefix}-results`;

  // Focus follows the work: set in event handlers, applied once the DOM has the element.
  const focusTarget = useRef<string | null>(focusOnStart ? 'heading' : null);
  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    focusTarget.current = null;
    const element = target === 'heading' ? document.querySelector<HTMLElement>('[data-page-heading]') : document.getElementById(target);
    element?.focus();
  });

  const total = round.cards.length;
  const pile = unplaced(round, placement);
  const placedCount = total - pile.length;
  const judgedNow = feedback === 'now';
  const title = retry ? sortStrings.retryTitle(roundTitle(round)) : roundTitle(round);

  const announce = (text: string): void => setMessage((previous) => ({ id: previous.id + 1, text }));

  function finishRound(final: Placement): void {
    const at = readClock();
    const ms = Math.max(0, at - startedAt);
    const score = scoreRound(round, final);
    if (!judgedNow) {
      // "Check all": each card's final placement becomes its one answer.
      for (const card of round.cards) {
        const chosen = final[card.itemId];
        if (chosen) record({ itemId: card.itemId, mode: 'sort', correct: chosen === card.answer, chosen }, { now: at });
      }
    }
    const newBest = retry ? false : saveSortResult(bestKey(round.kind, round.service), { correct: score.correct, total: score.total, ms, at });
    setFinish({ ms, score, placement: final, newBest });
    setSelectedId(null);
    setNotice('');
    announce(sortStrings.announceFinished(score.correct, score.total, ms));
    focusTarget.current = resultsId;
  }

  /** Where focus goes once a card leaves the pile: the next card, else "check all" (or the results). */
  function focusAfterLeavingPile(itemId: string): void {
    const index = pile.findIndex((card) => card.itemId === itemId);
    const next = pile[index + 1] ?? pile[index - 1];
    const target = next ? cardDomId(next.itemId) : judgedNow ? resultsId : checkId;
    // The next card (or "check all") is on the page already and stays there: focus it now,
    // while the page is still laid out, so the browser lays the board out once, in the
    // frame, rather than once more (forced by focus()) after the card has left the pile.
    const element = next || !judgedNow ? document.getElementById(target) : null;
    if (element) element.focus();
    else focusTarget.current = target;
  }

  function placeCard(itemId: string, bucket: BucketId): void {
    const card = cardsById.get(itemId);
    if (!card || finish) return;
    const from = placement[itemId];
    setSelectedId(null);
    if (from === bucket) {
      announce(sortStrings.announceSame(card.duty, bucketLabel(bucket)));
      return;
    }
    if (judgedNow && from !== undefined) {
      announce(sortStrings.announceLocked);
      return;
    }
    const next = place(placement, itemId, bucket);
    const count = total - unplaced(round, next).length;
    const correct = card.answer === bucket;
    let before: Progress | undefined;
    if (judgedNow) {
      before = selectProgress(useAppStore.getState());
      record({ itemId, mode: 'sort', correct, chosen: bucket });
      setLast({ itemId, bucket });
      const explanation = itemsById.get(itemId)?.explanation ?? '';
      announce(
        correct
          ? sortStrings.announceRight(card.duty, bucketLabel(bucket), count, total)
          : sortStrings.announceWrong(card.duty, bucketLabel(bucket), bucketLabel(card.answer), explanation, count, total),
      );
    } else {
      announce(sortStrings.announcePlaced(card.duty, bucketLabel(bucket), count, total));
    }
    setHistory((moves) => [...moves, { itemId, placement, progress: before }]);
    setPlacement(next);
    setNotice('');
    if (from === undefined) focusAfterLeavingPile(itemId);
    else focusTarget.current = cardDomId(itemId);
    if (judgedNow && count === total) finishRound(next);
  }

  function undo(): void {
    if (finish) return;
    const move = history.at(-1);
    if (!move) {
      announce(sortStrings.announceNothingToUndo);
      return;
    }
    setHistory((moves) => moves.slice(0, -1));
    setPlacement(move.placement);
    if (move.progress) restoreProgress(move.progress);
    setLast(null);
    setSelectedId(null);
    const count = total - unplaced(round, move.placement).length;
    announce(sortStrings.announceUndone(cardsById.get(move.itemId)?.duty ?? '', count, total));
    focusTarget.current = cardDomId(move.itemId);
  }

  function select(itemId: string): void {
    const card = cardsById.get(itemId);
    if (!card) return;
    if (selectedId === itemId) {
      setSelectedId(null);
      announce(sortStrings.announceDeselected);
    } else {
      setSelectedId(itemId);
      announce(sortStrings.announceSelected(card.duty));
    }
  }

  function checkAll(): void {
    if (pile.length) {
      const text = sortStrings.placeAllFirst(pile.length);
      setNotice(text);
      announce(text);
      return;
    }
    finishRound(placement);
  }

  /** Keys on a focused card: a bucket's letter or number places it, Z undoes, anything else goes to dnd-kit. */
  function onCardKeyDown(itemId: string, event: KeyboardEvent<HTMLButtonElement>, listeners: DraggableSyntheticListeners): void {
    if (activeId === null && !event.altKey) {
      if (event.ctrlKey || event.metaKey) {
        if (isUndoKey(event.key)) {
          event.preventDefault();
          event.stopPropagation();
          undo();
        }
        return;
      }
      const bucket = bucketForKey(round.buckets, event.key);
      if (bucket) {
        event.preventDefault();
        event.stopPropagation();
        placeCard(itemId, bucket);
        return;
      }
      if (isUndoKey(event.key)) {
        event.preventDefault();
        event.stopPropagation();
        undo();
        return;
      }
    }
    listeners?.onKeyDown?.(event);
  }

  /** Keys anywhere else in the round: Z undoes; with a card selected, a bucket key places it and Escape lets it go. */
  function onRoundKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (finish || activeId !== null || event.defaultPrevented || event.altKey || isTyping(event.target)) return;
    if (isUndoKey(event.key)) {
      event.preventDefault();
      undo();
      return;
    }
    if (event.ctrlKey || event.metaKey || !selectedId) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      setSelectedId(null);
      announce(sortStrings.announceDeselected);
      focusTarget.current = cardDomId(selectedId);
      return;
    }
    const bucket = bucketForKey(round.buckets, event.key);
    if (bucket) {
      event.preventDefault();
      placeCard(selectedId, bucket);
    }
  }

  const bucketOf = (id: UniqueIdentifier | undefined): BucketId | undefined => round.buckets.find((bucket) => bucket === id);

  const announcements = useMemo((): Announcements => {
    const duty = (id: UniqueIdentifier): string => cardsById.get(String(id))?.duty ?? '';
    const over = (id: UniqueIdentifier | undefined): BucketId | undefined => round.buckets.find((bucket) => bucket === id);
    return {
      onDragStart: ({ active }) => sortStrings.dragStart(duty(active.id)),
      onDragOver: ({ over: target }) => {
        const bucket = over(target?.id);
        return bucket ? sortStrings.dragOver(bucketLabel(bucket)) : sortStrings.dragNotOver;
      },
      // A drop in a bucket is announced with its verdict by the round itself.
      onDragEnd: ({ active, over: target }) => (over(target?.id) ? undefined : sortStrings.dragOutside(duty(active.id))),
      onDragCancel: ({ active }) => sortStrings.dragCancel(duty(active.id)),
    };
  }, [cardsById, round]);

  const keyList = sortStrings.keyList(keys.map(({ bucket, letter }) => [letter, bucketLabel(bucket)] as const));
  const accessibility = useMemo(
    () => ({ announcements, screenReaderInstructions: { draggable: sortStrings.dragInstructions(keyList) }, restoreFocus: false }),
    [announcements, keyList],
  );

  const sensors = useSensors(
    useSensor(MouseAndPenSensor, POINTER_OPTIONS),
    useSensor(TouchSensor, TOUCH_OPTIONS),
    useSensor(KeyboardSensor, KEYBOARD_OPTIONS),
  );

  const onDragStart = ({ active }: DragStartEvent): void => {
    setActiveId(String(active.id));
    setSelectedId(null);
  };
  const onDragEnd = ({ active, over }: DragEndEvent): void => {
    setActiveId(null);
    const bucket = bucketOf(over?.id);
    if (bucket) placeCard(String(active.id), bucket);
  };

  // Cards are memoized: they get the same two handlers on every render, so a placement re-renders only the cards it moved.
  const onSelectCard = useStableHandler(select);
  const onCardKey = useStableHandler(onCardKeyDown);

  const activeCard = activeId ? cardsById.get(activeId) : undefined;
  const selectedCard = selectedId ? cardsById.get(selectedId) : undefined;
  const lastCard = last ? cardsById.get(last.itemId) : undefined;
  const leave = (): void => (placedCount && !finish ? setLeaving(true) : onLeave());

  return (
    <Page title={title} documentTitle={en.nav.sort}>
      <div className={styles.round} onKeyDown={onRoundKeyDown}>
        <div className={styles.statusBar} role="group" aria-label={sortStrings.statsLabel}>
          <p className={styles.stat}>
            <span className={styles.statValue}>{sortStrings.placedCount(finish ? total : placedCount, total)}</span>
          </p>
          <p className={styles.stat}>
            <span className={styles.statLabel}>{sortStrings.timer}</span> <RoundTimer startedAt={startedAt} stoppedMs={finish?.ms} />
          </p>
          {finish ? null : (
            <div className={styles.statusActions}>
              <button type="button" className={buttons.button} onClick={undo} disabled={!history.length} aria-keyshortcuts="Z">
                {sortStrings.undo}
                <kbd className={styles.kbd} aria-hidden="true">
                  {sortStrings.undoHint}
                </kbd>
              </button>
              {judgedNow ? null : (
                <button id={checkId} type="button" className={cx(buttons.button, buttons.primary)} onClick={checkAll}>
                  {sortStrings.checkAll}
                </button>
              )}
              <button type="button" className={buttons.button} onClick={leave}>
                {sortStrings.leave}
              </button>
            </div>
          )}
        </div>

        <div role="status" aria-label={sortStrings.announcerLabel} className="visually-hidden">
          {message.text ? <span key={message.id}>{message.text}</span> : null}
        </div>

        {finish ? (
          <SortResults
            round={round}
            finish={finish}
            retry={retry}
            headingId={resultsId}
            link={link}
            onRetry={onRetry}
            onPlayAgain={onPlayAgain}
            onChooseAnother={onLeave}
          />
        ) : (
          <>
            <p className={styles.instructions}>{sortStrings.instructions(keyList)}</p>
            {notice ? <p className={styles.notice}>{notice}</p> : null}
            <DndContext sensors={sensors} collisionDetection={bucketCollision} accessibility={accessibility} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setActiveId(null)}>
              <div className={cx(styles.board, round.buckets.length === 3 && styles.boardThree)}>
                <div className={styles.pileColumn}>
                  <section aria-labelledby={`${idPrefix}-pile`} className={styles.pileSection}>
                    <h2 id={`${idPrefix}-pile`} className={styles.pileTitle}>
                      {sortStrings.pileTitle}
                    </h2>
                    {pile.length ? (
                      <ul className={styles.pile}>
                        {pile.map((card) => (
                          <DraggableCard
                            key={card.itemId}
                            card={card}
                            domId={cardDomId(card.itemId)}
                            selected={selectedId === card.itemId}
                            onSelect={onSelectCard}
                            onKeyDown={onCardKey}
                          />
                        ))}
                      </ul>
                    ) : (
                      <p className={styles.pileEmpty}>{sortStrings.pileEmpty}</p>
                    )}
                  </section>
                </div>
                <div className={styles.buckets}>
                  {keys.map((keyInfo, index) => {
                    const inside = round.cards.filter((card) => placement[card.itemId] === keyInfo.bucket);
                    return (
                      <Bucket
                        key={keyInfo.bucket}
                        keyInfo={keyInfo}
                        index={index}
                        count={inside.length}
                        choosing={selectedId !== null}
                        onChoose={() => selectedId && placeCard(selectedId, keyInfo.bucket)}
                      >
                        {inside.map((card) =>
                          judgedNow ? (
                            <JudgedCard key={card.itemId} card={card} bucket={keyInfo.bucket} item={itemsById.get(card.itemId)} service={round.service} />
                          ) : (
                            <DraggableCard
                              key={card.itemId}
                              card={card}
                              placed
                              domId={cardDomId(card.itemId)}
                              selected={selectedId === card.itemId}
                              onSelect={onSelectCard}
                              onKeyDown={onCardKey}
                            />
                          ),
                        )}
                      </Bucket>
                    );
                  })}
                </div>
              </div>
              <DragOverlay dropAnimation={null}>{activeCard ? <CardOverlay card={activeCard} /> : null}</DragOverlay>
            </DndContext>
            {judgedNow && last && lastCard && !selectedCard ? (
              <FeedbackPanel card={lastCard} bucket={last.bucket} item={itemsById.get(last.itemId)} service={round.service} onDismiss={() => setLast(null)} />
            ) : null}
            {selectedCard ? (
              <PlaceBar
                card={selectedCard}
                keys={keys}
                onPlace={(bucket) => placeCard(selectedCard.itemId, bucket)}
                onCancel={() => {
                  setSelectedId(null);
                  announce(sortStrings.announceDeselected);
                  focusTarget.current = cardDomId(selectedCard.itemId);
                }}
              />
            ) : null}
          </>
        )}
      </div>
      <ConfirmDialog
        open={leaving}
        title={sortStrings.leaveTitle}
        confirmLabel={sortStrings.leaveConfirm}
        cancelLabel={sortStrings.stay}
        onConfirm={() => {
          setLeaving(false);
          onLeave();
        }}
        onCancel={() => setLeaving(false)}
      >
        <p>{sortStrings.leaveText}</p>
      </ConfirmDialog>
    </Page>
  );
}
