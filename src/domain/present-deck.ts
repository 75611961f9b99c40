/**
 * Present mode's decks: which items a lesson shows, in which order, and the
 * buckets the room votes between. Pure: the seed fixes the order, so a lesson
 * link (`/present?set=category:network-firewall&seed=7&i=3`) always shows the
 * same items in the same order.
 *
 * Set values in a link:
 *   all                        every responsibility
 *   category:<category id>     one category
 *   owner:<customer|aws|shared> one owner's duties
 *   sort:owner                 the Sort mode's owner split
 *   sort:service:<service>     who owns it on one service
 *   sort:pentest               penetration testing: allowed or prohibited
 *   sort:control               inherited, shared or customer-specific control
 */
import { createRng, shuffle } from './random.ts';
import type { Category, Owner, ResponsibilityItem, Service } from './schema.ts';
import { OWNERS, SERVICES } from './vocabulary.ts';
import { buildRound, eligibleItems, roundSpecProblem, type BucketId, type SortKind } from './sort.ts';

export type PresentSet =
  | { readonly kind: 'all' }
  | { readonly kind: 'category'; readonly category: string }
  | { readonly kind: 'owner'; readonly owner: Owner }
  | { readonly kind: 'sort'; readonly sort: Exclude<SortKind, 'service'> }
  | { readonly kind: 'sort'; readonly sort: 'service'; readonly service: Service };

/** What the room decides for each item: who owns it, whether testing it is allowed, or its control type. */
export type AnswerKind = 'owner' | 'pentest' | 'control';

export interface PresentCard {
  readonly itemId: string;
  readonly answer: BucketId;
}

export interface PresentDeck {
  readonly set: PresentSet;
  readonly seed: number;
  /** The size asked for in the link; absent means every item of the set. */
  readonly size?: number;
  readonly answerKind: AnswerKind;
  /** The buckets the room votes between, in display order. */
  readonly buckets: readonly BucketId[];
  /** In presentation order. */
  readonly cards: readonly PresentCard[];
}

export const MAX_SEED = 0xffffffff;
export const OWNER_BUCKETS: readonly BucketId[] = OWNERS;

/** Why a link cannot open a lesson; the UI words each one. */
export type DeckProblem = 'unknown-set' | 'empty-set';

export type DeckResult = { readonly ok: true; readonly deck: PresentDeck } | { readonly ok: false; readonly problem: DeckProblem };

function isOwner(value: string | undefined): value is Owner {
  return OWNERS.some((owner) => owner === value);
}

function findService(value: string | undefined): Service | undefined {
  return SERVICES.find((service) => service === value);
}

/** The set a link names, or undefined when it names none (an unknown category is checked by buildDeck). */
export function parseSet(value: string | null): PresentSet | undefined {
  if (value === null) return undefined;
  const [head, arg, extra] = value.split(':');
  if (head === 'all' && arg === undefined) return { kind: 'all' };
  if (head === 'category' && arg && extra === undefined && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(arg)) return { kind: 'category', category: arg };
  if (head === 'owner' && isOwner(arg) && extra === undefined) return { kind: 'owner', owner: arg };
  if (head !== 'sort') return undefined;
  if ((arg === 'owner' || arg === 'pentest' || arg === 'control') && extra === undefined) return { kind: 'sort', sort: arg };
  const service = findService(extra);
  if (arg === 'service' && service) return { kind: 'sort', sort: 'service', service };
  return undefined;
}

/** The `set` value of a link: the inverse of parseSet. */
export function setParam(set: PresentSet): string {
  switch (set.kind) {
    case 'all':
      return 'all';
    case 'category':
      return `category:${set.category}`;
    case 'owner':
      return `owner:${set.owner}`;
    case 'sort':
      return set.sort === 'service' ? `sort:service:${set.service}` : `sort:${set.sort}`;
  }
}

export function answerKindOf(set: PresentSet): AnswerKind {
  if (set.kind === 'sort' && set.sort === 'pentest') return 'pentest';
  if (set.kind === 'sort' && set.sort === 'control') return 'control';
  return 'owner';
}

/** The items a set draws from, in content order (before shuffling and trimming). */
export function setItems(items: readonly ResponsibilityItem[], set: PresentSet): ResponsibilityItem[] {
  switch (set.kind) {
    case 'all':
      return [...items];
    case 'category':
      return items.filter((item) => item.category === set.category);
    case 'owner':
      return items.filter((item) => item.owner === set.owner);
    case 'sort':
      return set.sort === 'service' ? eligibleItems(items, 'service', set.service) : eligibleItems(items, set.sort);
  }
}

function isSize(size: number | undefined): boolean {
  return size === undefined || (Number.isInteger(size) && size >= 1);
}

/**
 * The deck for a set, seed and optional size. Sort sets are Sort mode's own
 * rounds (the same seed and size give the same items), so a class can present
 * a round and then sort it on their own; the other sets are a seeded shuffle.
 */
