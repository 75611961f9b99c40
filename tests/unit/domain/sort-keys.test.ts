import { describe, expect, it } from 'vitest';
import { SORT_KINDS, buildRound, type BucketId } from '@/domain/sort';
import { BUCKET_LETTERS, bucketForKey, bucketKeys, isUndoKey } from '@/domain/sort-keys';
import type { ResponsibilityItem } from '@/domain/schema';

const OWNER: BucketId[] = ['customer', 'aws', 'shared'];
const PENTEST: BucketId[] = ['allowed', 'prohibited'];
const CONTROL: BucketId[] = ['inherited', 'shared', 'customer-specific'];

describe('bucket keys', () => {
  it('gives the mnemonic letters of each kind of round', () => {
    expect(bucketKeys(OWNER).map((k) => `${k.letter}${k.number}`)).toEqual(['C1', 'A2', 'S3']);
    expect(bucketKeys(PENTEST).map((k) => `${k.letter}${k.number}`)).toEqual(['A1', 'P2']);
    expect(bucketKeys(CONTROL).map((k) => `${k.letter}${k.number}`)).toEqual(['I1', 'S2', 'C3']);
  });

  it('never gives two buckets of a round the same letter, nor the undo letter', () => {
    for (const buckets of [OWNER, PENTEST, CONTROL]) {
      const letters = buckets.map((b) => BUCKET_LETTERS[b]);
      expect(new Set(letters).size).toBe(letters.length);
      expect(letters.some(isUndoKey)).toBe(false);
    }
  });

  it('covers every bucket any real round shows', () => {
    const item = (id: string, fields: Partial<ResponsibilityItem>): ResponsibilityItem => ({
      id,
      duty: id,
      owner: 'customer',
      category: 'core',
      explanation: 'Why.',
      source: { ref: 'x' },
      ...fields,
    });
    const items = [
      item('a', { owner: 'aws', penTest: 'allowed', controlType: 'inherited', byService: { rds: { owner: 'aws' } } }),
      item('b', { owner: 'shared', penTest: 'prohibited', controlType: 'shared', byService: { rds: { owner: 'customer' } } }),
      item('c', { controlType: 'customer-specific', byService: { rds: { owner: 'shared' } } }),
    ];
    for (const kind of SORT_KINDS) {
      const round = buildRound(items, kind === 'service' ? { kind, service: 'rds', seed: 1 } : { kind, seed: 1 });
      for (const bucket of round.buckets) expect(bucketForKey(round.buckets, BUCKET_LETTERS[bucket])).toBe(bucket);
    }
  });
});

describe('bucketForKey', () => {
  it('reads letters in either case, among the buckets shown only', () => {
    expect(bucketForKey(OWNER, 'c')).toBe('customer');
    expect(bucketForKey(OWNER, 'A')).toBe('aws');
    expect(bucketForKey(['customer', 'aws'], 's')).toBeUndefined();
    expect(bucketForKey(PENTEST, 'a')).toBe('allowed');
    expect(bucketForKey(PENTEST, 'p')).toBe('prohibited');
    expect(bucketForKey(CONTROL, 'c')).toBe('customer-specific');
  });

  it('reads digits from 1 in display order, and nothing past the last bucket', () => {
    expect(bucketForKey(CONTROL, '1')).toBe('inherited');
    expect(bucketForKey(CONTROL, '3')).toBe('customer-specific');
    expect(bucketForKey(CONTROL, '4')).toBeUndefined();
    expect(bucketForKey(CONTROL, '0')).toBeUndefined();
  });

  it('ignores other keys', () => {
    for (const key of ['Enter', ' ', 'ArrowLeft', 'x', 'Tab', 'é']) expect(bucketForKey(OWNER, key)).toBeUndefined();
  });
});

describe('isUndoKey', () => {
  it('is Z in either case and nothing else', () => {
    expect(isUndoKey('z')).toBe(true);
    expect(isUndoKey('Z')).toBe(true);
    expect(isUndoKey('y')).toBe(false);
    expect(isUndoKey('Escape')).toBe(false);
  });
});
