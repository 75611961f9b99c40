import { Fragment, useId, useRef } from 'react';
import buttons from '@/components/ui/Button.module.css';
import { cx } from '@/components/ui/cx';
import { useModalDialog } from '@/components/ui/use-modal-dialog';
import { flashcardsStrings } from '@/strings/flashcards';
import styles from './Flashcards.module.css';

const t = flashcardsStrings;

/** Every shortcut of the page, in a native modal dialog (focus trapped, Esc closes, focus returns). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  // Not autoFocus: that would take focus on mount, while the dialog is still closed.
  useModalDialog(ref, open, () => closeRef.current?.focus());
  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className={styles.dialogTitle}>
        {t.shortcutsTitle}
      </h2>
      <p className={styles.hint}>{t.shortcutsLead}</p>
      <dl className={styles.shortcuts}>
        {t.shortcuts.map(({ keys, action }) => (
          <div key={action} className={styles.shortcut}>
            <dt>
              {keys.map((key, index) => (
                <Fragment key={key}>
                  {index > 0 ? <span className={styles.keysOr}>{t.keysOr}</span> : null}
                  <kbd>{key}</kbd>
                </Fragment>
              ))}
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <p className={styles.actions}>
        <button type="button" className={cx(buttons.button, buttons.primary)} onClick={onClose} ref={closeRef}>
          {t.close}
        </button>
      </p>
    </dialog>
  );
}
