import { useId, useMemo, useRef } from 'react';
import { useNavigate } from 'react-router';
import { presentSearch, type PresentDeck } from '@/domain/present-deck';
import { isBoard, isRevealed, pollFor } from '@/domain/present-session';
import buttons from '@/components/ui/Button.module.css';
import { cx } from '@/components/ui/cx';
import { useNow } from '@/components/ui/use-now';
import { useAppStore } from '@/store';
import { useContent } from '@/store/content';
import { presentStrings } from '@/strings/present';
import { en } from '@/strings/en';
import { describeChange } from './announce';
import { DisplaySettings } from './DisplaySettings';
import { ItemAnswer } from './ItemAnswer';
import { promptFor, setName } from './labels';
import { MisconceptionBoard } from './MisconceptionBoard';
import { PollControls, PollResults } from './Poll';
import styles from './PresenterView.module.css';
import { PresentSurface } from './PresentSurface';
import { selectPresentContrast } from './store';
import { usePresentKeys } from './use-present-keys';
import { usePresentSession } from './use-present-session';

/**
 * The presenter's own window: what the room sees, what comes next, speaker
 * notes and a timer. It moves with the audience window and moves it.
 */
export function PresenterView({ deck, startIndex }: { deck: PresentDeck; startIndex: number }) {
  const content = useContent();
  const items = useMemo(() => new Map(content.items.map((item) => [item.id, item])), [content.items]);
  const sources = useMemo(() => new Map(content.sources.map((source) => [source.id, source])), [content.sources]);
  const contrast = useAppStore(selectPresentContrast);
  const surfaceRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const nowId = useId();
  const nextId = useId();
  const notesId = useId();
  const navigate = useNavigate();
  const name = setName(deck.set, content.categories);
  const { session, dispatch, announcement, linked } = usePresentSession(deck, startIndex, 'presenter', (before, after) =>
    describeChange(deck, items, before, after),
  );
  usePresentKeys({ deck, session, dispatch, surface: surfaceRef });
  const now = useNow(1000);

  const total = deck.cards.length;
  const board = isBoard(deck, session);
  const card = deck.cards[session.index];
  const item = card ? items.get(card.itemId) : undefined;
  const revealed = isRevealed(deck, session);
  const poll = pollFor(deck, session, session.index);
  const nextCard = deck.cards[session.index + 1];
  const nextItem = nextCard ? items.get(nextCard.itemId) : undefined;
  const position = board ? presentStrings.boardPosition : presentStrings.position(session.index + 1, total);
  const sees = session.blank ? 'blank' : board ? 'board' : revealed ? 'answer' : 'question';
  const source = item ? sources.get(item.source.ref) : undefined;
  const service = deck.set.kind === 'sort' && deck.set.sort === 'service' ? deck.set.service : undefined;
  const serviceNote = service && item ? item.byService?.[service]?.note : undefined;
  const forwardLabel = !revealed ? presentStrings.reveal : session.index === total - 1 ? presentStrings.toBoard : presentStrings.next;

  const close = (): void => {
    // A window the audience screen opened can close itself; one opened from a link goes to the audience view instead.
    if (window.opener) window.close();
    else void navigate(`/present?${presentSearch({ set: deck.set, seed: deck.seed, size: deck.size, index: session.index, view: 'audience' })}`);
  };

  return (
    <PresentSurface surfaceRef={surfaceRef} labelledBy={headingId} contrast={contrast} className={styles.presenter}>
      <title>{`${presentStrings.presenterDocumentTitle(name)} · ${en.appName}`}</title>
      <div className={styles.layout}>
        <header className={styles.header}>
          <div className={styles.heading}>
            <h1 id={headingId} className={styles.title}>
              {presentStrings.presenterTitle}
            </h1>
            <p className={styles.subtitle}>{name}</p>
            <p className={styles.link}>{linked ? presentStrings.linked : presentStrings.waiting}</p>
          </div>
          <div className={styles.timer}>
            <span className={styles.timerLabel}>{presentStrings.timerLabel}</span>
            <span className={styles.time} role="timer">
              {presentStrings.elapsed(now - session.startedAt)}
            </span>
            <button type="button" className={buttons.button} onClick={() => dispatch({ type: 'restart-timer', now: Date.now() })}>
              {presentStrings.restartTimer}
            </button>
          </div>
          <button type="button" className={buttons.button} onClick={close}>
            {presentStrings.closePresenter}
          </button>
        </header>

        <div className={styles.columns}>
          <section className={styles.now} aria-labelledby={nowId}>
            <div className={styles.nowHead}>
              <h2 id={nowId} className={styles.sectionTitle}>
                {presentStrings.onScreen}
              </h2>
              <p className={styles.position}>{position}</p>
            </div>
            <p className={cx(styles.sees, session.blank && styles.seesBlank)}>{presentStrings.roomSees[sees]}</p>
            <div className={styles.nav} data-initial-focus="" tabIndex={-1}>
              <button
                type="button"
                className={cx(buttons.button, buttons.large)}
                aria-keyshortcuts="ArrowLeft"
                aria-disabled={session.index === 0}
                onClick={() => dispatch({ type: 'back' })}
              >
                {presentStrings.previous}
              </button>
              {board ? null : (
                <button
                  type="button"
                  className={cx(buttons.button, buttons.primary, buttons.large)}
                  aria-keyshortcuts="ArrowRight Space"
                  onClick={() => dispatch({ type: 'forward' })}
                >
                  {forwardLabel}
                </button>
              )}
              <button type="button" className={cx(buttons.button, buttons.large)} aria-keyshortcuts="B" onClick={() => dispatch({ type: 'blank', on: !session.blank })}>
                {session.blank ? presentStrings.unblank : presentStrings.blank}
              </button>
            </div>

            {board ? (
              <MisconceptionBoard deck={deck} session={session} items={items} variant="presenter" headingLevel={3} />
            ) : card && item ? (
              <>
                <p className={styles.prompt}>{promptFor(deck)}</p>
                <p className={styles.duty}>{item.duty}</p>
                <ItemAnswer className={styles.answer} deck={deck} card={card} item={item} />
                <PollControls deck={deck} tally={session.votes[card.itemId] ?? {}} onVote={(bucket, delta) => dispatch({ type: 'vote', bucket, delta })} variant="presenter" />
                {poll && poll.hands > 0 ? <PollResults deck={deck} poll={poll} headingLevel={3} /> : null}
              </>
            ) : null}
          </section>

          <div className={styles.side}>
            {!board && item ? (
              <section className={styles.notes} aria-labelledby={notesId}>
                <h2 id={notesId} className={styles.notesTitle}>
                  {presentStrings.notesTitle}
                </h2>
                <h3 className={styles.noteTitle}>{presentStrings.why}</h3>
                <p>{item.explanation}</p>
                {serviceNote && service ? <p>{presentStrings.serviceNote(en.service[service], serviceNote)}</p> : null}
                <h3 className={styles.noteTitle}>{presentStrings.misconception}</h3>
                <p>{item.misconception ?? presentStrings.noMisconception}</p>
                {item.source.quote ? (
                  <figure className={styles.quote}>
                    <blockquote>
                      <p>{item.source.quote}</p>
                    </blockquote>
                    {source ? <figcaption>{presentStrings.quoteFrom(source.title)}</figcaption> : null}
                  </figure>
                ) : null}
              </section>
            ) : null}
            <section className={styles.next} aria-labelledby={nextId}>
              <h2 id={nextId} className={styles.sectionTitle}>
                {presentStrings.upNext}
              </h2>
              {nextCard && nextItem ? (
                <>
                  <p className={styles.nextDuty}>{nextItem.duty}</p>
                  <ItemAnswer deck={deck} card={nextCard} item={nextItem} />
                </>
              ) : (
                <p>{board ? presentStrings.nothingNext : presentStrings.upNextBoard}</p>
              )}
            </section>
            <DisplaySettings headingLevel={2} />
          </div>
        </div>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </PresentSurface>
  );
}
