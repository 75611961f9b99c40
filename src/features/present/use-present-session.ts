/**
 * One lesson's state in this window, kept in step with any other window
 * showing the same lesson (the audience screen and the presenter view)
 * through a BroadcastChannel: no server. Each change is sent as a whole new
 * version; the newer version wins (see isNewer). The state also survives a
 * reload of this tab (session storage), and the address bar follows the item
 * on screen, so a lesson can be resumed from its link.
 *
 * None of this touches the store's progress: a room's show of hands is not
 * an answer by the person at the keyboard.
 */
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { clampIndex, presentSearch, type PresentDeck, type PresentView } from '@/domain/present-deck';
import {
  freshSession,
  isNewer,
  lessonKey,
  readSession,
  reduceSession,
  syncMessageSchema,
  type PresentSession,
  type SessionAction,
  type SyncMessage,
} from '@/domain/present-session';

export const CHANNEL_NAME = 'srm-trainer-present';
const SAVED_PREFIX = 'srm-trainer-present:';

function readSaved(lesson: string): unknown {
  try {
    const raw = window.sessionStorage.getItem(SAVED_PREFIX + lesson);
    return raw === null ? undefined : JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function save(lesson: string, session: PresentSession): void {
  try {
    window.sessionStorage.setItem(SAVED_PREFIX + lesson, JSON.stringify(session));
  } catch {
    // Without session storage a reload starts the poll afresh; the lesson itself still works.
  }
}

function newWindowId(view: PresentView): string {
  const random = typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : String(Math.random()).slice(2);
  return `${view}-${random}`;
}

export interface PresentController {
  readonly session: PresentSession;
  readonly dispatch: (action: SessionAction) => void;
  /** What changed last, for the live region. */
  readonly announcement: string;
  /** Another window is showing this lesson. */
  readonly linked: boolean;
  readonly canSync: boolean;
}

export function usePresentSession(
  deck: PresentDeck,
  startIndex: number,
  view: PresentView,
  describe: (before: PresentSession, after: PresentSession) => string,
): PresentController {
  const lesson = lessonKey(deck);
  const [windowId] = useState(() => newWindowId(view));
  const [session, setSession] = useState<PresentSession>(() => {
    const saved = readSession(deck, readSaved(lesson));
    const index = clampIndex(deck, startIndex);
    // The link says where to be: a reloaded tab keeps its hands but opens at the item in its address.
    return saved ? { ...saved, index } : freshSession(Date.now(), index, windowId);
  });
  const [announcement, setAnnouncement] = useState('');
  const [linked, setLinked] = useState(false);
  const current = useRef(session);
  const channel = useRef<BroadcastChannel | null>(null);
  // Until this window acts, a version from a window already showing the lesson is taken as it is.
  const settled = useRef(false);
  const canSync = typeof BroadcastChannel !== 'undefined';

  const post = (message: SyncMessage): void => {
    try {
      channel.current?.postMessage(message);
    } catch {
      // A closed channel (the page is going away): nothing to keep in step any more.
    }
  };

  const adopt = (next: PresentSession): void => {
    const before = current.current;
    current.current = next;
    setSession(next);
    const said = describe(before, next);
    if (said) setAnnouncement(said);
  };

  const dispatch = (action: SessionAction): void => {
    const before = current.current;
    const next = reduceSession(deck, before, action, windowId);
    if (next === before) return;
    settled.current = true;
    adopt(next);
    post({ type: 'state', lesson, from: windowId, session: next });
  };

  const onMessage = useEffectEvent((data: unknown) => {
    const parsed = syncMessageSchema().safeParse(data);
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.lesson !== lesson || message.from === windowId) return;
    if (message.type === 'bye') {
      setLinked(false);
      return;
    }
    setLinked(true);
    if (message.type === 'hello') {
      post({ type: 'state', lesson, from: windowId, session: current.current });
      return;
    }
    const incoming = readSession(deck, message.session);
    if (!incoming) return;
    if (settled.current && !isNewer(incoming, current.current)) return;
    settled.current = true;
    adopt(incoming);
  });

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const opened = new BroadcastChannel(CHANNEL_NAME);
    channel.current = opened;
    opened.onmessage = (event: MessageEvent<unknown>) => onMessage(event.data);
    opened.postMessage({ type: 'hello', lesson, from: windowId } satisfies SyncMessage);
    const bye = () => opened.postMessage({ type: 'bye', lesson, from: windowId } satisfies SyncMessage);
    window.addEventListener('pagehide', bye);
    return () => {
      window.removeEventListener('pagehide', bye);
      bye();
      opened.close();
      if (channel.current === opened) channel.current = null;
    };
  }, [lesson, windowId]);

  useEffect(() => save(lesson, session), [lesson, session]);

  // The address bar follows the item on screen (replacing, so Back leaves the lesson instead of stepping through it).
  const navigate = useNavigate();
  const { search } = useLocation();
  useEffect(() => {
    const wanted = `?${presentSearch({ set: deck.set, seed: deck.seed, size: deck.size, index: session.index, view })}`;
    if (search !== wanted) void navigate({ search: wanted }, { replace: true, preventScrollReset: true });
  }, [deck, session.index, view, search, navigate]);

  return { session, dispatch, announcement, linked, canSync };
}
