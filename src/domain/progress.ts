/**
 * Recording answers and keeping the log bounded. Pure: the caller passes `now`.
 * Every mode records the same event, so a mistake anywhere brings the item
 * back sooner everywhere.
 */
import { foldTarget, MAX_EVENTS, memoryOf, type ItemTotals, type MemoryState, type Progress, type ReviewEvent } from './progress-schema.ts';

export const DAY_MS = 86_400_000;



/** UTC day number of an instant: the unit folded activity is kept in. */
export function epochDay(at: number): number {
  return Math.floor(at / DAY_MS);
}

function addToTotals(totals: ItemTotals | undefined, event: ReviewEvent): ItemTotals {
  const wrong = { ...(totals?.wrong ?? {}) };
  if (!event.correct && event.chosen !== null) wrong[event.chosen] = (wrong[event.chosen] ?? 0) + 1;
  return {
    reviews: (totals?.reviews ?? 0) + 1,
    correct: (totals?.correct ?? 0) + (event.correct ? 1 : 0),
    wrong,
    lastAt: Math.max(totals?.lastAt ?? 0, event.at),
  };
}

/** The oldest `count` events folded into per-item totals and per-day counts. */
export function foldOldest(progress: Progress, count: number): Progress {
  if (count <= 0) return progress;
  const folded = { ...progress.folded };
  const foldedDays = { ...progress.foldedDays };
  for (const event of progress.events.slice(0, count)) {
    folded[event.itemId] = addToTotals(folded[event.itemId], event);
    const day = String(epochDay(event.at));
    foldedDays[day] = (foldedDays[day] ?? 0) + 1;
  }
  return { ...progress, events: progress.events.slice(count), folded, foldedDays };
}

/**
 * Keeps the log within `maxEvents`: once it is over, the oldest events are
 * folded into the totals until `foldTo` remain. Folding in batches keeps the
 * cost of rewriting the totals off all but one answer in a couple of thousand.
 */
export function boundEvents(progress: Progress, maxEvents = MAX_EVENTS, foldTo = foldTarget(maxEvents)): Progress {
  if (progress.events.length <= maxEvents) return progress;
  return foldOldest(progress, progress.events.length - Math.max(0, Math.min(foldTo, maxEvents)));
}


const sameEvent = (x: ReviewEvent, y: ReviewEvent): boolean =>
  x.at === y.at && x.itemId === y.itemId && x.mode === y.mode && x.correct === y.correct && x.chosen === y.chosen;

const compareText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** A total order on events: by time, then by every field, so a merge does not depend on which copy comes first. */
const compareEvents = (x: ReviewEvent, y: ReviewEvent): number =>
  x.at - y.at ||
  compareText(x.itemId, y.itemId) ||
  compareText(x.mode, y.mode) ||
  Number(x.correct) - Number(y.correct) ||
  (x.chosen === y.chosen ? 0 : x.chosen === null ? -1 : y.chosen === null ? 1 : compareText(x.chosen, y.chosen));

/** Events by time, to find the same event in another copy without building string keys. */
class EventIndex {
  private readonly byTime = new Map<number, ReviewEvent[]>();
  constructor(events: readonly ReviewEvent[] = []) {
    for (const event of events) this.add(event);
  }
  has(event: ReviewEvent): boolean {
    return this.byTime.get(event.at)?.some((other) => sameEvent(other, event)) ?? false;
  }
  add(event: ReviewEvent): void {
    const list = this.byTime.get(event.at);
    if (list) list.push(event);
    else this.byTime.set(event.at, [event]);
  }
}

/** Whether `state` is a later review of an item than `other`. */
const isLater = (state: MemoryState, other: MemoryState | undefined): boolean =>
  !other || (state.lastReview ?? 0) > (other.lastReview ?? 0) || ((state.lastReview ?? 0) === (other.lastReview ?? 0) && state.reps > other.reps);

/** The time of the latest answer folded out of the log (-Infinity when none is). */
function foldedUntil(progress: Progress): number {
  let until = -Infinity;
  for (const totals of Object.values(progress.folded)) until = Math.max(until, totals.lastAt);
  return until;
}

