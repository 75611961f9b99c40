import { useId, type Ref } from 'react';
import type { Owner } from '@/domain/schema';
import { OWNERS } from '@/domain/vocabulary';
import buttons from '@/components/ui/Button.module.css';
import { cx } from '@/components/ui/cx';
import owners from '@/components/ui/Owner.module.css';
import { OwnerIcon } from '@/components/ui/OwnerIcon';
import { flashcardsStrings } from '@/strings/flashcards';
import { en } from '@/strings/en';
import styles from './Flashcards.module.css';

const t = flashcardsStrings;

interface FrontControlsProps {
  turnRef: Ref<HTMLButtonElement>;
  onTurn: () => void;
  onCommit: (owner: Owner) => void;
}

/** Before turning: commit to an owner (optional, so accuracy can be measured), or just show the answer. */
export function FrontControls({ turnRef, onTurn, onCommit }: FrontControlsProps) {
  const legendId = useId();
  const hintId = useId();
  return (
    <div className={styles.controls}>
      <div role="group" aria-labelledby={legendId} aria-describedby={hintId} className={styles.commit}>
        <p id={legendId} className={styles.controlLegend}>
          {t.commitLegend}
        </p>
        <p id={hintId} className={styles.hint}>
          {t.commitHint}
        </p>
        <div className={styles.commitButtons}>
          {OWNERS.map((owner) => (
            <button
              key={owner}
              type="button"
              className={cx(styles.ownerButton, owners[owner])}
              onClick={() => onCommit(owner)}
              aria-keyshortcuts={t.keys.commit[owner]}
            >
              <OwnerIcon owner={owner} />
              {en.owner[owner]}
              <kbd aria-hidden="true">{t.keys.commit[owner]}</kbd>
            </button>
          ))}
        </div>
      </div>
      <button ref={turnRef} type="button" className={cx(buttons.button, buttons.primary, styles.turn)} onClick={onTurn} aria-keyshortcuts="Space Enter">
        {t.turn}
        <kbd aria-hidden="true">{t.keys.turn}</kbd>
      </button>
    </div>
  );
}
