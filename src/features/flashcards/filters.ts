import type { FlashcardFilter } from '@/domain/flashcards-session';
import type { Category, Owner } from '@/domain/schema';
import { OWNERS } from '@/domain/vocabulary';

/** What a flashcards address asks for: `/flashcards?category=network-firewall&owner=aws&mistakes=1&cram=1`. */
export interface SessionChoice {
  readonly filter: FlashcardFilter;
  readonly cram: boolean;
}

function isOwner(value: string | null): value is Owner {
  return OWNERS.some((owner) => owner === value);
}

/** Reads the choice from the address; unknown categories and owners are ignored rather than showing nothing. */
export function readChoice(params: URLSearchParams, categories: readonly Category[]): SessionChoice {
  const category = params.get('category');
  const owner = params.get('owner');
  return {
    filter: {
      category: categories.some((c) => c.id === category) ? (category ?? undefined) : undefined,
      owner: isOwner(owner) ? owner : undefined,
      mistakes: params.get('mistakes') === '1',
    },
    cram: params.get('cram') === '1',
  };
}

/** The address parameters of a choice, in a fixed order, so equal choices give equal keys. */
export function choiceParams(choice: SessionChoice): URLSearchParams {
  const params = new URLSearchParams();
  if (choice.filter.category) params.set('category', choice.filter.category);
  if (choice.filter.owner) params.set('owner', choice.filter.owner);
  if (choice.filter.mistakes) params.set('mistakes', '1');
  if (choice.cram) params.set('cram', '1');
  return params;
}

export function isFiltered(choice: SessionChoice): boolean {
  return Boolean(choice.filter.category || choice.filter.owner || choice.filter.mistakes || choice.cram);
}
