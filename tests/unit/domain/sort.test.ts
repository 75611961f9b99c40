import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResponsibilityItem, Service } from '@/domain/schema';
import {
  DEFAULT_ROUND_SIZE,
  DEFAULT_SORT_SERVICE,
  SORT_KINDS,
  SORT_SERVICES,
  SortSpecError,
  availableServices,
  buildRound,
  eligibleItems,
  isBetter,
  isCorrectPlacement,
  parseRoundSpec,
  place,
  retrySpec,
  roundSearch,
  roundSpecProblem,
  scoreRound,
  unplaced,
  type BucketId,
  type Placement,
  type SortRound,
  type SortRoundSpec,
} from '@/domain/sort';
import { validateContent } from '@/domain/validate';
import { readContentFiles } from '../../../scripts/content-files';

const root = join(import.meta.dirname, '..', '..', '..', 'content');
const result = validateContent(readContentFiles(root));
const items: readonly ResponsibilityItem[] = result.ok ? result.content.items : [];
const byId = new Map(items.map((i) => [i.id, i]));

function itemOf(id: string): ResponsibilityItem {
  const item = byId.get(id);
  if (!item) throw new Error(`no item ${id} in the content`);
  return item;
}

const ids = (round: SortRound) => round.cards.map((c) => c.itemId);
const seeds = Array.from({ length: 40 }, (_, i) => i * 7919 + 1);
const count = (round: SortRound, answer: BucketId) => round.cards.filter((c) => c.answer === answer).length;

/** A placement that drops every card in the wrong bucket for the given ids, and the right one otherwise. */
function placeAll(round: SortRound, wrongIds: ReadonlySet<string>): Placement {
  let placement: Placement = {};
  for (const card of round.cards) {
    const wrong = round.buckets.find((b) => b !== card.answer);
    placement = place(placement, card.itemId, wrongIds.has(card.itemId) && wrong ? wrong : card.answer);
  }
  return placement;
}

const tiny = (id: string, fields: Partial<ResponsibilityItem>): ResponsibilityItem => ({
  id,
  duty: `Duty ${id}`,
  owner: 'customer',
  category: 'core',
  explanation: 'Why.',
  source: { ref: 'x' },
  ...fields,
});

describe('the content the sort rounds are built from', () => {
  it('is valid and rich enough', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(items.length).toBeGreaterThan(DEFAULT_ROUND_SIZE);
  });
});

describe('eligibleItems', () => {
  it('takes every item for owner rounds', () => {
    expect(eligibleItems(items, 'owner')).toHaveLength(items.length);
  });

  it('takes only items with an owner for the chosen service', () => {
    const rds = eligibleItems(items, 'service', 'rds');
    expect(rds.length).toBeGreaterThanOrEqual(2);
    expect(rds.every((i) => i.byService?.rds !== undefined)).toBe(true);
    expect(rds.map((i) => i.id)).not.toContain('svc-application-code');
    expect(eligibleItems(items, 'service')).toEqual([]);
  });

  it('leaves conditional pen tests out', () => {
    const pentest = eligibleItems(items, 'pentest');
    expect(pentest.map((i) => i.penTest).sort()).toEqual(
      items.filter((i) => i.penTest === 'allowed' || i.penTest === 'prohibited').map((i) => i.penTest).sort(),
    );
    expect(pentest.map((i) => i.id)).not.toContain('pt-ddos-simulation');
    expect(items.some((i) => i.penTest === 'conditional')).toBe(true);
  });

  it('takes only items with a control type for control rounds', () => {
    const control = eligibleItems(items, 'control');
    expect(control.length).toBe(items.filter((i) => i.controlType).length);
    expect(control.every((i) => i.controlType !== undefined)).toBe(true);
  });
});

