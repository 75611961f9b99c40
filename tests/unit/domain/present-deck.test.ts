import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bucketForKey,
  buildDeck,
  clampIndex,
  parsePresentLink,
  parseSet,
  presentSearch,
  setItems,
  setParam,
  setSize,
  type PresentDeck,
  type PresentSet,
} from '@/domain/present-deck';
import type { Content } from '@/domain/schema';
import { buildRound, eligibleItems } from '@/domain/sort';
import { validateContent } from '@/domain/validate';
import { readContentFiles } from '../../../scripts/content-files';

const result = validateContent(readContentFiles(join(import.meta.dirname, '..', '..', '..', 'content')));
if (!result.ok) throw new Error(result.errors.join('\n'));
const content: Content = result.content;

function deck(set: PresentSet, seed: number, size?: number): PresentDeck {
  const built = buildDeck(content, set, seed, size);
  if (!built.ok) throw new Error(`no deck: ${built.problem}`);
  return built.deck;
}

const EVERY_SHAPE: PresentSet[] = [
  { kind: 'all' },
  { kind: 'category', category: 'network-firewall' },
  { kind: 'owner', owner: 'shared' },
  { kind: 'sort', sort: 'owner' },
  { kind: 'sort', sort: 'service', service: 'rds' },
  { kind: 'sort', sort: 'pentest' },
  { kind: 'sort', sort: 'control' },
];

describe('lesson sets in links', () => {
  it('reads back every set it writes', () => {
    for (const set of EVERY_SHAPE) expect(parseSet(setParam(set))).toEqual(set);
    expect(setParam({ kind: 'sort', sort: 'service', service: 'elastic-beanstalk' })).toBe('sort:service:elastic-beanstalk');
  });

  it('refuses what names no set', () => {
    for (const value of [null, '', 'category', 'category:', 'category:Not Kebab', 'owner:nobody', 'sort', 'sort:quiz', 'sort:service', 'sort:service:azure', 'sort:owner:extra', 'all:of-it', 'everything'])
      expect(parseSet(value), String(value)).toBeUndefined();
  });
});

