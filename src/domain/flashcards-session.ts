/**
 * Flashcard sessions: which cards a session shows and in what order, what each
 * card asks, the per-day limit on new cards, the session's own state (turn,
 * commit, grade, undo) and its summary. Pure: `now`, the time-zone offset and
 * the progress are parameters; nothing reads the clock.
 */
import { itemStats, type ItemStats } from './insights.ts';
import { dueItemIds, localDay, newItemIds } from './progress.ts';
import { memoryOf, type Progress, type ReviewEvent } from './progress-schema.ts';
import { hashSeed } from './random.ts';
import { recallProbability, type Grade } from './scheduling.ts';
import type { Owner, ResponsibilityItem, Service } from './schema.ts';
import { SERVICES } from './vocabulary.ts';

export interface FlashcardFilter {
  readonly category?: string | undefined;
  readonly owner?: Owner | undefined;
  /** Only items the learner has answered wrongly at least once. */
  readonly mistakes?: boolean | undefined;
}

/** Why a card is in the session. */
export type CardKind = 'due' | 'new' | 'cram';

export interface SessionCard {
  readonly itemId: string;
  readonly kind: CardKind;
  /** Set when the duty's owner depends on the service: the card asks about this one. */
  readonly service?: Service | undefined;
  /** The owner the card expects: the item's, or the service's when a service is asked about. */
  readonly answer: Owner;
}

/** Any wrong answer counts, committed or not (a flashcard graded Again without a commit too). */
export function hasMistakes(stats: ItemStats | undefined): boolean {
  return stats !== undefined && stats.reviews > stats.correct;
}

/** The items a filter keeps, in content order. */
export function filterFlashcardItems(items: readonly ResponsibilityItem[], filter: FlashcardFilter, progress: Progress): ResponsibilityItem[] {
  const stats = filter.mistakes ? itemStats(progress) : undefined;
  return items.filter(
    (item) =>
      (!filter.category || item.category === filter.category) &&
      (!filter.owner || item.owner === filter.owner) &&
      (!stats || hasMistakes(stats.get(item.id))),
  );
}

/**
 * What a card asks. A shared duty whose owner depends on the service asks
 * about one named service: chosen from the item's id and how often it has been
 * answered, so the same card asks the same thing until it is answered (and
 * after an undo), and the next review moves on to another service.
 */
export function cardPrompt(item: ResponsibilityItem, answeredBefore: number): { service?: Service; answer: Owner } {
  if (item.owner !== 'shared' || !item.byService) return { answer: item.owner };
  const byService = item.byService;
  const services = SERVICES.filter((service) => byService[service] !== undefined);
  const service = services[(hashSeed(item.id) + answeredBefore) % Math.max(1, services.length)];
  const owner = service === undefined ? undefined : byService[service]?.owner;
  return service === undefined || owner === undefined ? { answer: item.owner } : { service, answer: owner };
}

/** Each item's first answer still in the log (items folded out of it are not new today by definition). */
function firstEvents(progress: Progress): Map<string, ReviewEvent> {
  const first = new Map<string, ReviewEvent>();
  for (const event of progress.events) {
    const seen = first.get(event.itemId);
    if (!seen || event.at < seen.at) first.set(event.itemId, event);
  }
  return first;
}

/**
 * How many new items flashcards introduced on the learner's current day: items
 * now scheduled whose very first answer was a flashcard today. This is what the
 * daily limit counts, so a second session the same day does not start over.
 */
export function introducedToday(progress: Progress, now: number, timeZoneOffsetMinutes = 0): number {
  const today = localDay(now, timeZoneOffsetMinutes);
  let count = 0;
  for (const [itemId, event] of firstEvents(progress)) {
    if (progress.folded[itemId] || !memoryOf(progress, itemId)) continue;
    if (event.mode === 'flashcards' && localDay(event.at, timeZoneOffsetMinutes) === today) count += 1;
  }
  return count;
}

export interface SessionOptions {
  readonly items: readonly ResponsibilityItem[];
  readonly progress: Progress;
  readonly now: number;
  readonly timeZoneOffsetMinutes?: number;
  readonly newPerDay: number;
  readonly filter?: FlashcardFilter;
  /** Go through every filtered item, weakest first, without moving the schedule. */
  readonly cram?: boolean;
  /** New items allowed beyond today's limit (the learner asked for more). */
  readonly extraNew?: number;
}

export interface SessionPlan {
  readonly cards: readonly SessionCard[];
  readonly due: number;
  readonly fresh: number;
  /** New items left out because of the daily limit. */
  readonly newHeldBack: number;
  /** How many new items today's limit still allows. */
  readonly newAllowed: number;
}

