/** UI strings of the sort mode (composed into en.ts). */
import type { BucketId, SortKind } from '@/domain/sort';
import { plural } from './plural';
import { modes } from './modes';

/** "0:07", "1:42", "12:05": minutes and seconds of a round. */
const clock = (ms: number): string => {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

/** "42 seconds", "1 minute 42 seconds": the same time, read aloud. */
const spokenTime = (ms: number): string => {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (!minutes) return plural(rest, 'second', 'seconds');
  return rest ? `${plural(minutes, 'minute', 'minutes')} ${plural(rest, 'second', 'seconds')}` : plural(minutes, 'minute', 'minutes');
};

export const sortStrings = {
  title: modes.sort.title,
  lead: modes.sort.lead,

  // Start screen
  setupLabel: 'Choose a round',
  kindLegend: 'Kind of round',
  kinds: {
    owner: 'Customer or AWS',
    service: 'By service',
    pentest: 'Penetration testing',
    control: 'Control type',
  } satisfies Record<SortKind, string>,
  kindHints: {
    owner: 'The article’s split: security IN the cloud or OF the cloud. A Shared bucket appears only when the round holds shared duties.',
    service: 'The same duties for one service. The right bucket moves as the service takes on more of the work.',
    pentest: 'Which security tests you may run on your own resources without asking AWS first, and which are never allowed.',
    control: 'Controls you inherit from AWS, controls you share with it, and controls that are yours alone.',
  } satisfies Record<SortKind, string>,
  kindPool: (n: number) => `${plural(n, 'duty', 'duties')} to draw from`,
  serviceLabel: 'Service',
  serviceOption: (service: string, n: number) => `${service} (${plural(n, 'duty', 'duties')})`,
  feedbackLegend: 'Feedback',
  feedback: {
    now: 'Right away',
    end: 'At the end',
  },
  feedbackHints: {
    now: 'Each placement shows at once whether it is right, and why when it is not.',
    end: 'Place every duty, move them around as you like, then check them all together.',
  },
  start: 'Start the round',
  roundSize: (n: number) => `A round holds up to ${plural(n, 'duty', 'duties')}.`,

  bestsTitle: 'Your best rounds',
  bestsCaption: 'Best score and time for each kind of round',
  bestsNone: 'Finish a round to set your first best score.',
  roundColumn: 'Round',
  scoreColumn: 'Best score',
  timeColumn: 'Time',
  dateColumn: 'When',
  serviceRoundName: (service: string) => `By service: ${service}`,

  linkProblems: {
    'invalid-link-seed': 'That link’s round number is not valid, so it cannot reproduce a round. Choose a round below.',
    'missing-service': 'A service round needs a service. Choose one below.',
    'invalid-seed': 'That link’s round number is not valid, so it cannot reproduce a round. Choose a round below.',
    'invalid-size': 'That link asks for an impossible round size. Choose a round below.',
    'too-few-items': 'There are too few duties to sort this way yet. Choose another round below.',
    'no-items': 'None of those duties can be sorted this way. Choose a round below.',
  },

  // The round
  roundTitles: {
    owner: 'Customer or AWS?',
    service: 'Who owns it on this service?',
    pentest: 'Allowed without approval, or prohibited?',
    control: 'Which type of control?',
  } satisfies Record<SortKind, string>,
  serviceRoundTitle: (service: string) => `Who owns it on ${service}?`,
  retryTitle: (title: string) => `Retry: ${title}`,
  statsLabel: 'Round status',
  placedCount: (placed: number, total: number) => `${placed} of ${total} placed`,
  timer: 'Time',
  clock,
  spokenTime,
  undo: 'Undo',
  undoHint: 'Z',
  checkAll: 'Check all',
  leave: 'Leave round',
  leaveTitle: 'Leave this round?',
  leaveText: 'This round will not be scored. Answers already checked stay in your progress.',
  leaveConfirm: 'Leave the round',
  stay: 'Keep sorting',
  instructions: (keys: string) =>
    `Drag each duty into its bucket, or tap a duty and then a bucket. With a keyboard, focus a duty and press a bucket’s key (${keys}), or press Space to pick it up and the arrow keys to choose a bucket. Z undoes.`,
  keyList: (pairs: readonly (readonly [letter: string, bucket: string])[]) => `${pairs.map(([letter, bucket]) => `${letter} for ${bucket}`).join(', ')}, or its number`,
  keyLabel: 'Key',
  keyOr: 'or',
  pileTitle: 'Duties to sort',
  pileEmpty: 'Every duty is in a bucket.',
  bucketCount: (n: number) => plural(n, 'duty', 'duties'),
  bucketEmpty: 'Drop duties here',
  placeBarTitle: (duty: string) => `Put “${duty}” in:`,
  cancelSelection: 'Cancel',
  cardRole: 'draggable duty',

  buckets: {
    customer: 'Customer',
    aws: 'AWS',
    shared: 'Shared',
    allowed: 'Allowed without prior approval',
    prohibited: 'Prohibited',
    inherited: 'Inherited',
    'customer-specific': 'Customer-specific',
  } satisfies Record<BucketId, string>,
  bucketHints: {
    customer: 'Security IN the cloud',
    aws: 'Security OF the cloud',
    shared: 'Both have a part',
    allowed: 'No request to AWS needed',
    prohibited: 'Not allowed, even on your own resources',
    inherited: 'AWS runs it; you inherit it',
    'customer-specific': 'Yours alone',
  } satisfies Record<BucketId, string>,

  right: 'Right',
  wrong: 'Wrong',
  belongsIn: (bucket: string) => `It belongs in ${bucket}.`,
  feedbackTitle: 'Last placement',
  dismissFeedback: 'Got it',
  why: 'Why',
  misconception: 'Common misconception',
  serviceNote: (service: string) => `On ${service}`,

  // Announcements (aria-live)
  announcerLabel: 'Sort updates',
  announcePlaced: (duty: string, bucket: string, placed: number, total: number) => `${duty}: in ${bucket}. ${placed} of ${total} placed.`,
  announceRight: (duty: string, bucket: string, placed: number, total: number) => `${duty}: ${bucket}. Right. ${placed} of ${total} placed.`,
  announceWrong: (duty: string, bucket: string, answer: string, explanation: string, placed: number, total: number) =>
    `${duty}: ${bucket}. Not quite: it belongs in ${answer}. ${explanation} ${placed} of ${total} placed.`,
  announceUndone: (duty: string, placed: number, total: number) => `Undone: ${duty} is back where it was. ${placed} of ${total} placed.`,
  announceNothingToUndo: 'Nothing to undo.',
  announceSame: (duty: string, bucket: string) => `${duty} is already in ${bucket}.`,
  announceSelected: (duty: string) => `Selected: ${duty}. Choose a bucket, or press its key.`,
  announceDeselected: 'Selection cancelled.',
  announceLocked: 'This duty has been checked already. Z undoes the last placement.',
  placeAllFirst: (n: number) => `Place the ${plural(n, 'remaining duty', 'remaining duties')} before checking.`,
  announceFinished: (correct: number, total: number, ms: number) => `Round complete: ${correct} of ${total} right in ${spokenTime(ms)}.`,

  // dnd-kit (drag and drop announcements)
  dragInstructions: (keys: string) =>
    `To pick up this duty, press Space or Enter. Use the arrow keys to move between buckets, then press Space or Enter to drop it, or Escape to cancel. Or press a bucket’s key: ${keys}.`,
  dragStart: (duty: string) => `Picked up ${duty}. Use the arrow keys to choose a bucket.`,
  dragOver: (bucket: string) => `Over ${bucket}. Press Space or Enter to drop it here.`,
  dragNotOver: 'Not over a bucket.',
  dragOutside: (duty: string) => `${duty} was not dropped in a bucket and stays where it was.`,
  dragCancel: (duty: string) => `Cancelled. ${duty} stays where it was.`,

  // Results
  resultsTitle: 'Round complete',
  score: 'Score',
  scoreValue: (correct: number, total: number) => `${correct} of ${total} right`,
  time: 'Time',
  newBest: 'New best for this kind of round!',
  bestSoFar: (correct: number, total: number, time: string) => `Your best: ${correct} of ${total} in ${time}.`,
  retryNotSaved: 'Retry rounds do not count towards your best.',
  mistakesTitle: (n: number) => `Your ${plural(n, 'mistake', 'mistakes')}`,
  noMistakes: 'No mistakes: every duty is in the right bucket.',
  youChose: 'You chose',
  answerWas: 'It belongs in',
  quoteFrom: (title: string) => `From “${title}”`,
  readMore: 'More about this duty',
  rightTitle: (n: number) => `Right (${n})`,
  retry: (n: number) => `Retry my ${plural(n, 'mistake', 'mistakes')}`,
  playAgain: 'Play a new round',
  chooseAnother: 'Choose another kind of round',
  roundLink: 'Link to this exact round',
  roundLinkHint: 'Share it or come back to it: the link always gives the same duties in the same order.',
} as const;