describe('availableServices', () => {
  it('offers every sort service with the shipped content', () => {
    expect(availableServices(items)).toEqual([...SORT_SERVICES]);
  });

  it('drops a service with fewer than two items or a single answer', () => {
    const few = [
      tiny('a', { byService: { ec2: { owner: 'customer' }, rds: { owner: 'aws' }, s3: { owner: 'aws' } } }),
      tiny('b', { byService: { ec2: { owner: 'aws' }, s3: { owner: 'aws' } } }),
    ];
    expect(availableServices(few)).toEqual(['ec2']);
  });
});

describe('buildRound', () => {
  it('gives the same round for the same spec, for every kind', () => {
    for (const kind of SORT_KINDS) {
      const spec: SortRoundSpec = kind === 'service' ? { kind, service: 'rds', seed: 42 } : { kind, seed: 42 };
      expect(buildRound(items, spec)).toEqual(buildRound(items, spec));
    }
  });

  it('picks other items in another order for another seed', () => {
    const a = ids(buildRound(items, { kind: 'owner', seed: 1 }));
    const b = ids(buildRound(items, { kind: 'owner', seed: 2 }));
    expect(a).not.toEqual(b);
    expect([...a].sort()).not.toEqual([...b].sort());
    const rdsOrders = new Set(seeds.map((seed) => ids(buildRound(items, { kind: 'service', service: 'rds', seed })).join()));
    expect(rdsOrders.size).toBeGreaterThan(1);
  });

  it('holds the default size, or a given size, of distinct cards', () => {
    const round = buildRound(items, { kind: 'owner', seed: 7 });
    expect(round.cards).toHaveLength(DEFAULT_ROUND_SIZE);
    expect(new Set(ids(round)).size).toBe(DEFAULT_ROUND_SIZE);
    expect(buildRound(items, { kind: 'owner', seed: 7, size: 5 }).cards).toHaveLength(5);
    expect(buildRound(items, { kind: 'pentest', seed: 7, size: 8 }).cards).toHaveLength(8);
  });

  it('holds every eligible item when there are fewer than the size', () => {
    const fargate = eligibleItems(items, 'service', 'fargate');
    expect(fargate.length).toBeLessThan(DEFAULT_ROUND_SIZE);
    const round = buildRound(items, { kind: 'service', service: 'fargate', seed: 3 });
    expect([...ids(round)].sort()).toEqual(fargate.map((i) => i.id).sort());
  });

  it('answers owner cards with the item owner and shows the duty', () => {
    for (const seed of seeds) {
      for (const card of buildRound(items, { kind: 'owner', seed }).cards) {
        expect(card.answer).toBe(itemOf(card.itemId).owner);
        expect(card.duty).toBe(itemOf(card.itemId).duty);
      }
    }
  });

  it('answers service cards with the owner on that service, keeping the duty text', () => {
    for (const service of SORT_SERVICES) {
      const round = buildRound(items, { kind: 'service', service, seed: 11 });
      expect(round.service).toBe(service);
      for (const card of round.cards) {
        expect(card.answer).toBe(itemOf(card.itemId).byService?.[service]?.owner);
        expect(card.duty).toBe(itemOf(card.itemId).duty);
      }
    }
  });

  it('moves OS patching from the customer on EC2 to AWS on RDS', () => {
    const answer = (service: Service) =>
      buildRound(items, { kind: 'service', service, seed: 5 }).cards.find((c) => c.itemId === 'svc-os-patching')?.answer;
    expect(answer('ec2')).toBe('customer');
    expect(answer('rds')).toBe('aws');
  });

  it('answers pen-test cards allowed or prohibited, as the item says', () => {
    for (const seed of seeds.slice(0, 10)) {
      const round = buildRound(items, { kind: 'pentest', seed });
      expect(round.buckets).toEqual(['allowed', 'prohibited']);
      for (const card of round.cards) expect(card.answer).toBe(itemOf(card.itemId).penTest);
      // Balanced: a 12-card round from 8 + 8 items is 6 and 6.
      expect([count(round, 'allowed'), count(round, 'prohibited')]).toEqual([6, 6]);
    }
  });

  it('answers control cards with the control type and lists only the types present', () => {
    const round = buildRound(items, { kind: 'control', seed: 9 });
    for (const card of round.cards) expect(card.answer).toBe(itemOf(card.itemId).controlType);
    expect(round.buckets).toEqual(['inherited', 'shared', 'customer-specific']);
    const small = buildRound(items, { kind: 'control', seed: 9, itemIds: ['phy-power', 'cmp-zone-security'] });
    expect(small.buckets).toEqual(['inherited', 'customer-specific']);
  });

  it('never shows a control round with a single bucket', () => {
    const round = buildRound(items, { kind: 'control', seed: 9, itemIds: ['phy-power', 'phy-data-centers'] });
    expect(round.buckets).toEqual(['inherited', 'shared']);
  });

  it('shows the Shared bucket exactly when a card needs it', () => {
    const rounds = [
      ...seeds.map((seed) => buildRound(items, { kind: 'owner', seed })),
      ...SORT_SERVICES.map((service) => buildRound(items, { kind: 'service', service, seed: 2 })),
    ];
    const withShared = rounds.filter((round) => round.cards.some((c) => c.answer === 'shared'));
    for (const round of rounds) {
      expect(round.buckets).toEqual(withShared.includes(round) ? ['customer', 'aws', 'shared'] : ['customer', 'aws']);
    }
    expect(withShared.length).toBeGreaterThan(0);
    expect(withShared.length).toBeLessThan(rounds.length);
    expect(buildRound(items, { kind: 'service', service: 'ec2', seed: 2 }).buckets).toEqual(['customer', 'aws']);
    expect(buildRound(items, { kind: 'service', service: 'rds', seed: 2 }).buckets).toEqual(['customer', 'aws', 'shared']);
  });

  it('mixes customer and AWS in owner rounds, with shared items only now and then', () => {
    const rounds = seeds.map((seed) => buildRound(items, { kind: 'owner', seed }));
    for (const round of rounds) {
      expect(count(round, 'customer')).toBeGreaterThanOrEqual(5);
      expect(count(round, 'aws')).toBeGreaterThanOrEqual(5);
      expect(count(round, 'shared')).toBeLessThanOrEqual(2);
    }
    const withShared = rounds.filter((r) => count(r, 'shared') > 0).length;
    expect(withShared).toBeGreaterThan(0);
    expect(withShared).toBeLessThan(rounds.length / 2);
  });

  it('rejects a spec that cannot make a round, saying why', () => {
    const problem = (spec: SortRoundSpec, content: readonly ResponsibilityItem[] = items) => {
      try {
        buildRound(content, spec);
        return undefined;
      } catch (error) {
        return error instanceof SortSpecError ? error.problem : 'other error';
      }
    };
    expect(problem({ kind: 'service', seed: 1 })).toBe('missing-service');
    const oneRds = [tiny('a', { byService: { rds: { owner: 'aws' } } }), tiny('b', { byService: { ec2: { owner: 'aws' } } })];
    expect(problem({ kind: 'service', service: 'rds', seed: 1 }, oneRds)).toBe('too-few-items');
    expect(problem({ kind: 'pentest', seed: 1 }, oneRds)).toBe('too-few-items');
    expect(problem({ kind: 'owner', seed: 1, size: 0 })).toBe('invalid-size');
    expect(problem({ kind: 'owner', seed: 1.5 })).toBe('invalid-seed');
    expect(problem({ kind: 'owner', seed: -1 })).toBe('invalid-seed');
    expect(problem({ kind: 'pentest', seed: 1, itemIds: ['pt-ddos-simulation', 'no-such-item'] })).toBe('no-items');
    expect(problem({ kind: 'owner', seed: 1 })).toBeUndefined();
    expect(roundSpecProblem(items, { kind: 'service', seed: 1 })).toBe('missing-service');
    expect(roundSpecProblem(items, { kind: 'service', service: 'rds', seed: 1 })).toBeUndefined();
  });

  it('ignores a service on rounds that are not service rounds', () => {
    const round = buildRound(items, { kind: 'owner', service: 'rds', seed: 4 });
    expect(round.service).toBeUndefined();
    expect(round).toEqual(buildRound(items, { kind: 'owner', seed: 4 }));
  });
});

