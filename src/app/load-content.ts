import type { Content } from '@/domain/schema';

let pending: Promise<Content> | undefined;

/** Loads and validates the content once; every route loader shares the result. */
export function loadContent(): Promise<Content> {
  pending ??= import('./content-data').then((m) => m.content);
  // A failed load (a bad deploy, an offline first visit) may succeed on retry.
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}
