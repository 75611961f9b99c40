/** Names and keys the sort screens share: round titles, bucket wording, best-score keys, feedback modes. */
import { SORT_KINDS, SORT_SERVICES, type BucketId, type Placement, type SortKind, type SortRound, type SortScore, type SortSpecProblem } from '@/domain/sort';
import type { Service } from '@/domain/schema';
import { sortStrings } from '@/strings/sort';
import { en } from '@/strings/en';

export const FEEDBACK_MODES = ['now', 'end'] as const;
/** 'now': each placement is judged as it is made; 'end': place everything, then "check all". */
export type FeedbackMode = (typeof FEEDBACK_MODES)[number];

/** The URL parameter that carries the feedback mode (absent means 'now'). */
export const FEEDBACK_PARAM = 'feedback';

export function feedbackFrom(params: { get(name: string): string | null }): FeedbackMode {
  return params.get(FEEDBACK_PARAM) === 'end' ? 'end' : 'now';
}

/** The store key of the best result for a kind of round: the kind, or `service:<service>`. */
export function bestKey(kind: SortKind, service?: Service): string {
  return kind === 'service' && service ? `service:${service}` : kind;
}

/** Every best-score key, in the order the start screen lists them. */
export function bestKeysInOrder(): { key: string; label: string }[] {
  return SORT_KINDS.flatMap((kind) =>
    kind === 'service'
      ? SORT_SERVICES.map((service) => ({ key: bestKey(kind, service), label: sortStrings.serviceRoundName(en.service[service]) }))
      : [{ key: bestKey(kind), label: sortStrings.kinds[kind] }],
  );
}

export function roundTitle(round: Pick<SortRound, 'kind' | 'service'>): string {
  return round.kind === 'service' && round.service ? sortStrings.serviceRoundTitle(en.service[round.service]) : sortStrings.roundTitles[round.kind];
}

export const bucketLabel = (bucket: BucketId): string => sortStrings.buckets[bucket];

/** The colour family of a bucket: owners keep their own; control types borrow the owner they mean. */
export type BucketTone = 'customer' | 'aws' | 'shared' | 'allowed' | 'prohibited';

export const BUCKET_TONES: Readonly<Record<BucketId, BucketTone>> = {
  customer: 'customer',
  aws: 'aws',
  shared: 'shared',
  inherited: 'aws',
  'customer-specific': 'customer',
  allowed: 'allowed',
  prohibited: 'prohibited',
};

/** A problem with the round a link asks for: the domain's, or a seed that cannot be read. */
export type LinkProblem = SortSpecProblem | 'invalid-link-seed';

/** A finished round, as the results show it. */
export interface RoundFinish {
  readonly ms: number;
  readonly score: SortScore;
  readonly placement: Placement;
  /** The result became the best for its kind of round. */
  readonly newBest: boolean;
}