describe('placing and scoring', () => {
  const round = buildRound(items, { kind: 'owner', seed: 42 });
  const [first, second, third] = round.cards;
  if (!first || !second || !third) throw new Error('round too small');
  const wrongFor = (answer: BucketId): BucketId => (answer === 'aws' ? 'customer' : 'aws');

  it('places without changing the earlier placement, and moves a card on a second drop', () => {
    const empty: Placement = {};
    const one = place(empty, first.itemId, 'aws');
    expect(empty).toEqual({});
    expect(one).toEqual({ [first.itemId]: 'aws' });
    expect(place(one, first.itemId, 'customer')).toEqual({ [first.itemId]: 'customer' });
  });

  it('lists the cards still to place, in round order', () => {
    expect(unplaced(round, {})).toEqual(round.cards);
    const placement = place(place({}, second.itemId, 'aws'), first.itemId, 'aws');
    expect(unplaced(round, placement)).toEqual(round.cards.slice(2));
  });

  it('checks a single drop', () => {
    expect(isCorrectPlacement(round, first.itemId, first.answer)).toBe(true);
    expect(isCorrectPlacement(round, first.itemId, wrongFor(first.answer))).toBe(false);
    expect(isCorrectPlacement(round, 'no-such-item', first.answer)).toBe(false);
  });

  it('counts right answers and lists each mistake with where it went', () => {
    const placement = placeAll(round, new Set([first.itemId, third.itemId]));
    const score = scoreRound(round, placement);
    expect(score.total).toBe(round.cards.length);
    expect(score.correct).toBe(round.cards.length - 2);
    expect(score.mistakes).toEqual([
      { itemId: first.itemId, placed: placement[first.itemId], answer: first.answer },
      { itemId: third.itemId, placed: placement[third.itemId], answer: third.answer },
    ]);
    expect(score.mistakes.every((m) => m.placed !== m.answer)).toBe(true);
  });

  it('counts an unplaced card as neither right nor a mistake, and ignores cards from elsewhere', () => {
    const placement = place(place({}, first.itemId, first.answer), 'not-in-round', 'aws');
    expect(scoreRound(round, placement)).toEqual({ correct: 1, total: round.cards.length, mistakes: [] });
  });
});

