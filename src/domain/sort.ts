/**
 * The "sort the item" exercise: a round of cards to drop into labelled buckets.
 * Everything here is pure: the seed in the spec fixes the round, so a deep link
 * (`/sort?kind=service&service=rds&seed=42`) reproduces it exactly.
 */
import { createRng, randomInt, shuffle, type Rng } from './random.ts';
import type { ResponsibilityItem, Service } from './schema.ts';
import { SERVICES } from './vocabulary.ts';

export const SORT_KINDS = ['owner', 'service', 'pentest', 'control'] as const;
export type SortKind = (typeof SORT_KINDS)[number];

/** Every bucket any round can show. 'shared' serves both as owner and as control type. */
export type BucketId = 'customer' | 'aws' | 'shared' | 'allowed' | 'prohibited' | 'inherited' | 'customer-specific';

/** Services a service round can be played for, in menu order. */
export const SORT_SERVICES: readonly Service[] = SERVICES;

export const DEFAULT_ROUND_SIZE = 12;
/** A round needs at least two eligible items to be worth sorting. */
export const MIN_ROUND_ITEMS = 2;
/** The service a service link without a valid `service` falls back to. */
export const DEFAULT_SORT_SERVICE: Service = 'ec2';

export interface SortCard {
  readonly itemId: string;
  /** The item's duty text; a service round shows the same text as an owner round. */
  readonly duty: string;
  readonly answer: BucketId;
}

export interface SortRound {
  readonly kind: SortKind;
  /** Present on service rounds only. */
  readonly service?: Service;
  readonly seed: number;
  /** In display order. */
  readonly buckets: readonly BucketId[];
  readonly cards: readonly SortCard[];
}

export interface SortRoundSpec {
  readonly kind: SortKind;
  /** Required for service rounds, ignored otherwise. */
  readonly service?: Service | undefined;
  /** A whole number in [0, 2^32). */
  readonly seed: number;
  /** How many cards at most; DEFAULT_ROUND_SIZE when absent. Ignored with itemIds. */
  readonly size?: number | undefined;
  /** Retry my mistakes: exactly these items (those still eligible), in seeded order. */
  readonly itemIds?: readonly string[] | undefined;
}

/** Why a spec cannot make a round; the UI maps each to a string of its own. */
export type SortSpecProblem = 'missing-service' | 'invalid-seed' | 'invalid-size' | 'too-few-items' | 'no-items';

export class SortSpecError extends Error {
  readonly problem: SortSpecProblem;
  constructor(problem: SortSpecProblem, spec: SortRoundSpec) {
    super(`Cannot build a ${spec.kind} sort round${spec.service ? ` for ${spec.service}` : ''}: ${PROBLEM_TEXT[problem]}`);
    this.name = 'SortSpecError';
    this.problem = problem;
  }
}

const PROBLEM_TEXT: Record<SortSpecProblem, string> = {
  'missing-service': 'a service round needs a service',
  'invalid-seed': 'the seed must be a whole number from 0 to 4294967295',
  'invalid-size': 'the size must be a whole number of at least 1',
  'too-few-items': `fewer than ${MIN_ROUND_ITEMS} items can be sorted this way`,
  'no-items': 'none of the requested items can be sorted this way',
};

const MAX_SEED = 0xffffffff;

/** The bucket an item belongs in for this kind of round, or undefined when it has no place in it. */
export function answerFor(item: ResponsibilityItem, kind: SortKind, service?: Service): BucketId | undefined {
  switch (kind) {
    case 'owner':
      return item.owner;
    case 'service':
      return service ? item.byService?.[service]?.owner : undefined;
    case 'pentest':
      // "Conditional" needs a request form first: neither bucket is right, so it stays out.
      return item.penTest === 'allowed' || item.penTest === 'prohibited' ? item.penTest : undefined;
    case 'control':
      return item.controlType;
  }
}

/** The items a round of this kind can hold, in content order. */
export function eligibleItems(items: readonly ResponsibilityItem[], kind: SortKind, service?: Service): ResponsibilityItem[] {
  return items.filter((item) => answerFor(item, kind, service) !== undefined);
}

/** The services with enough items, holding at least two different answers, for a service round. */
export function availableServices(items: readonly ResponsibilityItem[]): Service[] {
  return SORT_SERVICES.filter((service) => {
    const answers = new Set(items.map((item) => answerFor(item, 'service', service)).filter((a) => a !== undefined));
    return eligibleItems(items, 'service', service).length >= MIN_ROUND_ITEMS && answers.size >= 2;
  });
}

