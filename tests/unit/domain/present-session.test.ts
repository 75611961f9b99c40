import { describe, expect, it } from 'vitest';
import type { PresentDeck } from '@/domain/present-deck';
import {
  freshSession,
  isBoard,
  isNewer,
  isRevealed,
  lessonKey,
  MAX_HANDS,
  misconceptionBoard,
  pollFor,
  readSession,
  reduceSession,
  roomSummary,
  syncMessageSchema,
  type PresentSession,
  type SessionAction,
} from '@/domain/present-session';

/** A small deck: three owner questions. */
const deck: PresentDeck = {
  set: { kind: 'category', category: 'core' },
  seed: 7,
  answerKind: 'owner',
  buckets: ['customer', 'aws', 'shared'],
  cards: [
    { itemId: 'one', answer: 'customer' },
    { itemId: 'two', answer: 'aws' },
    { itemId: 'three', answer: 'shared' },
  ],
};

const run = (actions: SessionAction[], from: PresentSession = freshSession(1000, 0, 'w1'), by = 'w1') =>
  actions.reduce((session, action) => reduceSession(deck, session, action, by), from);

const votes = (bucket: 'customer' | 'aws' | 'shared', n: number): SessionAction[] => Array.from({ length: n }, () => ({ type: 'vote', bucket, delta: 1 }));

describe('moving through a lesson', () => {
  it('reveals before it moves on, and a later item starts unrevealed', () => {
    const revealed = run([{ type: 'forward' }]);
    expect(revealed.index).toBe(0);
    expect(isRevealed(deck, revealed)).toBe(true);
    const next = run([{ type: 'forward' }], revealed);
    expect(next.index).toBe(1);
    expect(isRevealed(deck, next)).toBe(false);
  });

  it('going back shows an answered item answered', () => {
    const back = run([{ type: 'forward' }, { type: 'forward' }, { type: 'back' }]);
    expect(back.index).toBe(0);
    expect(isRevealed(deck, back)).toBe(true);
  });

  it('ends on the misconception board, and nothing moves past it or before the first item', () => {
    const end = run([{ type: 'forward' }, { type: 'forward' }, { type: 'forward' }, { type: 'forward' }, { type: 'forward' }, { type: 'forward' }]);
    expect(isBoard(deck, end)).toBe(true);
    expect(run([{ type: 'forward' }], end)).toBe(end);
    const start = freshSession(0, 0, 'w1');
    expect(run([{ type: 'back' }], start)).toBe(start);
    expect(run([{ type: 'go', index: 99 }]).index).toBe(3);
    expect(run([{ type: 'go', index: -1 }], end).index).toBe(0);
  });

  it('makes a new version for every change, and none for an action that changes nothing', () => {
    const start = freshSession(0, 0, 'w1');
    const once = reduceSession(deck, start, { type: 'blank', on: true }, 'w2');
    expect(once).toMatchObject({ blank: true, rev: 1, by: 'w2' });
    expect(reduceSession(deck, once, { type: 'blank', on: true }, 'w2')).toBe(once);
    expect(reduceSession(deck, once, { type: 'vote', bucket: 'allowed', delta: 1 }, 'w2')).toBe(once);
  });

  it('starts over: back to the first item, no hands, nothing revealed, the timer from now', () => {
    const busy = run([...votes('aws', 3), { type: 'forward' }, { type: 'forward' }, { type: 'blank', on: true }]);
    const over = run([{ type: 'start-over', now: 5000 }], busy);
    expect(over).toMatchObject({ index: 0, revealed: [], votes: {}, blank: false, startedAt: 5000, rev: busy.rev + 1 });
    expect(run([{ type: 'restart-timer', now: 9000 }], busy).startedAt).toBe(9000);
  });
});

describe('the show of hands', () => {
  it('counts hands per bucket for the item on screen, never below zero nor past the bound', () => {
    const counted = run([...votes('customer', 3), ...votes('aws', 1), { type: 'vote', bucket: 'aws', delta: -1 }, { type: 'vote', bucket: 'aws', delta: -1 }]);
    expect(counted.votes).toEqual({ one: { customer: 3, aws: 0 } });
    const full = { ...freshSession(0, 0, 'w1'), votes: { one: { customer: MAX_HANDS } } };
    expect(run(votes('customer', 1), full)).toBe(full);
  });

  it('ignores hands on the board', () => {
    const board = run([{ type: 'go', index: 3 }]);
    expect(run(votes('aws', 2), board)).toBe(board);
  });

  it('gives the split against the right answer', () => {
    const session = run([...votes('customer', 3), ...votes('aws', 1)]);
    expect(pollFor(deck, session, 0)).toEqual({
      hands: 4,
      rightShare: 0.75,
      bars: [
        { bucket: 'customer', count: 3, share: 0.75, right: true },
        { bucket: 'aws', count: 1, share: 0.25, right: false },
        { bucket: 'shared', count: 0, share: 0, right: false },
      ],
    });
    expect(pollFor(deck, session, 1)?.hands).toBe(0);
    expect(pollFor(deck, session, 1)?.bars.every((bar) => bar.share === 0)).toBe(true);
    expect(pollFor(deck, session, 3)).toBeUndefined();
  });
});

