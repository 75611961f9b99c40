import type { Owner } from '@/domain/schema';
import { en } from '@/strings/en';
import { cx } from './cx';
import owners from './Owner.module.css';
import styles from './OwnerBadge.module.css';
import { OwnerIcon } from './OwnerIcon';

/** The one visual language for ownership: colour, icon and word together. */
export function OwnerBadge({ owner, size = 'normal' }: { owner: Owner; size?: 'normal' | 'large' }) {
  return (
    <span className={cx(styles.badge, styles.owner, owners[owner], size === 'large' && styles.large)}>
      <OwnerIcon owner={owner} />
      {en.owner[owner]}
    </span>
  );
}
