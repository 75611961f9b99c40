import { useCallback, useInsertionEffect, useRef } from 'react';

/**
 * A function whose identity never changes and which calls the newest `handler`:
 * for event props of memoized children, so that re-rendering the parent does not
 * re-render every child just because its inline handler is a new function.
 * Call it from event handlers only, not while rendering.
 */
export function useStableHandler<Args extends unknown[], Result>(handler: (...args: Args) => Result): (...args: Args) => Result {
  const latest = useRef(handler);
  // Before layout effects and any event the new DOM can receive.
  useInsertionEffect(() => {
    latest.current = handler;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}
