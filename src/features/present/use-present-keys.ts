/**
 * The presenter's keyboard: clickers send arrows and Page Up/Down, a laptop
 * has Space, F, B and Esc, and the room's hands are counted with a letter or a
 * digit per bucket (Shift takes one away). Keys typed into a form control, or
 * inside another dialog (Start over?), are left alone.
 */
import { useEffect, useEffectEvent, type RefObject } from 'react';
import { bucketForKey, type PresentDeck } from '@/domain/present-deck';
import type { PresentSession, SessionAction } from '@/domain/present-session';

export interface KeyHandlers {
  readonly deck: PresentDeck;
  readonly session: PresentSession;
  readonly dispatch: (action: SessionAction) => void;
  /** The dialog the keys belong to. */
  readonly surface: RefObject<HTMLElement | null>;
  readonly onEscape?: () => void;
  readonly onFullscreen?: () => void;
}

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'NumLock', 'Tab', 'Fn', 'Dead', 'Unidentified']);

function isFormControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('input, select, textarea') !== null);
}

function isButtonLike(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a[href], summary') !== null;
}

/** The letter or digit of a key, whatever Shift did to it ("!" on Shift+1 is still 1). */
function baseKey(event: KeyboardEvent): string {
  if (/^[a-z0-9]$/i.test(event.key)) return event.key.toLowerCase();
  const code = /^(?:Key([A-Z])|Digit(\d)|Numpad(\d))$/.exec(event.code);
  return (code?.[1] ?? code?.[2] ?? code?.[3] ?? '').toLowerCase();
}

export function handlePresentKey(event: KeyboardEvent, handlers: KeyHandlers): boolean {
  const { deck, session, dispatch, surface } = handlers;
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return false;
  if (MODIFIER_KEYS.has(event.key)) return false;
  const target = event.target;
  // Keys typed in another open dialog ("Start over?") are that dialog's.
  const dialog = target instanceof Element ? target.closest('dialog') : null;
  if (dialog && dialog !== surface.current && dialog.open) return false;
  if (isFormControl(target)) return false;
  if (session.blank) {
    // Any key brings the screen back, and does nothing else.
    dispatch({ type: 'blank', on: false });
    return true;
  }
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
      dispatch({ type: 'forward' });
      return true;
    case ' ':
      if (isButtonLike(target)) return false;
      dispatch({ type: 'forward' });
      return true;
    case 'ArrowLeft':
    case 'PageUp':
      dispatch({ type: 'back' });
      return true;
    case 'Home':
      dispatch({ type: 'go', index: 0 });
      return true;
    case 'End':
      dispatch({ type: 'go', index: deck.cards.length });
      return true;
    case 'Escape':
      handlers.onEscape?.();
      return true;
  }
  const key = baseKey(event);
  if (key === 'b') {
    dispatch({ type: 'blank', on: true });
    return true;
  }
  if (key === 'f' && handlers.onFullscreen) {
    handlers.onFullscreen();
    return true;
  }
  const bucket = key ? bucketForKey(deck, key) : undefined;
  if (!bucket || session.index >= deck.cards.length) return false;
  dispatch({ type: 'vote', bucket, delta: event.shiftKey ? -1 : 1 });
  return true;
}

/** Listens on the window, so the keys work wherever focus is in the presentation. */
export function usePresentKeys(handlers: KeyHandlers): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (handlePresentKey(event, handlers)) event.preventDefault();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
