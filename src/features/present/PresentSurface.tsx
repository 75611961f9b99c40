import { useEffect, type CSSProperties, type ReactNode, type RefObject } from 'react';
import { cx } from '@/components/ui/cx';
import styles from './PresentSurface.module.css';

interface PresentSurfaceProps {
  readonly surfaceRef: RefObject<HTMLDialogElement | null>;
  readonly labelledBy: string;
  readonly contrast: boolean;
  /** Text size multiplier for the room; the presenter view keeps its own sizes. */
  readonly scale?: number;
  readonly className?: string | undefined;
  readonly children: ReactNode;
}

/**
 * The whole window for a presentation: a modal <dialog>, so the app's header
 * and menu behind it are inert (Tab cannot wander into them) and it covers
 * the page without a second layout. Esc is handled by the presentation's own
 * keys; the dialog never closes itself.
 */
export function PresentSurface({ surfaceRef, labelledBy, contrast, scale = 1, className, children }: PresentSurfaceProps) {
  useEffect(() => {
    const dialog = surfaceRef.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    dialog.querySelector<HTMLElement>('[data-initial-focus]')?.focus();
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
    };
  }, [surfaceRef]);
  const style: CSSProperties & Record<'--present-scale', string> = { '--present-scale': String(scale) };
  return (
    <dialog
      ref={surfaceRef}
      className={cx(styles.surface, contrast && styles.contrast, className)}
      aria-labelledby={labelledBy}
      data-contrast={contrast ? 'high' : undefined}
      style={style}
      onCancel={(event) => event.preventDefault()}
      onClose={(event) => {
        // A browser that will not let Esc be cancelled closed it anyway: open it again, the page still shows it.
        const dialog = event.currentTarget;
        if (dialog.isConnected && !dialog.open && typeof dialog.showModal === 'function') dialog.showModal();
      }}
    >
      {children}
    </dialog>
  );
}
