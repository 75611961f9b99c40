import { createContext, useContext, useEffect, useId, useSyncExternalStore } from 'react';
import type { Location } from 'react-router';

/** Decides whether moving from `current` to `next` should ask first. */
export type LeaveTest = (moving: { currentLocation: Location; nextLocation: Location }) => boolean;

export interface LeaveGuards {
  /** Registers a test under a key; returns the function that removes it. */
  register(key: string, test: LeaveTest): () => void;
  subscribe(listener: () => void): () => void;
  /** The key of the guard holding a navigation back, if any. */
  blockedBy(): string | null;
  proceed(): void;
  reset(): void;
}

export const LeaveGuardContext = createContext<LeaveGuards | null>(null);

export interface LeaveGuard {
  state: 'blocked' | 'unblocked';
  proceed: () => void;
  reset: () => void;
}

const noGuards: LeaveGuards = {
  register: () => () => undefined,
  subscribe: () => () => undefined,
  blockedBy: () => null,
  proceed: () => undefined,
  reset: () => undefined,
};

/**
 * Holds a navigation back while `test` says so (a link, navigate() or the
 * browser's back and forward buttons) and lets the page ask first: proceed
 * goes on, reset stays. The router's history provides it (see app/history.ts).
 */
export function useLeaveGuard(test: LeaveTest): LeaveGuard {
  const guards = useContext(LeaveGuardContext) ?? noGuards;
  const key = useId();
  useEffect(() => guards.register(key, test), [guards, key, test]);
  const blocked = useSyncExternalStore(guards.subscribe, () => guards.blockedBy() === key, () => false);
  return { state: blocked ? 'blocked' : 'unblocked', proceed: guards.proceed, reset: guards.reset };
}