describe('building a deck', () => {
  it('shows every item of a category once, in an order fixed by the seed, asking who owns each', () => {
    const d = deck({ kind: 'category', category: 'network-firewall' }, 7);
    const expected = content.items.filter((i) => i.category === 'network-firewall');
    expect(d.cards.map((c) => c.itemId).sort()).toEqual(expected.map((i) => i.id).sort());
    expect(d.buckets).toEqual(['customer', 'aws', 'shared']);
    expect(d.answerKind).toBe('owner');
    for (const card of d.cards) expect(card.answer).toBe(content.items.find((i) => i.id === card.itemId)?.owner);
    expect(deck({ kind: 'category', category: 'network-firewall' }, 7)).toEqual(d);
    const orders = new Set([1, 2, 3, 4, 5].map((seed) => deck({ kind: 'category', category: 'network-firewall' }, seed).cards.map((c) => c.itemId).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('trims to the size asked for, and keeps the size in the deck for the link', () => {
    const d = deck({ kind: 'all' }, 3, 5);
    expect(d.cards).toHaveLength(5);
    expect(d.size).toBe(5);
    expect(deck({ kind: 'all' }, 3).cards).toHaveLength(content.items.length);
    expect(deck({ kind: 'all' }, 3).size).toBeUndefined();
  });

  it('makes a sort set the very round Sort mode deals for the same seed and size', () => {
    for (const set of EVERY_SHAPE) {
      if (set.kind !== 'sort') continue;
      const service = set.sort === 'service' ? set.service : undefined;
      const round = buildRound(content.items, { kind: set.sort, service, seed: 11, size: 12 });
      const d = deck(set, 11, 12);
      expect(d.cards).toEqual(round.cards.map((c) => ({ itemId: c.itemId, answer: c.answer })));
      expect(d.buckets).toEqual(round.buckets);
    }
    expect(deck({ kind: 'sort', sort: 'pentest' }, 1).answerKind).toBe('pentest');
    expect(deck({ kind: 'sort', sort: 'pentest' }, 1).buckets).toEqual(['allowed', 'prohibited']);
    expect(deck({ kind: 'sort', sort: 'control' }, 1).answerKind).toBe('control');
  });

  it('without a size, a sort set holds every item that can be sorted that way', () => {
    expect(deck({ kind: 'sort', sort: 'pentest' }, 2).cards).toHaveLength(eligibleItems(content.items, 'pentest').length);
    expect(setSize(content, { kind: 'sort', sort: 'control' })).toBe(eligibleItems(content.items, 'control').length);
  });

  it('says why a set cannot be presented', () => {
    expect(buildDeck(content, { kind: 'category', category: 'no-such-category' }, 1)).toEqual({ ok: false, problem: 'unknown-set' });
    const lonely = { items: content.items.filter((i) => i.byService?.fargate === undefined), categories: content.categories };
    expect(buildDeck(lonely, { kind: 'sort', sort: 'service', service: 'fargate' }, 1)).toEqual({ ok: false, problem: 'empty-set' });
    expect(buildDeck({ items: [], categories: content.categories }, { kind: 'all' }, 1)).toEqual({ ok: false, problem: 'empty-set' });
  });

  it('draws an owner set from that owner’s duties only', () => {
    expect(setItems(content.items, { kind: 'owner', owner: 'aws' }).every((i) => i.owner === 'aws')).toBe(true);
    expect(deck({ kind: 'owner', owner: 'aws' }, 9).cards.every((c) => c.answer === 'aws')).toBe(true);
  });
});

describe('lesson links', () => {
  const params = (search: string) => new URLSearchParams(search);

  it('reads the set, seed, size, one-based item and view', () => {
    expect(parsePresentLink(params('set=category:network-firewall&seed=7&i=3'), 99)).toEqual({
      set: { kind: 'category', category: 'network-firewall' },
      seed: 7,
      index: 2,
      view: 'audience',
    });
    expect(parsePresentLink(params('set=sort:pentest&seed=1&n=5&i=1&view=presenter'), 0)).toMatchObject({ size: 5, view: 'presenter', index: 0 });
  });

  it('falls back leniently: a bad seed to the fallback, a bad item to the first, a bad size to all', () => {
    expect(parsePresentLink(params('set=all&seed=-4&i=zero&n=0'), 42)).toEqual({ set: { kind: 'all' }, seed: 42, index: 0, view: 'audience' });
    expect(parsePresentLink(params('set=all&seed=99999999999'), 5)?.seed).toBe(5);
    expect(parsePresentLink(params('seed=1&i=2'), 5)).toBeUndefined();
  });

  it('writes a link that reads back the same, with readable colons', () => {
    const link = { set: { kind: 'sort', sort: 'service', service: 'rds' }, seed: 12, size: 6, index: 4, view: 'presenter' } as const;
    const search = presentSearch(link);
    expect(search).toBe('set=sort:service:rds&seed=12&n=6&i=5&view=presenter');
    expect(parsePresentLink(params(search), 0)).toEqual(link);
    expect(presentSearch({ set: { kind: 'all' }, seed: 0, index: 0, view: 'audience' })).toBe('set=all&seed=0&i=1');
  });

  it('clamps a position to the deck: past the last item is the misconception board', () => {
    const d = deck({ kind: 'category', category: 'core' }, 1);
    expect(clampIndex(d, -3)).toBe(0);
    expect(clampIndex(d, 2)).toBe(2);
    expect(clampIndex(d, 500)).toBe(d.cards.length);
  });
});

describe('counting hands from the keyboard', () => {
  it('takes a bucket’s letter or its position', () => {
    const owner = deck({ kind: 'category', category: 'core' }, 1);
    expect(['c', 'A', 's', '1', '2', '3'].map((k) => bucketForKey(owner, k))).toEqual(['customer', 'aws', 'shared', 'customer', 'aws', 'shared']);
    expect(bucketForKey(owner, '4')).toBeUndefined();
    expect(bucketForKey(owner, 'x')).toBeUndefined();
    const pentest = deck({ kind: 'sort', sort: 'pentest' }, 1);
    expect(['a', 'p', '1', '2', 'c'].map((k) => bucketForKey(pentest, k))).toEqual(['allowed', 'prohibited', 'allowed', 'prohibited', undefined]);
    const control = deck({ kind: 'sort', sort: 'control' }, 1);
    expect(bucketForKey(control, 'i')).toBe(control.buckets.includes('inherited') ? 'inherited' : undefined);
  });

  it('never gives two buckets of one deck the same letter, nor uses F or B (full screen, blank)', () => {
    for (const set of EVERY_SHAPE) {
      const d = deck(set, 1);
      const letters = d.buckets.map((b) => 'abcdefghijklmnopqrstuvwxyz'.split('').find((k) => bucketForKey(d, k) === b));
      expect(letters.every(Boolean), setParam(set)).toBe(true);
      expect(new Set(letters).size).toBe(d.buckets.length);
      expect(letters).not.toContain('f');
      expect(letters).not.toContain('b');
    }
  });
});