describe('the misconception board', () => {
  // one: 1 right, 1 wrong (50%); two: 1 right, 3 wrong (75%); three: 2 right, 2 wrong (50%, more wrong hands than one).
  const session = run([
    ...votes('customer', 1),
    ...votes('aws', 1),
    { type: 'go', index: 1 },
    ...votes('aws', 1),
    ...votes('customer', 2),
    ...votes('shared', 1),
    { type: 'go', index: 2 },
    ...votes('shared', 2),
    ...votes('aws', 2),
  ]);

  it('ranks the items by the share of wrong hands, then by wrong hands, naming the most chosen wrong bucket', () => {
    const board = misconceptionBoard(deck, session);
    expect(board.map((e) => e.itemId)).toEqual(['two', 'three', 'one']);
    expect(board[0]).toEqual({ itemId: 'two', answer: 'aws', hands: 4, wrong: 3, wrongShare: 0.75, topWrong: { bucket: 'customer', count: 2 } });
    expect(misconceptionBoard(deck, session, 2)).toHaveLength(2);
  });

  it('leaves out items nobody voted on and items the room got right', () => {
    const right = run([...votes('customer', 5), { type: 'go', index: 1 }, ...votes('aws', 2)]);
    expect(misconceptionBoard(deck, right)).toEqual([]);
    expect(roomSummary(deck, right)).toEqual({ polled: 2, hands: 7, right: 7 });
    expect(roomSummary(deck, freshSession(0, 0, 'w'))).toEqual({ polled: 0, hands: 0, right: 0 });
  });

  it('sums up the room', () => {
    expect(roomSummary(deck, session)).toEqual({ polled: 3, hands: 10, right: 4 });
  });
});

describe('keeping two windows in step', () => {
  it('lets the higher version win, and breaks a tie the same way in both windows', () => {
    expect(isNewer({ rev: 3, by: 'a' }, { rev: 2, by: 'z' })).toBe(true);
    expect(isNewer({ rev: 2, by: 'z' }, { rev: 3, by: 'a' })).toBe(false);
    expect(isNewer({ rev: 3, by: 'b' }, { rev: 3, by: 'a' })).toBe(true);
    expect(isNewer({ rev: 3, by: 'a' }, { rev: 3, by: 'b' })).toBe(false);
    expect(isNewer({ rev: 3, by: 'a' }, { rev: 3, by: 'a' })).toBe(false);
  });

  it('reads a session from outside, fitted to this deck', () => {
    const raw = {
      index: 40,
      revealed: ['one', 'gone'],
      blank: false,
      votes: { one: { customer: 2, allowed: 3 }, gone: { aws: 1 } },
      startedAt: 10,
      rev: 4,
      by: 'w9',
    };
    expect(readSession(deck, raw)).toEqual({ index: 3, revealed: ['one'], blank: false, votes: { one: { customer: 2 } }, startedAt: 10, rev: 4, by: 'w9' });
  });

  it('refuses what is not a session', () => {
    for (const raw of [undefined, null, 'text', { index: 'one' }, { ...freshSession(0, 0, 'w'), votes: { one: { customer: -1 } } }, { ...freshSession(0, 0, 'w'), rev: 1.5 }])
      expect(readSession(deck, raw)).toBeUndefined();
  });

  it('names a lesson by its set, seed and size, and checks the messages windows send', () => {
    expect(lessonKey(deck)).toBe('category:core|7|all');
    expect(lessonKey({ ...deck, size: 5 })).toBe('category:core|7|5');
    expect(syncMessageSchema().safeParse({ type: 'hello', lesson: 'x', from: 'w' }).success).toBe(true);
    expect(syncMessageSchema().safeParse({ type: 'state', lesson: 'x', from: 'w', session: {} }).success).toBe(true);
    expect(syncMessageSchema().safeParse({ type: 'shout', lesson: 'x', from: 'w' }).success).toBe(false);
  });
});
