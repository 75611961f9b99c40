import { cx } from './cx';
import styles from './ShareBar.module.css';

/** A share from 0 to 1 as a bar, for the eye only: the number beside it is what assistive technology reads. */
export function ShareBar({ share, size }: { share: number; size: 'wide' | 'narrow' }) {
  return (
    <span className={cx(styles.track, styles[size])} aria-hidden="true">
      <span className={styles.fill} style={{ inlineSize: `${Math.round(share * 100)}%` }} />
    </span>
  );
}
