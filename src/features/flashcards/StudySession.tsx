import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import {
  canUndo,
  commitAnswer,
  currentCard,
  endStudy,
  gradeCard,
  gradeIsCorrect,
  planSession,
  startStudy,
  suggestedGrade,
  turnCard,
  undoGrade,
  type SessionPlan,
  type StudyState,
} from '@/domain/flashcards-session';
import { memoryOf } from '@/domain/progress-schema';
import type { Grade } from '@/domain/scheduling';
import type { Owner, ResponsibilityItem } from '@/domain/schema';
import { afterPaint } from '@/components/ui/after-paint';
import buttons from '@/components/ui/Button.module.css';
import { timeZoneOffset, useNow } from '@/components/ui/use-now';
import { selectProgress, selectRestoreProgress, useAppStore, type AppState } from '@/store';
import { record } from '@/store/recording';
import { useContent } from '@/store/content';
import { flashcardsStrings } from '@/strings/flashcards';
import { en } from '@/strings/en';
import { cardQuestion } from './card-text';
import { CardFace } from './CardFace';
import type { SessionChoice } from './filters';
import styles from './Flashcards.module.css';
import { FrontControls } from './FrontControls';
import { GradeButtons } from './GradeButtons';
import { shortcutFor } from './keys';
import { NothingToStudy } from './NothingToStudy';
import { focusAndReveal } from './reveal';
import { SessionSummary } from './SessionSummary';
import { ShortcutsDialog } from './ShortcutsDialog';

const t = flashcardsStrings;

const selectNewPerDay = (state: AppState) => state.settings.newPerDay;
const selectRetention = (state: AppState) => state.settings.retention;

interface StudySessionProps {
  choice: SessionChoice;
  extraNew: number;
  onRestart: () => void;
  onMoreNew: (count: number) => void;
  onChoose: (choice: SessionChoice) => void;
}

/** One session: planned once when it opens (the queue does not shift under the learner), then studied card by card. */
export function StudySession({ choice, extraNew, onRestart, onMoreNew, onChoose }: StudySessionProps) {
  const { items } = useContent();
  const progress = useAppStore(selectProgress);
  const newPerDay = useAppStore(selectNewPerDay);
  const [initial] = useState(() => {
    const at = Date.now();
    const plan = planSession({ items, progress, now: at, timeZoneOffsetMinutes: timeZoneOffset(at), newPerDay, filter: choice.filter, cram: choice.cram, extraNew });
    return { plan, study: startStudy(plan.cards, at) };
  });
  if (initial.plan.cards.length === 0) {
    return <NothingToStudy choice={choice} plan={initial.plan} newPerDay={newPerDay} onRestart={onRestart} onMoreNew={onMoreNew} onChoose={onChoose} />;
  }
  return <ActiveSession plan={initial.plan} initial={initial.study} cram={choice.cram} onRestart={onRestart} />;
}

type FocusTarget = 'turn' | 'grade' | 'summary';

interface ActiveSessionProps {
  plan: SessionPlan;
  initial: StudyState;
  cram: boolean;
  onRestart: () => void;
}

