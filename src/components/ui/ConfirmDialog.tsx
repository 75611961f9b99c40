import { useId, useRef, type ReactNode } from 'react';
import buttons from './Button.module.css';
import styles from './ConfirmDialog.module.css';
import { cx } from './cx';
import { useModalDialog } from './use-modal-dialog';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** A destructive action gets the danger colour. */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal question (native <dialog>: focus is trapped, Esc cancels, focus returns on close). */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, danger = false, onConfirm, onCancel }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  // The safe choice takes focus when the dialog opens. Not autoFocus: React would call focus() when the
  // closed dialog mounts, forcing a style recalculation of the whole page in the middle of its first render.
  useModalDialog(ref, open, () => cancelRef.current?.focus());
  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className={styles.title}>
        {title}
      </h2>
      <div className={styles.body}>{children}</div>
      <div className={styles.actions}>
        <button ref={cancelRef} type="button" className={buttons.button} onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className={cx(buttons.button, danger ? buttons.danger : buttons.primary)} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