/** A session: due items first (most overdue first), then new items up to what today's limit leaves. */
export function planSession(options: SessionOptions): SessionPlan {
  const { items, progress, now } = options;
  const offset = options.timeZoneOffsetMinutes ?? 0;
  const scoped = filterFlashcardItems(items, options.filter ?? {}, progress);
  const byId = new Map(scoped.map((item) => [item.id, item]));
  const stats = itemStats(progress);
  const card = (itemId: string, kind: CardKind): SessionCard[] => {
    const item = byId.get(itemId);
    return item ? [{ itemId, kind, ...cardPrompt(item, stats.get(itemId)?.reviews ?? 0) }] : [];
  };
  const ids = scoped.map((item) => item.id);
  if (options.cram) {
    // Weakest first: what the learner is least likely to recall is what cramming is for.
    const order = ids
      .map((id, index) => ({ id, index, recall: recallProbability(memoryOf(progress, id), now) }))
      .sort((a, b) => a.recall - b.recall || a.index - b.index);
    return { cards: order.flatMap(({ id }) => card(id, 'cram')), due: 0, fresh: 0, newHeldBack: 0, newAllowed: 0 };
  }
  const due = dueItemIds(progress, ids, now);
  const unseen = newItemIds(progress, ids);
  const newAllowed = Math.max(0, options.newPerDay - introducedToday(progress, now, offset)) + Math.max(0, options.extraNew ?? 0);
  const fresh = unseen.slice(0, newAllowed);
  return {
    cards: [...due.flatMap((id) => card(id, 'due')), ...fresh.flatMap((id) => card(id, 'new'))],
    due: due.length,
    fresh: fresh.length,
    newHeldBack: unseen.length - fresh.length,
    newAllowed,
  };
}

/** The earliest time a studied item of the set comes due after `now` (undefined if none is scheduled). */
export function nextDueAt(progress: Progress, itemIds: readonly string[], now: number): number | undefined {
  let next: number | undefined;
  for (const id of itemIds) {
    const state = memoryOf(progress, id);
    if (!state || state.state === 'new' || state.due <= now) continue;
    if (next === undefined || state.due < next) next = state.due;
  }
  return next;
}

// ---------------------------------------------------------------------------
// Intervals: "10 min", "3 days" on grade buttons and in the summary.

export type IntervalUnit = 'now' | 'minute' | 'hour' | 'day' | 'month' | 'year';

