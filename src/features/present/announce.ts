/** What a screen reader hears when the lesson changes, in this window or the other one. */
import type { PresentDeck } from '@/domain/present-deck';
import { currentItemId, isBoard, type PresentSession } from '@/domain/present-session';
import type { ResponsibilityItem } from '@/domain/schema';
import { presentStrings } from '@/strings/present';
import { bucketLabel } from './labels';

export function describeChange(
  deck: PresentDeck,
  items: ReadonlyMap<string, ResponsibilityItem>,
  before: PresentSession,
  after: PresentSession,
): string {
  const a = presentStrings.announce;
  if (before.blank !== after.blank) return after.blank ? a.blankOn : a.blankOff;
  if (before.index !== after.index) {
    if (isBoard(deck, after)) return a.board;
    const duty = items.get(currentItemId(deck, after) ?? '')?.duty ?? '';
    return a.item(after.index + 1, deck.cards.length, duty);
  }
  const id = currentItemId(deck, after);
  const card = deck.cards[after.index];
  if (id && card && after.revealed.includes(id) && !before.revealed.includes(id)) return a.answer(bucketLabel(deck.answerKind, card.answer));
  if (id) {
    const was = before.votes[id] ?? {};
    const now = after.votes[id] ?? {};
    const changed = deck.buckets.find((bucket) => (was[bucket] ?? 0) !== (now[bucket] ?? 0));
    if (changed) return presentStrings.handsFor(bucketLabel(deck.answerKind, changed), now[changed] ?? 0);
  }
  if (before.startedAt !== after.startedAt) return a.timer;
  return '';
}
