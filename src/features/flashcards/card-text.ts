import type { SessionCard } from '@/domain/flashcards-session';
import { dutyOnService } from '@/domain/model';
import type { ResponsibilityItem } from '@/domain/schema';
import { flashcardsStrings } from '@/strings/flashcards';
import { en } from '@/strings/en';

/** The question on a card's front: about the duty, or about the duty on one named service. */
export function cardQuestion(item: ResponsibilityItem, card: SessionCard): string {
  return card.service ? flashcardsStrings.serviceQuestion(en.service[card.service], dutyOnService(item.duty)) : flashcardsStrings.question(item.duty);
}