export function buildDeck(
  content: { readonly items: readonly ResponsibilityItem[]; readonly categories: readonly Category[] },
  set: PresentSet,
  seed: number,
  size?: number,
): DeckResult {
  if (set.kind === 'category' && !content.categories.some((c) => c.id === set.category)) return { ok: false, problem: 'unknown-set' };
  const safeSeed = Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED ? seed : 0;
  const wanted = isSize(size) ? size : undefined;
  const pool = setItems(content.items, set);
  const sized = wanted === undefined ? {} : { size: wanted };
  if (set.kind === 'sort') {
    const service = set.sort === 'service' ? set.service : undefined;
    const spec = { kind: set.sort, service, seed: safeSeed, size: wanted ?? Math.max(1, pool.length) };
    if (roundSpecProblem(content.items, spec)) return { ok: false, problem: 'empty-set' };
    const round = buildRound(content.items, spec);
    const cards = round.cards.map((card) => ({ itemId: card.itemId, answer: card.answer }));
    return { ok: true, deck: { set, seed: safeSeed, ...sized, answerKind: answerKindOf(set), buckets: round.buckets, cards } };
  }
  if (pool.length === 0) return { ok: false, problem: 'empty-set' };
  const order = shuffle(pool, createRng(safeSeed));
  const cards = order.slice(0, wanted ?? order.length).map((item) => ({ itemId: item.id, answer: item.owner }));
  return { ok: true, deck: { set, seed: safeSeed, ...sized, answerKind: 'owner', buckets: OWNER_BUCKETS, cards } };
}

/** How many items a set shows with every item asked for (Sort's owner split keeps only a few shared duties, varying with the seed). */
export function setSize(
  content: { readonly items: readonly ResponsibilityItem[]; readonly categories: readonly Category[] },
  set: PresentSet,
  seed = 0,
): number {
  const result = buildDeck(content, set, seed);
  return result.ok ? result.deck.cards.length : 0;
}

/** Something with URLSearchParams' `get`, so the domain does not depend on the DOM. */
export interface ParamsLike {
  get(name: string): string | null;
}

export type PresentView = 'audience' | 'presenter';

export interface PresentLink {
  readonly set: PresentSet;
  readonly seed: number;
  readonly size?: number;
  /** Zero-based position: 0 .. cards - 1 for an item, cards for the misconception board. */
  readonly index: number;
  readonly view: PresentView;
}

function wholeNumber(raw: string | null, max: number): number | undefined {
  if (raw === null || !/^\d{1,10}$/.test(raw)) return undefined;
  const value = Number(raw);
  return value <= max ? value : undefined;
}

/**
 * A lesson link, read leniently: a missing or malformed seed falls back to
 * `fallbackSeed`; `i` is one-based (item 3 is `i=3`) and clamped later, against
 * the deck; a size that is not a whole number of at least 1 means every item.
 * Undefined when there is no readable set (the chooser shows instead).
 */
export function parsePresentLink(params: ParamsLike, fallbackSeed: number): PresentLink | undefined {
  const set = parseSet(params.get('set'));
  if (!set) return undefined;
  const seed = wholeNumber(params.get('seed'), MAX_SEED) ?? Math.trunc(fallbackSeed) >>> 0;
  const size = wholeNumber(params.get('n'), 10_000);
  const position = wholeNumber(params.get('i'), 10_000) ?? 1;
  const view: PresentView = params.get('view') === 'presenter' ? 'presenter' : 'audience';
  return { set, seed, ...(size && size >= 1 ? { size } : {}), index: Math.max(0, position - 1), view };
}

/** The query string (no "?") for a lesson link at a position. */
export function presentSearch(link: {
  readonly set: PresentSet;
  readonly seed: number;
  readonly size?: number | undefined;
  readonly index: number;
  readonly view: PresentView;
}): string {
  const params = new URLSearchParams();
  params.set('set', setParam(link.set));
  params.set('seed', String(link.seed));
  if (link.size !== undefined) params.set('n', String(link.size));
  params.set('i', String(link.index + 1));
  if (link.view === 'presenter') params.set('view', 'presenter');
  // Colons read better than %3A in a link a teacher may type or read out.
  return params.toString().replaceAll('%3A', ':');
}

/** A position within the deck: 0 .. cards (the board). */
export function clampIndex(deck: Pick<PresentDeck, 'cards'>, index: number): number {
  return Math.max(0, Math.min(deck.cards.length, Math.trunc(index)));
}

/** One key per bucket, unique within every deck's buckets, for counting hands from the keyboard. */
export const BUCKET_KEYS: Readonly<Record<AnswerKind, Partial<Record<BucketId, string>>>> = {
  owner: { customer: 'c', aws: 'a', shared: 's' },
  pentest: { allowed: 'a', prohibited: 'p' },
  control: { inherited: 'i', shared: 's', 'customer-specific': 'c' },
};

/** The bucket a key counts a hand for: its letter, or its position (1, 2, 3). */
export function bucketForKey(deck: Pick<PresentDeck, 'answerKind' | 'buckets'>, key: string): BucketId | undefined {
  const lower = key.toLowerCase();
  const digit = /^[1-9]$/.test(lower) ? Number(lower) : 0;
  if (digit) return deck.buckets[digit - 1];
  const keys = BUCKET_KEYS[deck.answerKind];
  return deck.buckets.find((bucket) => keys[bucket] === lower);
}
