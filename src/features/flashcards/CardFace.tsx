import { useId, type Ref } from 'react';
import { Link } from 'react-router';
import type { SessionCard } from '@/domain/flashcards-session';
import type { Owner, ResponsibilityItem } from '@/domain/schema';
import { cx } from '@/components/ui/cx';
import { OwnerBadge } from '@/components/ui/OwnerBadge';
import { useContent } from '@/store/content';
import { flashcardsStrings } from '@/strings/flashcards';
import { en } from '@/strings/en';
import { cardQuestion } from './card-text';
import styles from './Flashcards.module.css';

const t = flashcardsStrings;

interface CardFaceProps {
  ref?: Ref<HTMLElement>;
  item: ResponsibilityItem;
  card: SessionCard;
  side: 'front' | 'back';
  committed: Owner | null;
}

/** The card: the question on the front; turned, the owner, why, the source's own words and the usual mistake. */
export function CardFace({ ref, item, card, side, committed }: CardFaceProps) {
  const { categories } = useContent();
  const questionId = useId();
  const category = categories.find((c) => c.id === item.category);
  return (
    <article ref={ref} className={cx(styles.card, side === 'back' && styles.turned)} aria-labelledby={questionId}>
      <p className={styles.kicker}>
        <span>{category?.name}</span>
        {card.service ? <span>{t.serviceContext(en.service[card.service])}</span> : null}
      </p>
      <h2 id={questionId} className={cx(styles.question, side === 'back' && styles.questionSmall)}>
        {cardQuestion(item, card)}
      </h2>
      {side === 'back' ? <CardBack item={item} card={card} committed={committed} /> : null}
    </article>
  );
}

function CardBack({ item, card, committed }: { item: ResponsibilityItem; card: SessionCard; committed: Owner | null }) {
  const { sources } = useContent();
  const whyId = useId();
  const misconceptionId = useId();
  const sourceId = useId();
  const source = sources.find((s) => s.id === item.source.ref);
  const serviceNote = card.service ? item.byService?.[card.service]?.note : undefined;
  return (
    <div className={styles.back}>
      {committed !== null ? <Verdict committed={committed} answer={card.answer} /> : null}
      <div className={styles.answer}>
        <span className={styles.answerLabel}>{card.service ? t.answerOnService(en.service[card.service]) : t.answer}</span>
        <OwnerBadge owner={card.answer} size="large" />
        {card.service ? (
          <span className={styles.general}>
            <span>{t.generalOwner}</span>
            <OwnerBadge owner={item.owner} />
          </span>
        ) : (
          <span className={styles.ownerLong}>{en.ownerLong[item.owner]}</span>
        )}
      </div>
      {serviceNote ? <p className={styles.note}>{serviceNote}</p> : null}
      <section aria-labelledby={whyId}>
        <h3 id={whyId} className={styles.subheading}>
          {t.why}
        </h3>
        <p>{item.explanation}</p>
      </section>
      {item.misconception ? (
        <section className={styles.misconception} aria-labelledby={misconceptionId}>
          <h3 id={misconceptionId} className={styles.subheading}>
            {t.misconception}
          </h3>
          <p>{item.misconception}</p>
        </section>
      ) : null}
      <section aria-labelledby={sourceId}>
        <h3 id={sourceId} className={styles.subheading}>
          {t.source}
        </h3>
        {item.source.quote ? (
          <figure className={styles.quote}>
            <blockquote>
              <p>{item.source.quote}</p>
            </blockquote>
            <figcaption>{t.quoteFrom(source?.title ?? item.source.ref)}</figcaption>
          </figure>
        ) : source?.url ? (
          <p>
            <a href={source.url}>{source.title}</a>
          </p>
        ) : (
          <p>{source?.title ?? item.source.ref}</p>
        )}
      </section>
      <p className={styles.itemLink}>
        <Link to={`/items/${item.id}`}>{t.openItem}</Link>
      </p>
    </div>
  );
}

function Verdict({ committed, answer }: { committed: Owner; answer: Owner }) {
  const right = committed === answer;
  return (
    <p className={cx(styles.verdict, right ? styles.verdictRight : styles.verdictWrong)}>
      <svg className={styles.verdictIcon} viewBox="0 0 24 24" width="1.25em" height="1.25em" aria-hidden="true" focusable="false">
        {right ? (
          <path fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" d="M5 12.5l4.5 4.5L19 7.5" />
        ) : (
          <path fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" d="M6 6l12 12M18 6L6 18" />
        )}
      </svg>
      <strong>{right ? t.right : t.wrong}</strong>
      <span>{right ? t.rightText(en.owner[answer]) : t.wrongText(en.owner[committed], en.owner[answer])}</span>
    </p>
  );
}