function ActiveSession({ plan, initial, cram, onRestart }: ActiveSessionProps) {
  const { items } = useContent();
  const progress = useAppStore(selectProgress);
  const retention = useAppStore(selectRetention);
  const restoreProgress = useAppStore(selectRestoreProgress);
  const now = useNow();
  const [study, setStudy] = useState(initial);
  const [helpOpen, setHelpOpen] = useState(false);
  const [undone, setUndone] = useState(false);
  const itemsById = useMemo(() => new Map<string, ResponsibilityItem>(items.map((item) => [item.id, item])), [items]);

  const focusNext = useRef<FocusTarget | null>(null);
  const turnRef = useRef<HTMLButtonElement>(null);
  const suggestedRef = useRef<HTMLButtonElement>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const cardRef = useRef<HTMLElement>(null);

  const card = currentCard(study);
  const item = card ? itemsById.get(card.itemId) : undefined;
  const total = study.cards.length;

  const update = (next: StudyState, focus: FocusTarget): void => {
    focusNext.current = focus;
    setUndone(false);
    setStudy(next);
  };

  const turn = (): void => update(turnCard(study), 'grade');
  const commit = (owner: Owner): void => update(commitAnswer(study, owner), 'grade');
  const grade = (value: Grade): void => {
    if (!card || study.side !== 'back') return;
    const at = Date.now();
    record(
      { itemId: card.itemId, mode: 'flashcards', correct: gradeIsCorrect(card, study.committed, value), chosen: study.committed, grade: value },
      { now: at, schedule: !cram },
    );
    const next = gradeCard(study, value, progress, at);
    update(next, next.endedAt === null ? 'turn' : 'summary');
  };
  const undo = (): void => {
    const result = undoGrade(study);
    if (!result) return;
    restoreProgress(result.restore);
    update(result.state, 'grade');
    setUndone(true);
  };
  const end = (): void => update(endStudy(study, Date.now()), 'summary');

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (helpOpen || event.defaultPrevented) return;
    const shortcut = shortcutFor(event);
    if (!shortcut) return;
    if (shortcut.type === 'help') setHelpOpen(true);
    else if (shortcut.type === 'undo') {
      if (!canUndo(study)) return;
      undo();
    } else if (!card) return;
    else if (shortcut.type === 'turn') {
      if (study.side !== 'front') return;
      turn();
    } else if (shortcut.type === 'commit') {
      if (study.side !== 'front') return;
      commit(shortcut.owner);
    } else {
      if (study.side !== 'back') return;
      grade(shortcut.grade);
    }
    event.preventDefault();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  // Focus follows the study: the answer's suggested grade after turning, the next card's turn button after grading.
  // Once the change is painted (see afterPaint): the card turns in the frame after the key press.
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (!target) return;
    return afterPaint(() => {
      if (target === 'turn') focusAndReveal(turnRef.current, cardRef.current);
      else if (target === 'grade') focusAndReveal(suggestedRef.current, cardRef.current);
      else summaryRef.current?.focus();
    });
  }, [study]);

  const question = card && item ? cardQuestion(item, card) : '';
  const owner = card ? en.owner[card.answer] : '';
  const verdict = card && study.committed !== null ? (study.committed === card.answer ? `${t.right} ` : `${t.wrong} `) : '';
  const announcement = !card
    ? t.summaryTitle
    : study.side === 'front'
      ? t.announceFront(study.index + 1, total, question)
      : `${undone ? `${t.announceUndo(question)} ` : ''}${t.announceBack(verdict, owner, item?.explanation ?? '')}`;

  return (
    <section className={styles.session} aria-label={t.sessionLabel}>
      <div className={styles.toolbar}>
        <p className={styles.position}>
          {card ? (
            <>
              <span>{t.position(study.index + 1, total)}</span>
              <span className={styles.kind}>{t.kind[card.kind]}</span>
            </>
          ) : (
            <span>{t.summaryLabel}</span>
          )}
          <span className={styles.counts}>{cram ? t.cramCount(total) : t.planCounts(plan.due, plan.fresh)}</span>
        </p>
        <div className={styles.tools}>
          {canUndo(study) ? (
            <button type="button" className={buttons.button} onClick={undo} aria-keyshortcuts={t.keys.undo}>
              {t.undo}
              <kbd aria-hidden="true">{t.keys.undo}</kbd>
            </button>
          ) : null}
          <button type="button" className={buttons.button} onClick={() => setHelpOpen(true)} aria-haspopup="dialog">
            {t.shortcutsButton}
            <kbd aria-hidden="true">{t.keys.help}</kbd>
          </button>
          {card ? (
            <button type="button" className={buttons.button} onClick={end}>
              {t.endSession}
            </button>
          ) : null}
        </div>
      </div>
      <div className={styles.meter} aria-hidden="true">
        {/* No style attribute in the prerendered page (the CSP allows none): empty, the stylesheet's width applies. */}
        <span style={study.graded.length > 0 ? { inlineSize: `${Math.round((study.graded.length / total) * 100)}%` } : undefined} />
      </div>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>

      {card && item ? (
        <>
          <CardFace ref={cardRef} key={study.index} item={item} card={card} side={study.side} committed={study.committed} />
          {study.side === 'front' ? (
            <FrontControls turnRef={turnRef} onTurn={turn} onCommit={commit} />
          ) : (
            <GradeButtons
              suggestedRef={suggestedRef}
              suggested={suggestedGrade(card, study.committed)}
              memory={memoryOf(progress, card.itemId)}
              now={now}
              retention={retention}
              cram={cram}
              onGrade={grade}
            />
          )}
        </>
      ) : (
        <SessionSummary headingRef={summaryRef} study={study} progress={progress} onRestart={onRestart} />
      )}
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </section>
  );
}