/**
 * Two copies of progress (two tabs, or saved vs in memory) combined so that
 * neither loses an answer: events are united, and each item keeps the memory
 * of its latest review.
 *
 * Exact while neither copy has recorded more than `foldTo` answers (the
 * fewest events a folded log keeps: 18,000 by default) since their common
 * past: then each has folded only answers both share, so the copy that folded
 * more holds the other's folded totals. Two tabs merge on every save, so they
 * are at most a few answers apart.
 */
export function mergeProgress(a: Progress, b: Progress, maxEvents = MAX_EVENTS, foldTo = foldTarget(maxEvents)): Progress {
  // An event one copy still has in its log but the other has already folded
  // (it is at or before that copy's last folded answer and not in its log)
  // is in that copy's totals: keeping it too would count it twice.
  const liveA = new EventIndex(a.events);
  const liveB = new EventIndex(b.events);
  const foldedUntilA = foldedUntil(a);
  const foldedUntilB = foldedUntil(b);
  const united = new EventIndex();
  const events: ReviewEvent[] = [];
  const keep = (event: ReviewEvent) => {
    if (united.has(event)) return;
    united.add(event);
    events.push(event);
  };
  for (const event of a.events) if (event.at > foldedUntilB || liveB.has(event)) keep(event);
  for (const event of b.events) if (event.at > foldedUntilA || liveA.has(event)) keep(event);
  events.sort(compareEvents);
  const memory = { ...a.memory };
  for (const [bucket, theirs] of Object.entries(b.memory)) {
    const mine = memory[bucket];
    if (!mine) {
      memory[bucket] = theirs;
      continue;
    }
    let merged: Record<string, MemoryState> | undefined;
    for (const [id, state] of Object.entries(theirs)) {
      if (isLater(state, mine[id])) (merged ??= { ...mine })[id] = state;
    }
    if (merged) memory[bucket] = merged;
  }
  // Folded totals only grow; the larger copy of each is the more complete one.
  const folded = { ...a.folded };
  for (const [id, totals] of Object.entries(b.folded)) {
    const mine = folded[id];
    if (!mine || totals.reviews > mine.reviews) folded[id] = totals;
  }
  const foldedDays = { ...a.foldedDays };
  for (const [day, n] of Object.entries(b.foldedDays)) foldedDays[day] = Math.max(foldedDays[day] ?? 0, n);
  return boundEvents({ memory, events, folded, foldedDays }, maxEvents, foldTo);
}

/** Items studied before and due at `now`, most overdue first. */
export function dueItemIds(progress: Progress, itemIds: readonly string[], now: number): string[] {
  return itemIds
    .flatMap((id) => {
      const state = memoryOf(progress, id);
      return state && state.state !== 'new' && state.due <= now ? [{ id, due: state.due }] : [];
    })
    .sort((a, b) => a.due - b.due)
    .map((entry) => entry.id);
}

/** Items never studied, in content order. */
export function newItemIds(progress: Progress, itemIds: readonly string[]): string[] {
  return itemIds.filter((id) => !memoryOf(progress, id));
}

/** How many studied items fall due in each of the next `days` days (index 0: due by the end of today). */
export function dueForecast(progress: Progress, itemIds: readonly string[], now: number, days: number, timeZoneOffsetMinutes = 0): number[] {
  const forecast = new Array<number>(days).fill(0);
  const today = localDay(now, timeZoneOffsetMinutes);
  for (const id of itemIds) {
    const state = memoryOf(progress, id);
    if (!state || state.state === 'new') continue;
    const index = Math.max(0, localDay(state.due, timeZoneOffsetMinutes) - today);
    if (index < days) forecast[index] = (forecast[index] ?? 0) + 1;
  }
  return forecast;
}

/** The learner's local day number; the offset is Date#getTimezoneOffset() (minutes behind UTC). */
export function localDay(at: number, timeZoneOffsetMinutes = 0): number {
  return Math.floor((at - timeZoneOffsetMinutes * 60_000) / DAY_MS);
}
