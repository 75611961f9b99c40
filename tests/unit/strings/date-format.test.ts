import { describe, expect, it } from 'vitest';
import { formatClock, formatDate, formatDateTime, formatWeekday } from '@/strings/date-format';

// Midnight, noon, single-digit minutes and days, both halves of the day, a leap day, year ends.
const moments = [
  new Date(2026, 10, 29, 0, 5),
  new Date(2026, 10, 29, 12, 0),
  new Date(2026, 0, 1, 9, 7),
  new Date(2028, 1, 29, 23, 59),
  new Date(2025, 11, 31, 13, 30),
  new Date(2026, 5, 14, 11, 59),
].map((d) => d.getTime());

// ICU versions differ on the space before AM/PM (U+202F or a plain space): ours is plain.
const intl = (options: Intl.DateTimeFormatOptions) => (at: number) => new Intl.DateTimeFormat('en', options).format(at).replace('\u202f', ' ');

describe('dates written out by hand', () => {
  it.each(moments)('match what Intl writes in English (%i)', (at) => {
    expect(formatDate(at)).toBe(intl({ day: 'numeric', month: 'short', year: 'numeric' })(at));
    expect(formatWeekday(at)).toBe(intl({ weekday: 'short', day: 'numeric', month: 'short' })(at));
    expect(formatClock(at)).toBe(intl({ weekday: 'short', hour: 'numeric', minute: '2-digit' })(at));
    expect(formatDateTime(at)).toBe(intl({ day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' })(at));
  });

  it('reads as a learner expects', () => {
    const at = new Date(2026, 10, 29, 15, 5).getTime();
    expect(formatDate(at)).toBe('Nov 29, 2026');
    expect(formatWeekday(at)).toBe('Sun, Nov 29');
    expect(formatClock(at)).toBe('Sun 3:05 PM');
    expect(formatDateTime(at)).toBe('Nov 29, 2026, 3:05 PM');
  });
});
