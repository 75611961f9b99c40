/**
 * When the store is written to localStorage. A save is the whole store as
 * JSON, written synchronously: for a learner with a year of answers (a full
 * log, about 2 MB) that takes tens of milliseconds, which on the key press
 * that recorded an answer would hold back the frame showing it. So a save
 * waits until the browser is idle (after that frame), coalescing answers
 * given in quick succession, and happens at once when the page is hidden or
 * closed, so nothing is lost.
 */

/** Asks for `save` to run soon. Asked again before it ran, the store writes only its newest state (see persistence.ts). */
export type SaveScheduler = (save: () => void) => void;

/** Saves right away: the default outside the browser, and in tests. */
export const saveNow: SaveScheduler = (save) => save();

/** The longest a save waits for an idle moment on a busy page. */
export const MAX_SAVE_DELAY_MS = 1000;

/** Saves when the browser is next idle (within MAX_SAVE_DELAY_MS), or as soon as the page is hidden or closed. */
export function saveWhenIdle(target: Window = window): SaveScheduler {
  return (save) => {
    let done = false;
    let idle: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onHidden = (): void => {
      if (target.document.visibilityState === 'hidden') run();
    };
    function run(): void {
      if (done) return;
      done = true;
      target.removeEventListener('pagehide', run);
      target.document.removeEventListener('visibilitychange', onHidden);
      if (idle !== undefined) target.cancelIdleCallback(idle);
      if (timer !== undefined) clearTimeout(timer);
      save();
    }
    target.addEventListener('pagehide', run);
    target.document.addEventListener('visibilitychange', onHidden);
    // Safari has no requestIdleCallback: a short timer still lets the frame paint first.
    if (typeof target.requestIdleCallback === 'function') idle = target.requestIdleCallback(run, { timeout: MAX_SAVE_DELAY_MS });
    else timer = setTimeout(run, 50);
  };
}
