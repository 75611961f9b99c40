import type { PresentCard, PresentDeck } from '@/domain/present-deck';
import type { ResponsibilityItem } from '@/domain/schema';
import { OwnerBadge } from '@/components/ui/OwnerBadge';
import { presentStrings } from '@/strings/present';
import { en } from '@/strings/en';
import { AnswerBadge } from './BucketLabel';
import styles from './ItemAnswer.module.css';

/**
 * The answer for the deck's question: the owner badge (on a service, with
 * that service's note), or for testing and control questions the answer and
 * then the owner.
 */
export function ItemAnswer({ deck, card, item, className }: { deck: PresentDeck; card: PresentCard; item: ResponsibilityItem; className?: string | undefined }) {
  const service = deck.set.kind === 'sort' && deck.set.sort === 'service' ? deck.set.service : undefined;
  const note = service ? item.byService?.[service]?.note : undefined;
  return (
    <div className={className}>
      <p className={styles.line}>
        <span className={styles.label}>{presentStrings.answerLabel}</span>
        <AnswerBadge kind={deck.answerKind} bucket={card.answer} />
        {service ? <span className={styles.service}>{presentStrings.onService(en.service[service])}</span> : null}
      </p>
      {deck.answerKind === 'owner' ? null : (
        <p className={styles.line}>
          <span className={styles.label}>{presentStrings.ownerLabelReveal}</span>
          <OwnerBadge owner={item.owner} size="large" />
        </p>
      )}
      {service && note ? <p className={styles.note}>{note}</p> : null}
    </div>
  );
}
