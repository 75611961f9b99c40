import { Link } from 'react-router';
import { en } from '@/strings/en';
import styles from './ComingSoon.module.css';
import { Page } from './Page';

/** A mode that is not built yet says so plainly, with no placeholder content. */
export function ComingSoon({ title, text }: { title: string; text: string }) {
  return (
    <Page title={title}>
      <p className={styles.badge}>{en.comingSoon.badge}</p>
      <p>{text}</p>
      <p>{en.comingSoon.text}</p>
      <Link className={styles.button} to="/model">
        {en.comingSoon.goToModel}
      </Link>
    </Page>
  );
}
