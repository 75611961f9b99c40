import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useHref } from 'react-router';
import { presentSearch, type PresentDeck } from '@/domain/present-deck';
import { isBoard, isRevealed, pollFor } from '@/domain/present-session';
import buttons from '@/components/ui/Button.module.css';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { cx } from '@/components/ui/cx';
import { useAppStore } from '@/store';
import { useContent } from '@/store/content';
import { presentStrings } from '@/strings/present';
import { en } from '@/strings/en';
import { describeChange } from './announce';
import { ItemAnswer } from './ItemAnswer';
import { promptFor, setName } from './labels';
import { MisconceptionBoard } from './MisconceptionBoard';
import { PollControls, PollResults } from './Poll';
import { PresentSurface } from './PresentSurface';
import styles from './Presentation.module.css';
import { selectPresentContrast, selectPresentScale } from './store';
import { useFullscreen } from './use-fullscreen';
import { usePresentKeys } from './use-present-keys';
import { usePresentSession } from './use-present-session';

type Notice = 'popup-blocked' | 'sync-unavailable' | 'fullscreen-unavailable' | 'fullscreen-refused';

const NOTICE_TEXT: Record<Exclude<Notice, 'popup-blocked'>, string> = {
  'sync-unavailable': presentStrings.syncUnavailable,
  'fullscreen-unavailable': presentStrings.fullscreenUnavailable,
  'fullscreen-refused': presentStrings.fullscreenRefused,
};

interface PresentationProps {
  readonly deck: PresentDeck;
  readonly startIndex: number;
  /** Back to the set chooser, remembering where the lesson was. */
  readonly onLeave: (index: number) => void;
}

