import { useEffect, type RefObject } from 'react';

/**
 * Opens and closes a native <dialog> as a modal with `open` (focus trapped,
 * Esc cancels, focus returns), falling back to the `open` attribute where
 * showModal is missing. `onOpened` runs after it opens, e.g. to move focus.
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, open: boolean, onOpened?: () => void): void {
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      onOpened?.();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
    // onOpened is read when `open` changes only: a new function each render must not reopen anything.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, ref]);
}
