/**
 * What the Progress page and Home show, derived from the log and the memory
 * states, never stored twice: mastery, misconceptions, streak, activity,
 * readiness. Pure: `now` and the time-zone offset are parameters.
 */
import type { Category, Owner, ResponsibilityItem } from './schema.ts';
import { OWNERS } from './vocabulary.ts';
import { memoryOf, type ItemTotals, type MemoryState, type Progress } from './progress-schema.ts';
import { DAY_MS, localDay } from './progress.ts';
import { recallProbability } from './scheduling.ts';

export interface ItemStats {
  readonly reviews: number;
  readonly correct: number;
  /** Wrong answers by what was chosen. */
  readonly wrong: Readonly<Record<string, number>>;
  /** Right answers in a row, counting back from the latest answer. */
  readonly streak: number;
  readonly lastAt: number;
}

/** Per-item totals over the folded history and the live log. */
export function itemStats(progress: Progress): Map<string, ItemStats> {
  // `wrong` starts as the folded totals' own record and is copied only when the log adds to it.
  const stats = new Map<string, { reviews: number; correct: number; wrong: Readonly<Record<string, number>>; streak: number; lastAt: number }>();
  const copied = new Set<Readonly<Record<string, number>>>();
  const start = (id: string, folded: ItemTotals | undefined) => {
    const entry = { reviews: folded?.reviews ?? 0, correct: folded?.correct ?? 0, wrong: folded?.wrong ?? {}, streak: 0, lastAt: folded?.lastAt ?? 0 };
    stats.set(id, entry);
    return entry;
  };
  for (const [id, folded] of Object.entries(progress.folded)) start(id, folded);
  for (const event of progress.events) {
    const entry = stats.get(event.itemId) ?? start(event.itemId, undefined);
    entry.reviews += 1;
    entry.lastAt = Math.max(entry.lastAt, event.at);
    if (event.correct) {
      entry.correct += 1;
      entry.streak += 1;
    } else {
      entry.streak = 0;
      if (event.chosen !== null) {
        const wrong: Record<string, number> = copied.has(entry.wrong) ? entry.wrong : { ...entry.wrong };
        wrong[event.chosen] = (wrong[event.chosen] ?? 0) + 1;
        entry.wrong = wrong;
        copied.add(wrong);
      }
    }
  }
  return stats;
}

/** 0 to 1: how likely the learner recalls the item now (0 when never studied). */
export function itemMastery(progress: Progress, itemId: string, now: number): number {
  return recallProbability(memoryOf(progress, itemId), now);
}

export interface CategoryMastery {
  readonly category: Category;
  /** Mean recall probability over all the category's items, studied or not. */
  readonly mastery: number;
  readonly studied: number;
  readonly total: number;
}

export function masteryByCategory(progress: Progress, items: readonly ResponsibilityItem[], categories: readonly Category[], now: number): CategoryMastery[] {
  // One pass over the items, not one per category: 5,000 items in 20 categories.
  const tally = new Map<string, { sum: number; studied: number; total: number }>(categories.map((category) => [category.id, { sum: 0, studied: 0, total: 0 }]));
  for (const item of items) {
    const entry = tally.get(item.category);
    if (!entry) continue;
    const state = memoryOf(progress, item.id);
    entry.sum += recallProbability(state, now);
    entry.studied += state ? 1 : 0;
    entry.total += 1;
  }
  return categories.map((category) => {
    const { sum, studied, total } = tally.get(category.id) ?? { sum: 0, studied: 0, total: 0 };
    return { category, mastery: total ? sum / total : 0, studied, total };
  });
}

export interface Misconception {
  readonly item: ResponsibilityItem;
  /** The owner the learner keeps choosing instead of the right one. */
  readonly chosen: Owner;
  readonly times: number;
}

/** A mistake stops counting as a habit once it has been followed by this many right answers in a row. */
export const UNLEARNED_AFTER = 3;

/**
 * Items the learner keeps giving to the wrong owner (at least twice to the
 * same one), and to which owner, worst first. Fixed habits drop off the list.
 */
export function misconceptions(progress: Progress, items: readonly ResponsibilityItem[], minTimes = 2): Misconception[] {
  const stats = itemStats(progress);
  const owners: readonly string[] = OWNERS;
  return items
    .flatMap((item) => {
      const entry = stats.get(item.id);
      if (!entry || entry.streak >= UNLEARNED_AFTER) return [];
      const worst = Object.entries(entry.wrong)
        .filter(([chosen, times]) => owners.includes(chosen) && chosen !== item.owner && times >= minTimes)
        .sort((a, b) => b[1] - a[1])[0];
      if (!worst) return [];
      const chosen = OWNERS.find((owner) => owner === worst[0]);
      return chosen ? [{ item, chosen, times: worst[1] }] : [];
    })
    .sort((a, b) => b.times - a.times || a.item.id.localeCompare(b.item.id));
}

/** Answers per local day number. */
export function activityByDay(progress: Progress, timeZoneOffsetMinutes = 0): Map<number, number> {
  const days = new Map<number, number>();
  for (const [day, count] of Object.entries(progress.foldedDays)) days.set(Number(day), (days.get(Number(day)) ?? 0) + count);
  for (const event of progress.events) {
    const day = localDay(event.at, timeZoneOffsetMinutes);
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  return days;
}

/**
 * Consecutive days with at least one answer, ending today, or yesterday when
 * today has none yet (the streak is not broken until a whole day is missed).
 */
export function studyStreak(progress: Progress, now: number, timeZoneOffsetMinutes = 0): number {
  const days = activityByDay(progress, timeZoneOffsetMinutes);
  let day = localDay(now, timeZoneOffsetMinutes);
  if (!days.has(day)) day -= 1;
  let streak = 0;
  while (days.has(day)) {
    streak += 1;
    day -= 1;
  }
  return streak;
}

export interface Readiness {
  /** Mean recall probability over every item, now (0 to 1). */
  readonly now: number;
  /** The same, projected to the exam date if no more study happens; undefined without an exam date. */
  readonly atExam: number | undefined;
  readonly studied: number;
  readonly total: number;
}

/** The exam-readiness estimate: how much of the whole model the learner would recall. */
export function readiness(progress: Progress, itemIds: readonly string[], now: number, examAt?: number): Readiness {
  const states: (MemoryState | undefined)[] = itemIds.map((id) => memoryOf(progress, id));
  const mean = (at: number) => (states.length ? states.reduce((sum, state) => sum + recallProbability(state, at), 0) / states.length : 0);
  return {
    now: mean(now),
    atExam: examAt !== undefined && examAt > now ? mean(examAt) : undefined,
    studied: states.filter((state) => state).length,
    total: itemIds.length,
  };
}

/** Whole days from `now` until `at` (0 when `at` is today or past). */
export function daysUntil(at: number, now: number): number {
  return Math.max(0, Math.ceil((at - now) / DAY_MS));
}