function isSeed(seed: number): boolean {
  return Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED;
}

/** What is wrong with a spec for this content, or undefined when buildRound will succeed. */
export function roundSpecProblem(items: readonly ResponsibilityItem[], spec: SortRoundSpec): SortSpecProblem | undefined {
  if (spec.kind === 'service' && !spec.service) return 'missing-service';
  if (!isSeed(spec.seed)) return 'invalid-seed';
  if (spec.size !== undefined && !(Number.isInteger(spec.size) && spec.size >= 1)) return 'invalid-size';
  const eligible = eligibleItems(items, spec.kind, spec.service);
  if (spec.itemIds) {
    const wanted = new Set(spec.itemIds);
    return eligible.some((item) => wanted.has(item.id)) ? undefined : 'no-items';
  }
  return eligible.length < MIN_ROUND_ITEMS ? 'too-few-items' : undefined;
}

const OWNER_BUCKETS = ['customer', 'aws'] as const satisfies readonly BucketId[];
const PENTEST_BUCKETS = ['allowed', 'prohibited'] as const satisfies readonly BucketId[];
const CONTROL_BUCKETS = ['inherited', 'shared', 'customer-specific'] as const satisfies readonly BucketId[];

function bucketsFor(kind: SortKind, cards: readonly SortCard[]): BucketId[] {
  const present = new Set(cards.map((c) => c.answer));
  switch (kind) {
    case 'owner':
    case 'service':
      return present.has('shared') ? [...OWNER_BUCKETS, 'shared'] : [...OWNER_BUCKETS];
    case 'pentest':
      return [...PENTEST_BUCKETS];
    case 'control': {
      // Only the types present, but never a single bucket: that would give every answer away
      // (a retry round of inherited controls alone, say).
      const shown = CONTROL_BUCKETS.filter((b) => present.has(b));
      for (const b of CONTROL_BUCKETS) if (shown.length < 2 && !shown.includes(b)) shown.push(b);
      return CONTROL_BUCKETS.filter((b) => shown.includes(b));
    }
  }
}

/**
 * Up to `n` items taken in turn from each group (groups in random order), so a
 * round mixes its answers instead of drawing 10 customer items out of 12.
 */
function pickBalanced<T>(groups: readonly (readonly T[])[], n: number, rng: Rng): T[] {
  const queues = shuffle(
    groups.map((g) => shuffle(g, rng)),
    rng,
  );
  const picked: T[] = [];
  for (let round = 0; picked.length < n && queues.some((q) => q.length > round); round++) {
    for (const queue of queues) {
      const next = queue[round];
      if (next !== undefined && picked.length < n) picked.push(next);
    }
  }
  return picked;
}

/** How many shared items an owner round holds: usually none, sometimes one or two. */
function ownerSharedQuota(rng: Rng): number {
  return rng() < 1 / 3 ? 1 + randomInt(2, rng) : 0;
}

interface Candidate {
  readonly item: ResponsibilityItem;
  readonly answer: BucketId;
}

/**
 * The round a spec describes; the same spec and content always give the same
 * round. Throws SortSpecError when the spec cannot make one (see roundSpecProblem).
 */
export function buildRound(items: readonly ResponsibilityItem[], spec: SortRoundSpec): SortRound {
  const problem = roundSpecProblem(items, spec);
  if (problem) throw new SortSpecError(problem, spec);

  const { kind, seed } = spec;
  const service = kind === 'service' ? spec.service : undefined;
  const rng = createRng(seed);
  const candidates: Candidate[] = [];
  for (const item of items) {
    const answer = answerFor(item, kind, service);
    if (answer !== undefined) candidates.push({ item, answer });
  }

  let chosen: Candidate[];
  if (spec.itemIds) {
    const wanted = new Set(spec.itemIds);
    chosen = candidates.filter((c) => wanted.has(c.item.id));
  } else {
    const size = spec.size ?? DEFAULT_ROUND_SIZE;
    const byAnswer = new Map<BucketId, Candidate[]>();
    for (const c of candidates) byAnswer.set(c.answer, [...(byAnswer.get(c.answer) ?? []), c]);
    if (kind === 'owner') {
      // The article splits duties between customer and AWS; shared ones are the exception.
      const shared = shuffle(byAnswer.get('shared') ?? [], rng).slice(0, Math.min(ownerSharedQuota(rng), size));
      const rest = [...byAnswer].filter(([answer]) => answer !== 'shared').map(([, group]) => group);
      chosen = [...shared, ...pickBalanced(rest, size - shared.length, rng)];
    } else {
      chosen = pickBalanced([...byAnswer.values()], size, rng);
    }
  }

  const cards = shuffle(chosen, rng).map((c): SortCard => ({ itemId: c.item.id, duty: c.item.duty, answer: c.answer }));
  const base = { kind, seed, buckets: bucketsFor(kind, cards), cards };
  return service ? { ...base, service } : base;
}