/** The room's screen: one duty at a time in large type, the answer on request, and the room's show of hands. */
export function Presentation({ deck, startIndex, onLeave }: PresentationProps) {
  const content = useContent();
  const items = useMemo(() => new Map(content.items.map((item) => [item.id, item])), [content.items]);
  const sources = useMemo(() => new Map(content.sources.map((source) => [source.id, source])), [content.sources]);
  const scale = useAppStore(selectPresentScale);
  const contrast = useAppStore(selectPresentContrast);
  const surfaceRef = useRef<HTMLDialogElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const dutyId = useId();
  const name = setName(deck.set, content.categories);
  const { session, dispatch, announcement, canSync } = usePresentSession(deck, startIndex, 'audience', (before, after) =>
    describeChange(deck, items, before, after),
  );
  const fullscreen = useFullscreen(stageRef);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirmStartOver, setConfirmStartOver] = useState(false);
  const presenterHref = useHref(`/present?${presentSearch({ set: deck.set, seed: deck.seed, size: deck.size, index: session.index, view: 'presenter' })}`);

  const total = deck.cards.length;
  const board = isBoard(deck, session);
  const card = deck.cards[session.index];
  const item = card ? items.get(card.itemId) : undefined;
  const revealed = isRevealed(deck, session);
  const poll = pollFor(deck, session, session.index);
  const quote = item?.source.quote;
  const source = item ? sources.get(item.source.ref) : undefined;
  const shortPosition = board ? presentStrings.boardPosition : presentStrings.positionShort(session.index + 1, total);

  const toggleFullscreen = (): void => {
    if (!fullscreen.available) {
      setNotice('fullscreen-unavailable');
      return;
    }
    void fullscreen.toggle().then((ok) => setNotice(ok ? null : 'fullscreen-refused'));
  };
  const leave = (): void => onLeave(session.index);
  const onEscape = (): void => {
    if (document.fullscreenElement) {
      void fullscreen.toggle();
      return;
    }
    // Browsers end full screen on Esc themselves; if that Esc reaches the page too, it must not also leave.
    if (fullscreen.justExited()) return;
    leave();
  };
  usePresentKeys({ deck, session, dispatch, surface: surfaceRef, onEscape, onFullscreen: toggleFullscreen });

  const openPresenter = (): void => {
    if (!canSync) {
      setNotice('sync-unavailable');
      return;
    }
    const opened = window.open(presenterHref, 'srm-trainer-presenter', 'popup,width=1280,height=800');
    setNotice(opened ? null : 'popup-blocked');
  };

  // A new item starts at its top, wherever the last one was scrolled to.
  useEffect(() => {
    if (contentRef.current) contentRef.current.scrollTop = 0;
  }, [session.index]);

  const forwardLabel = !revealed ? presentStrings.reveal : session.index === total - 1 ? presentStrings.toBoard : presentStrings.next;

  return (
    <PresentSurface surfaceRef={surfaceRef} labelledBy={headingId} contrast={contrast} scale={scale} className={styles.audience}>
      <title>{`${presentStrings.presentationDocumentTitle(name, shortPosition)} · ${en.appName}`}</title>
      <div ref={stageRef} className={styles.stage}>
        <div className={styles.frame} inert={session.blank}>
          <header className={styles.top}>
            <div className={styles.where}>
              <h1 id={headingId} className={styles.setName}>
                {name}
              </h1>
              <p className={styles.position}>
                <span aria-hidden="true">{shortPosition}</span>
                <span className="visually-hidden">{board ? presentStrings.boardPosition : presentStrings.position(session.index + 1, total)}</span>
              </p>
            </div>
            <div className={styles.tools} role="group" aria-label={presentStrings.toolbar}>
              <button type="button" className={cx(buttons.button, styles.tool)} onClick={openPresenter}>
                {presentStrings.presenterView}
              </button>
              <button type="button" className={cx(buttons.button, styles.tool)} aria-keyshortcuts="F" onClick={toggleFullscreen}>
                {fullscreen.active ? presentStrings.exitFullscreen : presentStrings.fullscreen}
              </button>
              <button type="button" className={cx(buttons.button, styles.tool)} aria-keyshortcuts="B" onClick={() => dispatch({ type: 'blank', on: true })}>
                {presentStrings.blank}
              </button>
              <button type="button" className={cx(buttons.button, styles.tool)} aria-keyshortcuts="Escape" onClick={leave}>
                {presentStrings.leave}
              </button>
            </div>
          </header>
          {notice ? (
            <div className={styles.notice} role="alert">
              {notice === 'popup-blocked' ? (
                <>
                  <p>{presentStrings.popupBlocked}</p>
                  <p>
                    <a href={presenterHref} target="_blank" rel="noopener">
                      {presentStrings.presenterView}
                    </a>
                  </p>
                </>
              ) : (
                <p>{NOTICE_TEXT[notice]}</p>
              )}
            </div>
          ) : null}

          <div
            ref={contentRef}
            className={cx(styles.content, board && styles.boardContent)}
            // A slide can outgrow the screen at a large text size: as a focusable region it scrolls with the keyboard.
            role={board ? undefined : 'region'}
            aria-labelledby={board ? undefined : dutyId}
            tabIndex={board ? undefined : 0}
          >
            {board ? (
              <MisconceptionBoard deck={deck} session={session} items={items} variant="audience" headingLevel={2}>
                <div className={styles.boardActions}>
                  <button type="button" className={buttons.button} onClick={() => dispatch({ type: 'back' })}>
                    {presentStrings.backToLast}
                  </button>
                  <button type="button" className={buttons.button} onClick={() => setConfirmStartOver(true)}>
                    {presentStrings.startOver}
                  </button>
                  <button type="button" className={cx(buttons.button, buttons.primary)} onClick={leave}>
                    {presentStrings.chooseAnother}
                  </button>
                </div>
              </MisconceptionBoard>
            ) : card && item ? (
              <article className={cx(styles.slide, revealed && styles.revealed)}>
                <p className={styles.prompt}>{promptFor(deck)}</p>
                <h2 id={dutyId} className={styles.duty}>
                  {item.duty}
                </h2>
                {revealed ? (
                  <div className={styles.reveal}>
                    <ItemAnswer className={styles.answer} deck={deck} card={card} item={item} />
                    <div className={styles.why}>
                      <p className={styles.explanation}>{item.explanation}</p>
                      {quote ? (
                        <figure className={styles.quote}>
                          <blockquote>
                            <p>{quote}</p>
                          </blockquote>
                          {source ? <figcaption>{presentStrings.quoteFrom(source.title)}</figcaption> : null}
                        </figure>
                      ) : null}
                    </div>
                    {poll ? (
                      <div className={styles.results}>
                        <PollResults deck={deck} poll={poll} headingLevel={3} />
                      </div>
                    ) : null}
                  </div>
                ) : null}
              </article>
            ) : null}
          </div>

          {!board && card ? (
            <footer className={styles.bottom}>
              <PollControls deck={deck} tally={session.votes[card.itemId] ?? {}} onVote={(bucket, delta) => dispatch({ type: 'vote', bucket, delta })} variant="audience" />
              <div className={styles.nav}>
                <button
                  type="button"
                  className={buttons.button}
                  aria-keyshortcuts="ArrowLeft"
                  aria-disabled={session.index === 0}
                  onClick={() => dispatch({ type: 'back' })}
                >
                  {presentStrings.previous}
                </button>
                <button
                  type="button"
                  className={cx(buttons.button, buttons.primary)}
                  aria-keyshortcuts="ArrowRight Space"
                  data-initial-focus=""
                  onClick={() => dispatch({ type: 'forward' })}
                >
                  {forwardLabel}
                </button>
              </div>
            </footer>
          ) : null}
        </div>
        {session.blank ? (
          <div className={styles.blankScreen} onClick={() => dispatch({ type: 'blank', on: false })}>
            <p className="visually-hidden">{presentStrings.blanked}</p>
          </div>
        ) : null}
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
      </div>
      <ConfirmDialog
        open={confirmStartOver}
        title={presentStrings.startOverTitle}
        confirmLabel={presentStrings.startOverConfirm}
        cancelLabel={presentStrings.cancel}
        danger
        onCancel={() => setConfirmStartOver(false)}
        onConfirm={() => {
          setConfirmStartOver(false);
          dispatch({ type: 'start-over', now: Date.now() });
        }}
      >
        <p>{presentStrings.startOverText}</p>
      </ConfirmDialog>
    </PresentSurface>
  );
}
