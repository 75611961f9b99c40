/**
 * A lesson in progress: where the presenter is, what has been revealed, and
 * the room's show of hands for each item. Pure and serialisable, so the
 * audience window and the presenter window can keep one copy each and swap
 * whole versions over a BroadcastChannel: the higher `rev` wins, ties go to
 * the higher window id, so both windows settle on the same version.
 *
 * Nothing here touches the learner's own progress: a room's vote is not an
 * answer by the person at the keyboard.
 */
import * as z from 'zod/mini';
import { lazy } from './lazy.ts';
import { clampIndex, setParam, type PresentDeck } from './present-deck.ts';
import type { BucketId } from './sort.ts';

export const BUCKET_IDS = ['customer', 'aws', 'shared', 'allowed', 'prohibited', 'inherited', 'customer-specific'] as const satisfies readonly BucketId[];
/** Fails to compile if sort.ts gains a bucket the list above does not name. */
export const BUCKETS_COMPLETE: [Exclude<BucketId, (typeof BUCKET_IDS)[number]>] extends [never] ? true : false = true;

/** A show of hands is counted by a person: a sane bound keeps a stuck key from running away. */
export const MAX_HANDS = 9999;

/** A session as windows send and store it, built on first use (see lazy). */
const sessionSchema = lazy(() => {
  const whole = z.number().check(z.int(), z.nonnegative());
  const tally = z.partialRecord(z.enum(BUCKET_IDS), z.number().check(z.int(), z.nonnegative(), z.maximum(MAX_HANDS)));
  return z.object({
    /** 0 .. cards - 1 for an item; cards for the misconception board. */
    index: whole,
    /** Items whose answer has been shown, so going back shows them answered. */
    revealed: z.array(z.string()),
    /** The audience screen is blanked (B). */
    blank: z.boolean(),
    /** Hands per bucket, by item id. */
    votes: z.record(z.string(), tally),
    /** When the lesson's timer started (epoch ms). */
    startedAt: whole,
    /** Version number: every change makes a higher one. */
    rev: whole,
    /** The window that made this version. */
    by: z.string(),
  });
});
export type Tally = Readonly<Partial<Record<BucketId, number>>>;

export interface PresentSession {
  readonly index: number;
  readonly revealed: readonly string[];
  readonly blank: boolean;
  readonly votes: Readonly<Record<string, Tally>>;
  readonly startedAt: number;
  readonly rev: number;
  readonly by: string;
}

export function freshSession(now: number, index: number, by: string): PresentSession {
  return { index: Math.max(0, index), revealed: [], blank: false, votes: {}, startedAt: now, rev: 0, by };
}

export type SessionAction =
  | { readonly type: 'forward' }
  | { readonly type: 'back' }
  | { readonly type: 'reveal' }
  | { readonly type: 'go'; readonly index: number }
  | { readonly type: 'vote'; readonly bucket: BucketId; readonly delta: 1 | -1 }
  | { readonly type: 'blank'; readonly on: boolean }
  | { readonly type: 'restart-timer'; readonly now: number }
  | { readonly type: 'start-over'; readonly now: number };

export function currentItemId(deck: PresentDeck, session: Pick<PresentSession, 'index'>): string | undefined {
  return deck.cards[session.index]?.itemId;
}

export function isRevealed(deck: PresentDeck, session: Pick<PresentSession, 'index' | 'revealed'>): boolean {
  const id = currentItemId(deck, session);
  return id !== undefined && session.revealed.includes(id);
}

export function isBoard(deck: PresentDeck, session: Pick<PresentSession, 'index'>): boolean {
  return session.index >= deck.cards.length;
}

function change(deck: PresentDeck, session: PresentSession, action: SessionAction): Omit<PresentSession, 'rev' | 'by'> | undefined {
  const itemId = currentItemId(deck, session);
  switch (action.type) {
    case 'reveal':
      return itemId && !session.revealed.includes(itemId) ? { ...session, revealed: [...session.revealed, itemId] } : undefined;
    case 'forward':
      if (!itemId) return undefined;
      if (!session.revealed.includes(itemId)) return change(deck, session, { type: 'reveal' });
      return { ...session, index: session.index + 1 };
    case 'back':
      return session.index > 0 ? { ...session, index: clampIndex(deck, session.index - 1) } : undefined;
    case 'go': {
      const index = clampIndex(deck, action.index);
      return index === session.index ? undefined : { ...session, index };
    }
    case 'vote': {
      if (!itemId || !deck.buckets.includes(action.bucket)) return undefined;
      const tally = session.votes[itemId] ?? {};
      const count = Math.max(0, Math.min(MAX_HANDS, (tally[action.bucket] ?? 0) + action.delta));
      if (count === (tally[action.bucket] ?? 0)) return undefined;
      return { ...session, votes: { ...session.votes, [itemId]: { ...tally, [action.bucket]: count } } };
    }
    case 'blank':
      return session.blank === action.on ? undefined : { ...session, blank: action.on };
    case 'restart-timer':
      return { ...session, startedAt: action.now };
    case 'start-over':
      return { index: 0, revealed: [], blank: false, votes: {}, startedAt: action.now };
  }
}

/** The session after an action in window `by`; the same object when the action changes nothing. */
export function reduceSession(deck: PresentDeck, session: PresentSession, action: SessionAction, by: string): PresentSession {
  const next = change(deck, session, action);
  return next ? { ...next, rev: session.rev + 1, by } : session;
}

