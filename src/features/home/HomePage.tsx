import { Link } from 'react-router';
import { NextStep } from './NextStep';
import { OwnerIcon } from '@/components/ui/OwnerIcon';
import owners from '@/components/ui/Owner.module.css';
import { Page } from '@/components/ui/Page';
import { useContentSummary } from '@/store/content';
import { en } from '@/strings/en';
import styles from './HomePage.module.css';

const MODES = [
  { to: '/model', label: en.nav.model, text: en.home.modes.model },
  { to: '/flashcards', label: en.nav.flashcards, text: en.home.modes.flashcards },
  { to: '/sort', label: en.nav.sort, text: en.home.modes.sort },
  { to: '/quiz', label: en.nav.quiz, text: en.home.modes.quiz },
  { to: '/progress', label: en.nav.progress, text: en.home.modes.progress },
  { to: '/present', label: en.nav.present, text: en.home.modes.present },
] as const;

export function HomePage() {
  const summary = useContentSummary();
  return (
    <Page title={en.home.title} documentTitle={en.nav.home} lead={en.home.lead}>
      <NextStep />
      <div className={styles.split}>
        <section className={`${styles.band} ${owners.customer}`} aria-labelledby="in-title">
          <h2 id="in-title">
            <OwnerIcon owner="customer" />
            {en.home.inTitle}
          </h2>
          <p>{en.home.inText}</p>
        </section>
        <section className={`${styles.band} ${owners.aws}`} aria-labelledby="of-title">
          <h2 id="of-title">
            <OwnerIcon owner="aws" />
            {en.home.ofTitle}
          </h2>
          <p>{en.home.ofText}</p>
        </section>
      </div>
      <p>{en.home.contentSummary(summary.items, summary.categories, summary.questions)}</p>
      <p>
        <Link to="/model">{en.home.start}</Link>
      </p>
      <h2>{en.home.modesTitle}</h2>
      <ul className={styles.modes}>
        {MODES.map((mode) => (
          <li key={mode.to} className={styles.mode}>
            <Link to={mode.to}>{mode.label}</Link>
            <p>{mode.text}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
