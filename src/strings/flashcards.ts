/** UI strings of the flashcards mode (composed into en.ts). */
import type { IntervalUnit } from '@/domain/flashcards-session';
import type { Grade } from '@/domain/scheduling';
import type { Owner } from '@/domain/schema';
import { formatClock } from './date-format';
import { plural } from './plural';
import { modes } from './modes';

const interval = (count: number, unit: IntervalUnit): string => {
  switch (unit) {
    case 'now':
      return 'now';
    case 'minute':
      return `${count} min`;
    case 'hour':
      return plural(count, 'hour', 'hours');
    case 'day':
      return plural(count, 'day', 'days');
    case 'month':
      return plural(count, 'month', 'months');
    case 'year':
      return plural(count, 'year', 'years');
  }
};

/** "in 10 min", "now". */
const inInterval = (count: number, unit: IntervalUnit): string => (unit === 'now' ? 'now' : `in ${interval(count, unit)}`);

export const flashcardsStrings = {
  title: modes.flashcards.title,
  lead: modes.flashcards.lead,

  filtersTitle: 'Choose cards',
  filtersSummary: (parts: readonly string[]) => (parts.length ? `Choose cards: ${parts.join(' · ')}` : 'Choose cards: all categories, any owner'),
  filtersHint: 'Changing a choice starts a new session. Cards you already graded stay saved.',
  category: 'Category',
  anyCategory: 'All categories',
  owner: 'Owner',
  anyOwner: 'Any owner',
  mistakes: 'Only my mistakes',
  mistakesHint: 'Items you have answered wrongly at least once, in any mode.',
  mistakesActive: 'only my mistakes',
  cram: 'Cram',
  cramHint: 'Go through every chosen card, weakest first. Your answers are saved, but when cards come back does not change.',
  cramActive: 'cram',
  clearFilters: 'Clear choices',

  sessionLabel: 'Study session',
  position: (n: number, total: number) => `Card ${n} of ${total}`,
  planCounts: (due: number, fresh: number) => `${due} due · ${fresh} new`,
  cramCount: (total: number) => `Cram: ${plural(total, 'card', 'cards')}, schedule unchanged`,
  kind: { due: 'Review', new: 'New', cram: 'Cram' },

  question: (duty: string) => `Who is responsible for: ${duty}?`,
  serviceQuestion: (service: string, duty: string) => `On ${service}, who is responsible for: ${duty}?`,
  serviceContext: (service: string) => `Asked about ${service}`,

  commitLegend: 'Your answer (optional)',
  commitHint: 'Commit before you turn the card to find out if you were right.',
  turn: 'Show answer',
  answer: 'Answer',
  answerOnService: (service: string) => `Answer on ${service}`,
  generalOwner: 'In general',
  right: 'Right.',
  rightText: (owner: string) => `${owner} is responsible.`,
  wrong: 'Not quite.',
  wrongText: (chosen: string, owner: string) => `You said ${chosen}; ${owner} is responsible. Again is suggested.`,
  why: 'Why',
  misconception: 'Common misconception',
  source: 'Source',
  quoteFrom: (title: string) => `From “${title}”`,
  openItem: 'Open this item in the model',

  gradeLegend: 'How well did you know it?',
  gradeLegendCram: 'How well did you know it? (Cram: the schedule does not change.)',
  grades: { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' } satisfies Record<Grade, string>,
  gradeName: (grade: string, when: string) => `${grade}, back in ${when}`,
  suggested: 'Suggested',

  shortcutsButton: 'Keyboard shortcuts',
  shortcutsTitle: 'Keyboard shortcuts',
  shortcutsLead: 'Shortcuts work anywhere on this page except while typing in a field.',
  shortcuts: [
    { keys: ['Space', 'Enter'], action: 'Turn the card' },
    { keys: ['C', 'A', 'S'], action: 'Commit to Customer, AWS or Shared (before turning)' },
    { keys: ['1', '2', '3', '4'], action: 'Grade Again, Hard, Good or Easy (after turning)' },
    { keys: ['U'], action: 'Undo the last grade' },
    { keys: ['?'], action: 'Show these shortcuts' },
    { keys: ['Esc'], action: 'Close this list' },
  ],
  keysOr: 'or',
  keys: {
    turn: 'Space',
    undo: 'U',
    help: '?',
    commit: { customer: 'C', aws: 'A', shared: 'S' } satisfies Record<Owner, string>,
    grade: { again: '1', hard: '2', good: '3', easy: '4' } satisfies Record<Grade, string>,
  },
  close: 'Close',
  undo: 'Undo last grade',
  endSession: 'End session',

  announceFront: (n: number, total: number, question: string) => `Card ${n} of ${total}. ${question}`,
  announceBack: (verdict: string, owner: string, explanation: string) => `${verdict}Answer: ${owner}. ${explanation}`,
  announceUndo: (duty: string) => `Grade undone. Back to: ${duty}`,

  summaryTitle: 'Session complete',
  summaryLabel: 'Session summary',
  studied: 'Cards studied',
  accuracy: 'Accuracy',
  accuracyNote: (right: number, committed: number) => `${right} of ${plural(committed, 'committed answer', 'committed answers')} right`,
  accuracyNone: 'No committed answers',
  accuracyNoneHint: 'Press C, A or S before turning a card to check yourself.',
  time: 'Time spent',
  comebackTitle: 'What comes back when',
  comeback: (cards: number, count: number, unit: IntervalUnit) => `${plural(cards, 'card', 'cards')} ${inInterval(count, unit)}`,
  unscheduled: (cards: number) => `${plural(cards, 'card', 'cards')} not scheduled yet (crammed before being learned)`,
  studyMore: 'Start another session',
  seeProgress: 'See your progress',

  emptyTitle: 'Nothing to study right now',
  nothingDue: 'Nothing is due right now.',
  dueNow: 'Cards are due now.',
  nextDue: (when: string, at: string) => `The next card is due ${when} (${at}).`,
  nothingScheduled: 'No card in this choice is scheduled yet.',
  newOff: 'New cards are set to 0 a day in Settings.',
  limitReached: (limit: number) => `You have met today’s limit of ${plural(limit, 'new card', 'new cards')}.`,
  newWaiting: (n: number) => `${plural(n, 'item', 'items')} you have not studied yet.`,
  learnNew: (n: number) => `Learn ${plural(n, 'new item', 'new items')}`,
  cramThese: (n: number) => `Cram these ${plural(n, 'card', 'cards')}`,
  startNow: 'Start the session',
  noMatch: 'No item matches these choices.',
  noMistakes: 'No mistakes to review: you have not answered any item wrongly yet.',
  allLearned: 'You have studied every item in this choice.',

  interval,
  inInterval,
  percent: (value: number) => `${Math.round(value * 100)}%`,
  duration: (ms: number) => {
    const seconds = Math.round(ms / 1000);
    if (seconds < 60) return `${seconds} s`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
    return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
  },
  clock: formatClock,
} as const;
