import { useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { Page } from '@/components/ui/Page';
import { selectLearner, selectSavedStateFound, useAppStore } from '@/store';
import { useContent } from '@/store/content';
import { flashcardsStrings } from '@/strings/flashcards';
import { en } from '@/strings/en';
import { CardFilters } from './CardFilters';
import { choiceParams, readChoice, type SessionChoice } from './filters';
import styles from './Flashcards.module.css';
import { StudySession } from './StudySession';

const t = flashcardsStrings;

/**
 * The page is prerendered as a new learner sees it, first card showing, so the card is painted before any
 * JavaScript runs. A new learner's page hydrates as it is; a returning learner's session is planned again
 * from their saved progress once it is read. A page marked as a returning visitor's (by the service worker,
 * see public/sw-returning.js, or else by src/boot.ts) keeps the new learner's card hidden until then.
 */
export function FlashcardsPage() {
  const { categories } = useContent();
  // False throughout for a new learner: reading their (empty) storage re-renders nothing here.
  const returning = useAppStore(selectSavedStateFound);
  const [params, setParams] = useSearchParams();
  const choice = readChoice(params, categories);
  // A new round (another session, or new items beyond today's limit) remounts the session with a fresh plan.
  const [round, setRound] = useState({ count: 0, extraNew: 0 });
  const choiceKey = choiceParams(choice).toString();

  const choose = (next: SessionChoice): void => {
    setRound((previous) => ({ count: previous.count + 1, extraNew: 0 }));
    setParams(choiceParams(next), { replace: true, preventScrollReset: true });
  };

  return (
    <Page title={t.title} documentTitle={en.nav.flashcards} lead={t.lead}>
      <noscript>
        <p className={styles.noscript}>{en.needsScript}</p>
      </noscript>
      <CardFilters choice={choice} categories={categories} onChange={choose} />
      <LearnerFrame>
        <StudySession
          key={`${choiceKey}|${round.count}|${returning ? 'saved' : 'defaults'}`}
          choice={choice}
          extraNew={round.extraNew}
          onRestart={() => setRound((previous) => ({ count: previous.count + 1, extraNew: 0 }))}
          onMoreNew={(n) => setRound((previous) => ({ count: previous.count + 1, extraNew: n }))}
          onChoose={choose}
        />
      </LearnerFrame>
    </Page>
  );
}

/**
 * The session's frame, marked with who the page is showing (the stylesheet hides a new learner's card on a
 * returning visitor's page until the saved copy is read). A component of its own, so that the read, a render
 * React cannot split into slices, redraws this element only: the session inside is the same element.
 */
function LearnerFrame({ children }: { children: ReactNode }) {
  const learner = useAppStore(selectLearner);
  return (
    <div className={styles.sessionFrame} data-learner={learner}>
      {children}
    </div>
  );
}
