import { useEffect, useState } from 'react';

/** The current time, refreshed every `refreshMs`, so "due today" stays true on a page left open. */
export function useNow(refreshMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), refreshMs);
    return () => clearInterval(timer);
  }, [refreshMs]);
  return now;
}

/** Minutes the learner's clock is behind UTC at `at` (Date#getTimezoneOffset), for local days. */
export function timeZoneOffset(at: number): number {
  return new Date(at).getTimezoneOffset();
}