/** Whether a version from another window should replace ours. */
export function isNewer(theirs: Pick<PresentSession, 'rev' | 'by'>, mine: Pick<PresentSession, 'rev' | 'by'>): boolean {
  return theirs.rev > mine.rev || (theirs.rev === mine.rev && theirs.by > mine.by);
}

/**
 * A session read from outside (another window, session storage), fitted to
 * this deck: an unknown shape is refused, positions are clamped, and votes for
 * items or buckets the deck does not have are dropped.
 */
export function readSession(deck: PresentDeck, raw: unknown): PresentSession | undefined {
  const parsed = sessionSchema().safeParse(raw);
  if (!parsed.success) return undefined;
  const session = parsed.data;
  const ids = new Set(deck.cards.map((card) => card.itemId));
  const votes: Record<string, Tally> = {};
  for (const [itemId, tally] of Object.entries(session.votes)) {
    if (!ids.has(itemId)) continue;
    const kept: Partial<Record<BucketId, number>> = {};
    for (const bucket of deck.buckets) {
      const count = tally[bucket];
      if (count) kept[bucket] = count;
    }
    votes[itemId] = kept;
  }
  return { ...session, index: clampIndex(deck, session.index), revealed: session.revealed.filter((id) => ids.has(id)), votes };
}

export interface PollBar {
  readonly bucket: BucketId;
  readonly count: number;
  /** Share of the hands, 0..1 (0 when nobody voted). */
  readonly share: number;
  readonly right: boolean;
}

export interface Poll {
  readonly hands: number;
  readonly bars: readonly PollBar[];
  /** Share of the hands on the right bucket. */
  readonly rightShare: number;
}

export function tallyTotal(tally: Tally | undefined): number {
  return Object.values(tally ?? {}).reduce((sum, n) => sum + n, 0);
}

/** The room's split for the item at `index`, bucket by bucket, against the right answer. */
export function pollFor(deck: PresentDeck, session: Pick<PresentSession, 'votes'>, index: number): Poll | undefined {
  const card = deck.cards[index];
  if (!card) return undefined;
  const tally = session.votes[card.itemId] ?? {};
  const hands = deck.buckets.reduce((sum, bucket) => sum + (tally[bucket] ?? 0), 0);
  const bars = deck.buckets.map((bucket) => {
    const count = tally[bucket] ?? 0;
    return { bucket, count, share: hands ? count / hands : 0, right: bucket === card.answer };
  });
  return { hands, bars, rightShare: hands ? (tally[card.answer] ?? 0) / hands : 0 };
}

export interface BoardEntry {
  readonly itemId: string;
  readonly answer: BucketId;
  readonly hands: number;
  /** Hands on wrong buckets. */
  readonly wrong: number;
  /** wrong / hands. */
  readonly wrongShare: number;
  /** The wrong bucket most hands went to. */
  readonly topWrong: { readonly bucket: BucketId; readonly count: number };
}

/**
 * The items the room got most wrong: only items someone voted wrong on,
 * worst share first; ties go to more wrong hands, then to deck order.
 */
export function misconceptionBoard(deck: PresentDeck, session: Pick<PresentSession, 'votes'>, limit = 10): BoardEntry[] {
  const entries: BoardEntry[] = [];
  deck.cards.forEach((card, index) => {
    const poll = pollFor(deck, session, index);
    if (!poll?.hands) return;
    const wrongBars = poll.bars.filter((bar) => !bar.right && bar.count > 0);
    const wrong = wrongBars.reduce((sum, bar) => sum + bar.count, 0);
    const top = wrongBars.reduce<PollBar | undefined>((best, bar) => (!best || bar.count > best.count ? bar : best), undefined);
    if (!top) return;
    entries.push({ itemId: card.itemId, answer: card.answer, hands: poll.hands, wrong, wrongShare: wrong / poll.hands, topWrong: { bucket: top.bucket, count: top.count } });
  });
  // Array#sort is stable: equal entries keep deck order.
  return entries.sort((a, b) => b.wrongShare - a.wrongShare || b.wrong - a.wrong).slice(0, limit);
}

export interface RoomSummary {
  /** Items at least one hand was counted for. */
  readonly polled: number;
  readonly hands: number;
  readonly right: number;
}

export function roomSummary(deck: PresentDeck, session: Pick<PresentSession, 'votes'>): RoomSummary {
  let polled = 0;
  let hands = 0;
  let right = 0;
  deck.cards.forEach((_card, index) => {
    const poll = pollFor(deck, session, index);
    if (!poll?.hands) return;
    polled++;
    hands += poll.hands;
    right += poll.bars.find((bar) => bar.right)?.count ?? 0;
  });
  return { polled, hands, right };
}

/** Which lesson a message or a saved session belongs to: two windows sync only on the same one. */
export function lessonKey(deck: Pick<PresentDeck, 'set' | 'seed' | 'size'>): string {
  return `${setParam(deck.set)}|${deck.seed}|${deck.size ?? 'all'}`;
}

/**
 * What windows say to each other: `hello`, a window opened and wants the
 * current state; `state`, a whole session; `bye`, a window is closing.
 */
export const syncMessageSchema = lazy(() =>
  z.union([
    z.object({ type: z.literal('hello'), lesson: z.string(), from: z.string() }),
    z.object({ type: z.literal('bye'), lesson: z.string(), from: z.string() }),
    z.object({ type: z.literal('state'), lesson: z.string(), from: z.string(), session: z.unknown() }),
  ]),
);
export type SyncMessage = z.infer<ReturnType<typeof syncMessageSchema>>;
