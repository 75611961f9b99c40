import { useMemo, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import * as z from 'zod/mini';
import { lazy } from '@/domain/lazy';
import { buildDeck, parsePresentLink, parseSet, presentSearch, setParam } from '@/domain/present-deck';
import { lessonKey } from '@/domain/present-session';
import { useContent } from '@/store/content';
import { randomSeed } from './choice';
import { PresentChooser, type ChooserProps } from './PresentChooser';
import { Presentation } from './Presentation';
import { PresenterView } from './PresenterView';

/** What the presentation hands back to the chooser when the presenter leaves: the lesson's link. */
const leftStateSchema = lazy(() => z.object({ left: z.string() }));

/**
 * /present without a set is the chooser; /present?set=...&seed=...&i=... a
 * lesson (the room's screen), and with &view=presenter the presenter's window.
 */
export function PresentPage() {
  const content = useContent();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const [fallbackSeed] = useState(randomSeed);
  const link = parsePresentLink(params, fallbackSeed);
  const rawSet = params.get('set');
  const lesson = link ? lessonKey(link) : '';
  // The deck depends on the set, seed and size, not on the item shown: one deck object per lesson.
  const setValue = link ? setParam(link.set) : null;
  const seed = link?.seed ?? 0;
  const size = link?.size;
  const result = useMemo(() => {
    const set = parseSet(setValue);
    return set ? buildDeck(content, set, seed, size) : undefined;
  }, [content, setValue, seed, size]);

  if (!link || !result?.ok) {
    const left = leftStateSchema().safeParse(location.state);
    const leftLink = left.success ? parsePresentLink(new URLSearchParams(left.data.left), 0) : undefined;
    const problem: ChooserProps['problem'] =
      rawSet === null ? undefined : { value: rawSet, kind: result && !result.ok ? result.problem : 'unknown-set' };
    return <PresentChooser problem={problem} resume={leftLink} />;
  }

  const deck = result.deck;
  if (link.view === 'presenter') return <PresenterView key={lesson} deck={deck} startIndex={link.index} />;
  return (
    <Presentation
      key={lesson}
      deck={deck}
      startIndex={link.index}
      onLeave={(index) => {
        const left = presentSearch({ set: deck.set, seed: deck.seed, size: deck.size, index, view: 'audience' });
        void navigate('/present', { state: { left } });
      }}
    />
  );
}