describe('retry my mistakes', () => {
  it('builds a round of exactly the mistaken items, same kind and service', () => {
    const round = buildRound(items, { kind: 'service', service: 'ec2', seed: 8 });
    const wrong = new Set(ids(round).slice(1, 4));
    const spec = retrySpec(round, scoreRound(round, placeAll(round, wrong)));
    expect(spec?.kind).toBe('service');
    expect(spec?.service).toBe('ec2');
    expect([...(spec?.itemIds ?? [])].sort()).toEqual([...wrong].sort());
    if (!spec) throw new Error('expected a retry spec');
    const retry = buildRound(items, spec);
    expect([...ids(retry)].sort()).toEqual([...wrong].sort());
    for (const card of retry.cards) expect(card.answer).toBe(itemOf(card.itemId).byService?.ec2?.owner);
  });

  it('gives the same retry round whatever order the ids come in', () => {
    const a = buildRound(items, { kind: 'owner', seed: 3, itemIds: ['phy-power', 'svc-backups', 'pt-lambda'] });
    const b = buildRound(items, { kind: 'owner', seed: 3, itemIds: ['pt-lambda', 'phy-power', 'svc-backups'] });
    expect(a).toEqual(b);
    expect(a.cards).toHaveLength(3);
  });

  it('has nothing to retry after a perfect round', () => {
    const round = buildRound(items, { kind: 'pentest', seed: 8 });
    expect(retrySpec(round, scoreRound(round, placeAll(round, new Set())))).toBeUndefined();
  });
});

