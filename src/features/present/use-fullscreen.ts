import { useEffect, useRef, useSyncExternalStore, type RefObject } from 'react';

function subscribe(onChange: () => void): () => void {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

const isFullscreen = (): boolean => Boolean(document.fullscreenElement);

/** Whether this browser lets a page go full screen (not jsdom, not an iframe without permission, not older iOS). */
export function fullscreenAvailable(): boolean {
  return typeof document !== 'undefined' && document.fullscreenEnabled === true && typeof Element.prototype.requestFullscreen === 'function';
}

export interface Fullscreen {
  readonly available: boolean;
  readonly active: boolean;
  /** Full screen on or off; resolves false when the browser refused. */
  readonly toggle: () => Promise<boolean>;
  /**
   * Whether the browser ended full screen by itself just now (on Esc), so
   * that Esc, if the page sees it too, is not also taken as "leave". Answers
   * true once per exit.
   */
  readonly justExited: () => boolean;
}

/** The Fullscreen API for one element, guarded where it is missing. */
export function useFullscreen(target: RefObject<HTMLElement | null>): Fullscreen {
  const active = useSyncExternalStore(subscribe, isFullscreen, () => false);
  const lastExit = useRef(-Infinity);
  const exiting = useRef(false);
  const available = fullscreenAvailable();
  useEffect(() => {
    // The browser ends full screen itself on Esc (often without passing the key on): note when.
    const onChange = () => {
      if (document.fullscreenElement) return;
      if (!exiting.current) lastExit.current = performance.now();
      exiting.current = false;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggle = async (): Promise<boolean> => {
    if (!available) return false;
    try {
      if (document.fullscreenElement) {
        exiting.current = true;
        await document.exitFullscreen();
      } else {
        const element = target.current;
        if (!element) return false;
        await element.requestFullscreen({ navigationUI: 'hide' });
      }
      return true;
    } catch {
      exiting.current = false;
      return false;
    }
  };
  const justExited = (): boolean => {
    const recent = performance.now() - lastExit.current < 750;
    lastExit.current = -Infinity;
    return recent;
  };
  return { available, active, toggle, justExited };
}
