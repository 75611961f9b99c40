/** Words for sets, buckets and prompts: the one place present mode turns ids into text. */
import type { AnswerKind, PresentDeck, PresentSet } from '@/domain/present-deck';
import { BUCKET_KEYS } from '@/domain/present-deck';
import type { Category, ControlType, Owner } from '@/domain/schema';
import { CONTROL_TYPES, OWNERS } from '@/domain/vocabulary';
import type { BucketId } from '@/domain/sort';
import { presentStrings } from '@/strings/present';
import { en } from '@/strings/en';

export function isOwnerBucket(bucket: BucketId): bucket is Owner {
  return OWNERS.some((owner) => owner === bucket);
}

function isControlBucket(bucket: BucketId): bucket is ControlType {
  return CONTROL_TYPES.some((type) => type === bucket);
}

export function setName(set: PresentSet, categories: readonly Category[]): string {
  const names = presentStrings.setNames;
  switch (set.kind) {
    case 'all':
      return names.all;
    case 'category':
      return categories.find((c) => c.id === set.category)?.name ?? set.category;
    case 'owner':
      return names.owner[set.owner];
    case 'sort':
      if (set.sort === 'service') return names['sort-service'](en.service[set.service]);
      return names[`sort-${set.sort}`];
  }
}

export function bucketLabel(kind: AnswerKind, bucket: BucketId): string {
  if (kind === 'control' && isControlBucket(bucket)) return en.controlType[bucket];
  if (kind === 'pentest' && (bucket === 'allowed' || bucket === 'prohibited')) return presentStrings.buckets[bucket];
  if (isOwnerBucket(bucket)) return en.owner[bucket];
  if (isControlBucket(bucket)) return en.controlType[bucket];
  return bucket === 'allowed' || bucket === 'prohibited' ? presentStrings.buckets[bucket] : bucket;
}

/** The question the room answers for every item of the deck. */
export function promptFor(deck: PresentDeck): string {
  const prompts = presentStrings.prompts;
  if (deck.set.kind === 'sort' && deck.set.sort === 'service') return prompts.service(en.service[deck.set.service]);
  return deck.answerKind === 'owner' ? prompts.owner : prompts[deck.answerKind];
}

/** The key that adds a hand to a bucket, as shown on screen (upper case). */
export function bucketKey(deck: PresentDeck, bucket: BucketId): string {
  return (BUCKET_KEYS[deck.answerKind][bucket] ?? '').toUpperCase();
}

/** "C, A, S or 1, 2, 3" for the deck's buckets. */
export function keyHint(deck: PresentDeck): string {
  const letters = deck.buckets.map((bucket) => bucketKey(deck, bucket)).join(', ');
  const digits = deck.buckets.map((_, i) => String(i + 1)).join(', ');
  return presentStrings.keysOr(letters, digits);
}
