import type { AnswerKind } from '@/domain/present-deck';
import type { BucketId } from '@/domain/sort';
import { cx } from '@/components/ui/cx';
import { OwnerBadge } from '@/components/ui/OwnerBadge';
import { OwnerIcon } from '@/components/ui/OwnerIcon';
import styles from './BucketLabel.module.css';
import { bucketLabel, isOwnerBucket } from './labels';

/** A bucket's word, with the owner's icon and colour when the bucket is an owner. */
export function BucketLabel({ kind, bucket }: { kind: AnswerKind; bucket: BucketId }) {
  const owner = kind === 'owner' && isOwnerBucket(bucket) ? bucket : undefined;
  return (
    <span className={cx(styles.label, owner && styles[owner])}>
      {owner ? <OwnerIcon owner={owner} /> : null}
      {bucketLabel(kind, bucket)}
    </span>
  );
}

/** The right answer as a badge: the owner badge for owners, a plain one for test and control answers. */
export function AnswerBadge({ kind, bucket }: { kind: AnswerKind; bucket: BucketId }) {
  if (kind === 'owner' && isOwnerBucket(bucket)) return <OwnerBadge owner={bucket} size="large" />;
  return <span className={styles.badge}>{bucketLabel(kind, bucket)}</span>;
}

/** A check mark for the right answer; the word always goes with it. */
export function RightIcon() {
  return (
    <svg className={styles.right} viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" d="M4.5 12.5l5 5L19.5 7" />
    </svg>
  );
}
