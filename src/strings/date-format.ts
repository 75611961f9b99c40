/**
 * Dates in the app's English, written out by hand: the first Intl.DateTimeFormat a
 * page builds costs tens of milliseconds on a slow phone (it loads locale data),
 * and these four shapes are all the app shows. Each matches what
 * Intl.DateTimeFormat('en', …) writes (tests/unit/strings/date-format.test.ts).
 */
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const dayMonth = (d: Date): string => `${MONTHS[d.getMonth()]} ${d.getDate()}`;
const time = (d: Date): string => `${d.getHours() % 12 || 12}:${String(d.getMinutes()).padStart(2, '0')} ${d.getHours() < 12 ? 'AM' : 'PM'}`;

/** "Nov 29, 2026" */
export const formatDate = (at: number): string => {
  const d = new Date(at);
  return `${dayMonth(d)}, ${d.getFullYear()}`;
};
/** "Sun, Nov 29" */
export const formatWeekday = (at: number): string => {
  const d = new Date(at);
  return `${WEEKDAYS[d.getDay()]}, ${dayMonth(d)}`;
};
/** "Sun 3:05 PM" */
export const formatClock = (at: number): string => {
  const d = new Date(at);
  return `${WEEKDAYS[d.getDay()]} ${time(d)}`;
};
/** "Nov 29, 2026, 3:05 PM" */
export const formatDateTime = (at: number): string => `${formatDate(at)}, ${time(new Date(at))}`;
