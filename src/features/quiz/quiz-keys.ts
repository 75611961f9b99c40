import { useEffect, type KeyboardEvent, type RefObject } from 'react';
import { optionIndexForKey } from '@/domain/quiz-session';

export interface QuizKeyActions {
  readonly optionCount: number;
  readonly choose?: ((index: number) => void) | undefined;
  readonly enter?: (() => void) | undefined;
  readonly next?: (() => void) | undefined;
  readonly flag?: (() => void) | undefined;
}

/** Inputs a learner types into; a radio or checkbox is not one, so 1-5 still choose while an option has focus. */
const NOT_TYPING = new Set(['radio', 'checkbox', 'button', 'submit', 'reset']);

function isTyping(target: EventTarget): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NOT_TYPING.has(target.type);
}

/**
 * The quiz's single-key shortcuts, attached to the session's container, so
 * they are only active while focus is inside the quiz (WCAG 2.1.4): never
 * while typing in a field, inside a dialog, or with a modifier key held.
 */
export function quizKeyHandler(actions: QuizKeyActions): (event: KeyboardEvent<HTMLElement>) => void {
  return (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target;
    if (isTyping(target)) return;
    if (target instanceof Element && target.closest('dialog')) return;
    if (event.key === 'Enter') {
      // A focused button, link or disclosure does its own thing with Enter.
      if (target instanceof Element && target.closest('button, a, summary')) return;
      if (!actions.enter) return;
      event.preventDefault();
      actions.enter();
      return;
    }
    if (event.repeat) return;
    const key = event.key.toLowerCase();
    if (key === 'n' && actions.next) {
      event.preventDefault();
      actions.next();
      return;
    }
    if (key === 'f' && actions.flag) {
      event.preventDefault();
      actions.flag();
      return;
    }
    const index = optionIndexForKey(event.key, actions.optionCount);
    if (index !== undefined && actions.choose) {
      event.preventDefault();
      actions.choose(index);
    }
  };
}

export type KeyHandler = (event: KeyboardEvent<HTMLElement>) => void;

/**
 * Puts this screen's shortcuts on the quiz page's container (which also holds
 * the page heading, where focus lands after navigating here), and takes them
 * off when the screen goes.
 */
export function useQuizKeys(keysRef: RefObject<KeyHandler | null>, actions: QuizKeyActions): void {
  useEffect(() => {
    keysRef.current = quizKeyHandler(actions);
  });
  useEffect(
    () => () => {
      keysRef.current = null;
    },
    [keysRef],
  );
}
