import type { BucketId } from '@/domain/sort';
import { OwnerBadge } from '@/components/ui/OwnerBadge';
import badges from '@/components/ui/OwnerBadge.module.css';
import { OwnerIcon } from '@/components/ui/OwnerIcon';
import { cx } from '@/components/ui/cx';
import { sortStrings } from '@/strings/sort';
import styles from './Sort.module.css';
import { toneClass } from './tone';

const OWNER_OF: Partial<Record<BucketId, 'customer' | 'aws' | 'shared'>> = {
  customer: 'customer',
  aws: 'aws',
  shared: 'shared',
  inherited: 'aws',
  'customer-specific': 'customer',
};

/** A bucket's icon: the owner's icon where a bucket means an owner, a tick or a bar otherwise. Decorative. */
export function BucketIcon({ bucket, className }: { bucket: BucketId; className?: string | undefined }) {
  const owner = OWNER_OF[bucket];
  if (owner) return <OwnerIcon owner={owner} className={className} />;
  return (
    <svg className={className} viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2.4" />
      {bucket === 'allowed' ? (
        <path d="m7.5 12.5 3 3 6-6.5" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
      ) : (
        <path d="M7 12h10" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round" />
      )}
    </svg>
  );
}

/** A bucket as a badge (colour, icon and word): OwnerBadge itself for owners, the same look for the rest. */
export function BucketBadge({ bucket }: { bucket: BucketId }) {
  if (bucket === 'customer' || bucket === 'aws' || bucket === 'shared') return <OwnerBadge owner={bucket} />;
  return (
    <span className={cx(badges.badge, toneClass(bucket))}>
      <BucketIcon bucket={bucket} />
      {sortStrings.buckets[bucket]}
    </span>
  );
}

/** Right or wrong, as an icon and a word (never colour alone). */
export function Verdict({ correct }: { correct: boolean }) {
  return (
    <span className={cx(styles.verdict, correct ? styles.right : styles.wrong)}>
      <svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
        {correct ? (
          <path d="m5 12.5 4.5 4.5L19 7" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
        ) : (
          <path d="M6 6l12 12M18 6 6 18" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
        )}
      </svg>
      {correct ? sortStrings.right : sortStrings.wrong}
    </span>
  );
}

/** The dotted grip that says "this can be dragged". Decorative. */
export function GripIcon() {
  return (
    <svg className={styles.grip} viewBox="0 0 12 20" width="0.75em" height="1.25em" aria-hidden="true" focusable="false">
      {[3, 10, 17].flatMap((y) => [3, 9].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.7" fill="currentColor" />))}
    </svg>
  );
}