/** Something with URLSearchParams' `get`, so the domain does not depend on the DOM. */
export interface SearchParamsLike {
  get(name: string): string | null;
}

function isSortKind(value: string | null): value is SortKind {
  return SORT_KINDS.some((k) => k === value);
}

function findService(value: string | null): Service | undefined {
  return SORT_SERVICES.find((s) => s === value);
}

/**
 * The spec in a sort URL. Anything unreadable falls back: an unknown kind to an
 * owner round, a service round without a known service to DEFAULT_SORT_SERVICE,
 * a missing or malformed seed to `fallbackSeed` (made a whole number in range).
 */
export function parseRoundSpec(params: SearchParamsLike, fallbackSeed: number): SortRoundSpec {
  const rawKind = params.get('kind');
  const kind: SortKind = isSortKind(rawKind) ? rawKind : 'owner';
  const rawSeed = params.get('seed') ?? '';
  const parsed = /^\d{1,10}$/.test(rawSeed) ? Number(rawSeed) : Number.NaN;
  const seed = isSeed(parsed) ? parsed : Math.trunc(Number.isFinite(fallbackSeed) ? fallbackSeed : 0) >>> 0;
  if (kind !== 'service') return { kind, seed };
  return { kind, service: findService(params.get('service')) ?? DEFAULT_SORT_SERVICE, seed };
}

/**
 * The query string (no leading "?") for a spec: kind, service (service rounds
 * only) and seed. Size and retry items are not part of a link.
 */
export function roundSearch(spec: Pick<SortRoundSpec, 'kind' | 'service' | 'seed'>): string {
  const service = spec.kind === 'service' && spec.service ? `&service=${spec.service}` : '';
  return `kind=${spec.kind}${service}&seed=${spec.seed}`;
}

/** Where each card has been dropped, by item id. */
export type Placement = Readonly<Record<string, BucketId>>;

/** A new placement with the card in the bucket (moving it if it was elsewhere). */
export function place(placement: Placement, itemId: string, bucket: BucketId): Placement {
  return { ...placement, [itemId]: bucket };
}

/** The cards not yet in a bucket, in round order. */
export function unplaced(round: SortRound, placement: Placement): SortCard[] {
  return round.cards.filter((card) => placement[card.itemId] === undefined);
}

/** Whether this bucket is the card's answer; false for an item not in the round. */
export function isCorrectPlacement(round: SortRound, itemId: string, bucket: BucketId): boolean {
  return round.cards.some((card) => card.itemId === itemId && card.answer === bucket);
}

export interface SortMistake {
  readonly itemId: string;
  readonly placed: BucketId;
  readonly answer: BucketId;
}

export interface SortScore {
  readonly correct: number;
  /** Every card in the round; cards left unplaced count as neither correct nor mistakes. */
  readonly total: number;
  /** In round order. */
  readonly mistakes: readonly SortMistake[];
}

export function scoreRound(round: SortRound, placement: Placement): SortScore {
  let correct = 0;
  const mistakes: SortMistake[] = [];
  for (const card of round.cards) {
    const placed = placement[card.itemId];
    if (placed === undefined) continue;
    if (placed === card.answer) correct++;
    else mistakes.push({ itemId: card.itemId, placed, answer: card.answer });
  }
  return { correct, total: round.cards.length, mistakes };
}

/** A finished round as kept for "best": a score (higher is better) and the time it took. */
export interface SortRecord {
  readonly score: number;
  readonly ms: number;
}

/** Whether `a` beats the best so far: a higher score, or the same score in less time. */
export function isBetter(a: SortRecord, best: SortRecord | undefined): boolean {
  if (!best) return true;
  if (a.score !== best.score) return a.score > best.score;
  return a.ms < best.ms;
}

/** The spec for "retry my mistakes", or undefined when there were none. */
export function retrySpec(round: SortRound, score: Pick<SortScore, 'mistakes'>): SortRoundSpec | undefined {
  if (!score.mistakes.length) return undefined;
  const itemIds = [...new Set(score.mistakes.map((m) => m.itemId))];
  return round.service ? { kind: round.kind, service: round.service, seed: round.seed, itemIds } : { kind: round.kind, seed: round.seed, itemIds };
}
