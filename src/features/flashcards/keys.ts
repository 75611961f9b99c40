import type { Owner } from '@/domain/schema';
import { GRADES, type Grade } from '@/domain/scheduling';

/** What a key press asks the session to do. */
export type Shortcut =
  | { readonly type: 'turn' }
  | { readonly type: 'commit'; readonly owner: Owner }
  | { readonly type: 'grade'; readonly grade: Grade }
  | { readonly type: 'undo' }
  | { readonly type: 'help' };

const COMMIT_KEYS: Readonly<Record<string, Owner>> = { c: 'customer', a: 'aws', s: 'shared' };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
}

/** Space and Enter already press a focused button or follow a focused link: leave those to the browser. */
function activatesItself(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a[href], summary, [role="button"], [role="link"]') !== null;
}

/**
 * The shortcut a key press means, or undefined. Nothing fires while the
 * learner types in a field or holds Ctrl, Alt or Meta (browser and screen
 * reader commands); Shift only for "?".
 */
export function shortcutFor(event: Pick<KeyboardEvent, 'key' | 'target' | 'ctrlKey' | 'altKey' | 'metaKey' | 'shiftKey' | 'isComposing' | 'repeat'>): Shortcut | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing || isTyping(event.target)) return undefined;
  if (event.key === '?') return { type: 'help' };
  if (event.shiftKey || event.repeat) return undefined;
  if (event.key === ' ' || event.key === 'Enter') return activatesItself(event.target) ? undefined : { type: 'turn' };
  const grade = GRADES[Number(event.key) - 1];
  if (/^[1-4]$/.test(event.key) && grade) return { type: 'grade', grade };
  const key = event.key.toLowerCase();
  const owner = COMMIT_KEYS[key];
  if (owner) return { type: 'commit', owner };
  if (key === 'u') return { type: 'undo' };
  return undefined;
}