describe('round links', () => {
  const params = (search: string) => new URLSearchParams(search);

  it('writes kind, service and seed', () => {
    expect(roundSearch({ kind: 'service', service: 'rds', seed: 42 })).toBe('kind=service&service=rds&seed=42');
    expect(roundSearch({ kind: 'pentest', service: 'rds', seed: 7 })).toBe('kind=pentest&seed=7');
  });

  it('reads back what it wrote, for every kind and service', () => {
    const specs: SortRoundSpec[] = [
      ...SORT_KINDS.filter((k) => k !== 'service').map((kind): SortRoundSpec => ({ kind, seed: 123 })),
      ...SORT_SERVICES.map((service): SortRoundSpec => ({ kind: 'service', service, seed: 4294967295 })),
      { kind: 'owner', seed: 0 },
    ];
    for (const spec of specs) expect(parseRoundSpec(params(roundSearch(spec)), 999)).toEqual(spec);
  });

  it('reproduces the same round from a link', () => {
    const spec: SortRoundSpec = { kind: 'service', service: 'rds', seed: 42 };
    expect(buildRound(items, parseRoundSpec(params(roundSearch(spec)), 1))).toEqual(buildRound(items, spec));
  });

  it('falls back to sensible defaults on bad parameters', () => {
    expect(parseRoundSpec(params(''), 77)).toEqual({ kind: 'owner', seed: 77 });
    expect(parseRoundSpec(params('kind=bogus&seed=5'), 77)).toEqual({ kind: 'owner', seed: 5 });
    expect(parseRoundSpec(params('kind=service&seed=5'), 77)).toEqual({ kind: 'service', service: DEFAULT_SORT_SERVICE, seed: 5 });
    expect(parseRoundSpec(params('kind=service&service=ec3&seed=5'), 77)).toEqual({ kind: 'service', service: 'ec2', seed: 5 });
    expect(parseRoundSpec(params('kind=control&service=rds&seed=5'), 77)).toEqual({ kind: 'control', seed: 5 });
    for (const seed of ['abc', '-1', '1.5', '1e3', '4294967296', '99999999999', ' 5']) {
      expect(parseRoundSpec(params(`kind=pentest&seed=${encodeURIComponent(seed)}`), 77)).toEqual({ kind: 'pentest', seed: 77 });
    }
  });

  it('makes a bad fallback seed a usable one', () => {
    for (const fallback of [1_700_000_000_123, -3, 2.5, Number.NaN]) {
      const spec = parseRoundSpec(params('kind=owner'), fallback);
      expect(roundSpecProblem(items, spec)).toBeUndefined();
      expect(parseRoundSpec(params(roundSearch(spec)), 0)).toEqual(spec);
    }
  });
});

describe('isBetter', () => {
  it('beats no record at all', () => {
    expect(isBetter({ score: 0, ms: 90_000 }, undefined)).toBe(true);
  });

  it('prefers a higher score, even when slower', () => {
    expect(isBetter({ score: 10, ms: 90_000 }, { score: 9, ms: 30_000 })).toBe(true);
    expect(isBetter({ score: 9, ms: 30_000 }, { score: 10, ms: 90_000 })).toBe(false);
  });

  it('breaks a tie on score by time, and a full tie is not better', () => {
    expect(isBetter({ score: 10, ms: 40_000 }, { score: 10, ms: 50_000 })).toBe(true);
    expect(isBetter({ score: 10, ms: 50_000 }, { score: 10, ms: 40_000 })).toBe(false);
    expect(isBetter({ score: 10, ms: 50_000 }, { score: 10, ms: 50_000 })).toBe(false);
  });
});
