/**
 * The router's history, with leave guards: a page (a quiz in progress) can
 * hold a navigation back and ask first. React Router's own blocker needs its
 * data router, which would add about 17 KB to every first load; this wraps the
 * history the declarative router uses instead.
 */
import type { Location, To, UNSAFE_createBrowserHistory } from 'react-router';
import type { LeaveGuards, LeaveTest } from '@/components/ui/leave-guard';

type History = ReturnType<typeof UNSAFE_createBrowserHistory>;
type Update = Parameters<Parameters<History['listen']>[0]>[0];

export interface GuardedHistory extends History {
  guards: LeaveGuards;
}

export function guardHistory(base: History): GuardedHistory {
  const tests = new Map<string, LeaveTest>();
  const listeners = new Set<() => void>();
  let pending: { key: string; go: () => void } | null = null;
  // Set while the history moves back to where it was after a held back/forward, or on to where the learner chose.
  let settling: 'revert' | 'allow' | null = null;
  // Where the router is (after a back/forward, the base history has already moved on).
  let current = base.location;

  const changed = (): void => listeners.forEach((listener) => listener());
  const holder = (next: Location): string | null => {
    for (const [key, test] of tests) if (test({ currentLocation: current, nextLocation: next })) return key;
    return null;
  };
  const hold = (key: string, go: () => void): void => {
    pending = { key, go };
    changed();
  };
  const nextLocation = (to: To, state: unknown): Location => {
    const url = base.createURL(to);
    return { pathname: url.pathname, search: url.search, hash: url.hash, state, key: 'next' };
  };

  const guards: LeaveGuards = {
    register(key, test) {
      tests.set(key, test);
      return () => {
        tests.delete(key);
        if (pending?.key === key) {
          pending = null;
          changed();
        }
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    blockedBy: () => pending?.key ?? null,
    proceed() {
      const go = pending?.go;
      pending = null;
      changed();
      go?.();
    },
    reset() {
      pending = null;
      changed();
    },
  };

  return {
    get action() {
      return base.action;
    },
    get location() {
      return base.location;
    },
    createHref: (to) => base.createHref(to),
    createURL: (to) => base.createURL(to),
    encodeLocation: (to) => base.encodeLocation(to),
    go: (delta) => base.go(delta),
    push(to, state) {
      const key = holder(nextLocation(to, state));
      if (key) hold(key, () => base.push(to, state));
      else base.push(to, state);
    },
    replace(to, state) {
      const key = holder(nextLocation(to, state));
      if (key) hold(key, () => base.replace(to, state));
      else base.replace(to, state);
    },
    listen(listener) {
      return base.listen((update: Update) => {
        if (update.action === 'POP') {
          if (settling === 'revert') {
            // Back where the page is: the router never moved.
            settling = null;
            return;
          }
          if (settling === 'allow') settling = null;
          else if (update.delta !== null && update.delta !== 0) {
            const delta = update.delta;
            const key = holder(update.location);
            if (key) {
              settling = 'revert';
              base.go(-delta);
              hold(key, () => {
                settling = 'allow';
                base.go(delta);
              });
              return;
            }
          }
        }
        current = update.location;
        listener(update);
      });
    },
    guards,
  };
}
