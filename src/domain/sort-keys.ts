/**
 * The keyboard's way into a sort round: each bucket has a letter (C for
 * Customer, A for AWS, P for Prohibited...) and its number in the row (1, 2,
 * 3...), shown on the bucket itself. Letters are unique within every kind of
 * round; numbers always work.
 */
import type { BucketId } from './sort.ts';

export const BUCKET_LETTERS: Readonly<Record<BucketId, string>> = {
  customer: 'C',
  aws: 'A',
  shared: 'S',
  allowed: 'A',
  prohibited: 'P',
  inherited: 'I',
  'customer-specific': 'C',
};

/** The key that takes back the last placement. */
export const UNDO_KEY = 'Z';

export interface BucketKey {
  readonly bucket: BucketId;
  readonly letter: string;
  /** "1" for the first bucket shown. */
  readonly number: string;
}

/** Each bucket's letter and number, in display order. */
export function bucketKeys(buckets: readonly BucketId[]): BucketKey[] {
  return buckets.map((bucket, index) => ({ bucket, letter: BUCKET_LETTERS[bucket], number: String(index + 1) }));
}

/**
 * The bucket a key press means (KeyboardEvent#key, any case), or undefined.
 * Digits count from 1 in display order; letters are looked up among the
 * buckets shown, so "S" does nothing in a round without a Shared bucket.
 */
export function bucketForKey(buckets: readonly BucketId[], key: string): BucketId | undefined {
  if (/^[1-9]$/.test(key)) return buckets[Number(key) - 1];
  if (key.length !== 1) return undefined;
  const letter = key.toUpperCase();
  return buckets.find((bucket) => BUCKET_LETTERS[bucket] === letter);
}

/** Whether a key press means "undo" (Z, or Ctrl/Cmd+Z as elsewhere). */
export function isUndoKey(key: string): boolean {
  return key.toUpperCase() === UNDO_KEY;
}
