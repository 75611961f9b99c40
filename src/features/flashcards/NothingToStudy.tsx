import { useId, useMemo } from 'react';
import { filterFlashcardItems, nextDueAt, roughInterval, type SessionPlan } from '@/domain/flashcards-session';
import { dueItemIds, newItemIds } from '@/domain/progress';
import buttons from '@/components/ui/Button.module.css';
import { cx } from '@/components/ui/cx';
import { useNow } from '@/components/ui/use-now';
import { selectProgress, useAppStore } from '@/store';
import { useContent } from '@/store/content';
import { flashcardsStrings } from '@/strings/flashcards';
import { isFiltered, type SessionChoice } from './filters';
import styles from './Flashcards.module.css';

const t = flashcardsStrings;

/** How many new items "learn new" offers once today's limit is met (the limit itself, or 10 when new cards are off). */
const moreNewBatch = (newPerDay: number): number => (newPerDay > 0 ? newPerDay : 10);

interface NothingToStudyProps {
  choice: SessionChoice;
  plan: SessionPlan;
  newPerDay: number;
  onRestart: () => void;
  onMoreNew: (count: number) => void;
  onChoose: (choice: SessionChoice) => void;
}

/** Nothing due and no new card left for today: when the next one is due, and what to do meanwhile. */
export function NothingToStudy({ choice, plan, newPerDay, onRestart, onMoreNew, onChoose }: NothingToStudyProps) {
  const { items } = useContent();
  const progress = useAppStore(selectProgress);
  // Refreshed every 15 s, so "due in 1 min" turns into "due now" on a page left open.
  const now = useNow(15_000);
  const titleId = useId();
  const ids = useMemo(() => filterFlashcardItems(items, choice.filter, progress).map((item) => item.id), [items, choice.filter, progress]);
  const dueNow = dueItemIds(progress, ids, now).length;
  const next = nextDueAt(progress, ids, now);
  const unseen = newItemIds(progress, ids).length;
  const batch = Math.min(unseen, moreNewBatch(newPerDay));
  const when = next === undefined ? undefined : roughInterval(next - now);

  return (
    <section className={styles.empty} aria-labelledby={titleId}>
      <h2 id={titleId}>{t.emptyTitle}</h2>
      {ids.length === 0 ? (
        <p>{choice.filter.mistakes ? t.noMistakes : t.noMatch}</p>
      ) : (
        <>
          <p role="status">{dueNow > 0 ? t.dueNow : t.nothingDue}</p>
          {dueNow > 0 ? null : <p>{next !== undefined && when ? t.nextDue(t.inInterval(when.count, when.unit), t.clock(next)) : t.nothingScheduled}</p>}
          {unseen > 0 ? (
            <p>
              {plan.newAllowed === 0 ? <span className={styles.sentence}>{newPerDay === 0 ? t.newOff : t.limitReached(newPerDay)}</span> : null}
              <span className={styles.sentence}>{t.newWaiting(unseen)}</span>
            </p>
          ) : (
            <p>{t.allLearned}</p>
          )}
        </>
      )}
      <p className={styles.actions}>
        {dueNow > 0 ? (
          <button type="button" className={cx(buttons.button, buttons.primary)} onClick={onRestart}>
            {t.startNow}
          </button>
        ) : null}
        {batch > 0 ? (
          <button type="button" className={cx(buttons.button, dueNow === 0 && buttons.primary)} onClick={() => onMoreNew(batch)}>
            {t.learnNew(batch)}
          </button>
        ) : null}
        {ids.length > 0 && !choice.cram ? (
          <button type="button" className={buttons.button} onClick={() => onChoose({ ...choice, cram: true })}>
            {t.cramThese(ids.length)}
          </button>
        ) : null}
        {isFiltered(choice) ? (
          <button type="button" className={buttons.button} onClick={() => onChoose({ filter: {}, cram: false })}>
            {t.clearFilters}
          </button>
        ) : null}
      </p>
    </section>
  );
}
