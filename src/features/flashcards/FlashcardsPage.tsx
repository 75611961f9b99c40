import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Page } from '@/components/ui/Page';
import { useContent } from '@/store/content';
import { flashcardsStrings } from '@/strings/flashcards';
import { en } from '@/strings/en';
import { CardFilters } from './CardFilters';
import { choiceParams, readChoice, type SessionChoice } from './filters';
import { StudySession } from './StudySession';

const t = flashcardsStrings;

export function FlashcardsPage() {
  const { categories } = useContent();
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
      <CardFilters choice={choice} categories={categories} onChange={choose} />
      <StudySession
        key={`${choiceKey}|${round.count}`}
        choice={choice}
        extraNew={round.extraNew}
        onRestart={() => setRound((previous) => ({ count: previous.count + 1, extraNew: 0 }))}
        onMoreNew={(n) => setRound((previous) => ({ count: previous.count + 1, extraNew: n }))}
        onChoose={choose}
      />
    </Page>
  );
}