export interface RoughInterval {
  readonly count: number;
  readonly unit: IntervalUnit;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A duration rounded to the unit a person would say it in. */
export function roughInterval(ms: number): RoughInterval {
  if (ms < 30_000) return { count: 0, unit: 'now' };
  if (ms < 59.5 * MINUTE) return { count: Math.max(1, Math.round(ms / MINUTE)), unit: 'minute' };
  if (ms < 23.5 * HOUR) return { count: Math.round(ms / HOUR), unit: 'hour' };
  if (ms < 30.5 * DAY) return { count: Math.round(ms / DAY), unit: 'day' };
  if (ms < 365 * DAY) return { count: Math.max(1, Math.round(ms / (30.4 * DAY))), unit: 'month' };
  return { count: Math.round((ms / (365 * DAY)) * 10) / 10, unit: 'year' };
}

export interface ComebackGroup extends RoughInterval {
  readonly cards: number;
}

/**
 * When the studied cards come back, grouped by the interval a person would say
 * ("3 cards in 10 min, 2 in 3 days"), soonest first. Unscheduled cards (cram on
 * a never-studied item) are left out; the caller counts them.
 */
export function comebackGroups(dues: readonly number[], now: number): ComebackGroup[] {
  const groups = new Map<string, { interval: RoughInterval; cards: number; first: number }>();
  for (const due of dues) {
    const interval = roughInterval(due - now);
    const key = `${interval.unit}:${interval.count}`;
    const group = groups.get(key);
    if (group) {
      group.cards += 1;
      group.first = Math.min(group.first, due);
    } else groups.set(key, { interval, cards: 1, first: due });
  }
  return [...groups.values()].sort((a, b) => a.first - b.first).map(({ interval, cards }) => ({ ...interval, cards }));
}

// ---------------------------------------------------------------------------
// The session's own state: which card, which side, the commit, the grades, undo.

export interface GradedCard {
  readonly itemId: string;
  readonly grade: Grade;
  readonly correct: boolean;
  /** The owner the learner committed to before turning, or null. */
  readonly committed: Owner | null;
  readonly at: number;
}

interface UndoEntry {
  readonly index: number;
  readonly committed: Owner | null;
  /** The progress before the grade, put back on undo. */
  readonly before: Progress;
}

export interface StudyState {
  readonly cards: readonly SessionCard[];
  readonly index: number;
  readonly side: 'front' | 'back';
  readonly committed: Owner | null;
  readonly graded: readonly GradedCard[];
  readonly undo: readonly UndoEntry[];
  readonly startedAt: number;
  /** Set when the last card is graded or the learner ends the session. */
  readonly endedAt: number | null;
}

export function startStudy(cards: readonly SessionCard[], now: number): StudyState {
  return { cards, index: 0, side: 'front', committed: null, graded: [], undo: [], startedAt: now, endedAt: cards.length ? null : now };
}

export function currentCard(state: StudyState): SessionCard | undefined {
  return state.endedAt === null ? state.cards[state.index] : undefined;
}

export function turnCard(state: StudyState): StudyState {
  return currentCard(state) && state.side === 'front' ? { ...state, side: 'back' } : state;
}

/** Committing to an owner turns the card, so the learner sees at once whether it was right. */
export function commitAnswer(state: StudyState, owner: Owner): StudyState {
  return currentCard(state) && state.side === 'front' ? { ...state, side: 'back', committed: owner } : state;
}

/** Right when the committed owner matches; without a commit, any grade but Again counts as recalled. */
export function gradeIsCorrect(card: SessionCard, committed: Owner | null, grade: Grade): boolean {
  return committed === null ? grade !== 'again' : committed === card.answer;
}

/** The grade a committed answer suggests: Again after a wrong owner, Good after the right one. */
export function suggestedGrade(card: SessionCard, committed: Owner | null): Grade {
  return committed !== null && committed !== card.answer ? 'again' : 'good';
}

/** The state after grading the current card; `before` is the progress to restore on undo. */
export function gradeCard(state: StudyState, grade: Grade, before: Progress, at: number): StudyState {
  const card = currentCard(state);
  if (!card || state.side !== 'back') return state;
  const graded: GradedCard = { itemId: card.itemId, grade, correct: gradeIsCorrect(card, state.committed, grade), committed: state.committed, at };
  const index = state.index + 1;
  return {
    ...state,
    index,
    side: 'front',
    committed: null,
    graded: [...state.graded, graded],
    undo: [...state.undo, { index: state.index, committed: state.committed, before }],
    endedAt: index >= state.cards.length ? at : null,
  };
}

export function canUndo(state: StudyState): boolean {
  return state.undo.length > 0;
}

/** Back to the last graded card, turned, with its commit; returns the progress to restore. */
export function undoGrade(state: StudyState): { state: StudyState; restore: Progress } | undefined {
  const last = state.undo[state.undo.length - 1];
  if (!last) return undefined;
  return {
    state: {
      ...state,
      index: last.index,
      side: 'back',
      committed: last.committed,
      graded: state.graded.slice(0, -1),
      undo: state.undo.slice(0, -1),
      endedAt: null,
    },
    restore: last.before,
  };
}

export function endStudy(state: StudyState, now: number): StudyState {
  return state.endedAt === null ? { ...state, endedAt: now } : state;
}

export interface SessionSummary {
  readonly studied: number;
  readonly committed: number;
  readonly right: number;
  /** Right among committed answers, 0 to 1; undefined when nothing was committed. */
  readonly accuracy: number | undefined;
  readonly timeMs: number;
  readonly comeback: readonly ComebackGroup[];
  /** Studied cards with no schedule (crammed before ever being learned). */
  readonly unscheduled: number;
}

/** What a finished session shows, from its grades and the progress after them. */
export function summarizeSession(state: StudyState, progress: Progress): SessionSummary {
  const end = state.endedAt ?? state.graded[state.graded.length - 1]?.at ?? state.startedAt;
  const committed = state.graded.filter((g) => g.committed !== null);
  const right = committed.filter((g) => g.correct).length;
  const ids = [...new Set(state.graded.map((g) => g.itemId))];
  const dues = ids.flatMap((id) => {
    const memory = memoryOf(progress, id);
    return memory && memory.state !== 'new' ? [memory.due] : [];
  });
  return {
    studied: state.graded.length,
    committed: committed.length,
    right,
    accuracy: committed.length ? right / committed.length : undefined,
    timeMs: Math.max(0, end - state.startedAt),
    comeback: comebackGroups(dues, end),
    unscheduled: ids.length - dues.length,
  };
}
