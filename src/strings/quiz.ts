/** UI strings of the quiz mode (composed into en.ts). */
import { formatDateTime } from './date-format';
import { plural } from './plural';
import { modes } from './modes';

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five'];
const numberWord = (n: number): string => NUMBER_WORDS[n] ?? String(n);

/** 37:05, or 1:02:03 past an hour; rounded up, so 0:00 means time is really up. */
function clock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** "45 s", "1 min 12 s", "21 min". */
function duration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  if (minutes === 0) return `${seconds} s`;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

export const quizStrings = {
  title: modes.quiz.title,
  lead: modes.quiz.lead,
  practiceTitle: 'Practice quiz',
  examTitle: 'Exam simulation',
  resultTitle: 'Your result',

  setup: {
    label: 'Set up a quiz',
    modeLegend: 'Kind of quiz',
    modes: { practice: 'Practice', exam: 'Exam simulation' },
    modeHints: {
      practice: 'No clock. After each answer you see why every option is right or wrong.',
      exam: 'Timed, like the real exam. Flag questions, review, then submit for a score from 100 to 1000.',
    },
    length: 'Number of questions',
    lengthHint: (max: number) => `From 1 to ${max}.`,
    lengthError: (max: number) => `Enter a whole number of questions from 1 to ${max}.`,
    minutes: 'Time limit in minutes',
    minutesHint: 'Two minutes a question, as on the real exam, unless you change it.',
    minutesError: (max: number) => `Enter a whole number of minutes from 1 to ${max}.`,
    sourcesLegend: 'Questions from',
    sources: {
      both: 'Both kinds',
      authored: 'Exam-style questions only',
      generated: 'Generated questions only',
    },
    sourcesHints: {
      both: 'Half written exam-style scenarios, half questions generated from the responsibilities.',
      authored: 'Scenario questions written like the real exam.',
      generated: 'Short questions generated from every responsibility: who owns it, on which service, which two are yours.',
    },
    categoriesLegend: 'Categories',
    categoriesHint: 'Leave them all ticked to cover the whole model, as the exam does.',
    selectAll: 'Tick all',
    selectNone: 'Untick all',
    categoriesError: 'Tick at least one category.',
    available: (n: number, asked: number) =>
      `Only ${plural(n, 'question matches', 'questions match')} these choices, so the quiz will have ${n}, not ${asked}.`,
    noneAvailable: 'No questions match these choices. Tick more categories or choose other questions.',
    sharedSeed: 'This link sets the questions, so everyone who opens it gets the same quiz.',
    start: { practice: 'Start practice', exam: 'Start the exam' },
  },

  recent: {
    title: 'Recent attempts',
    caption: 'Your latest quiz attempts, newest first',
    none: 'No attempts yet. Your finished quizzes and exams appear here.',
    date: 'Date',
    mode: 'Kind',
    score: 'Score',
    correct: 'Right answers',
    result: 'Result',
    modes: { practice: 'Practice', exam: 'Exam simulation' },
    correctOf: (correct: number, total: number) => `${correct} of ${total}`,
    when: formatDateTime,
  },

  question: {
    count: (index: number, total: number) => `Question ${index + 1} of ${total}`,
    chooseOne: 'Choose one answer.',
    chooseMany: (n: number) => `Choose ${numberWord(n)} answers.`,
    chooseSuffix: (n: number) => `(Choose ${numberWord(n)}.)`,
    selected: (selected: number, needed: number) =>
      selected > needed ? `${selected} selected: choose only ${numberWord(needed)}.` : `${selected} of ${needed} selected.`,
    needMore: (needed: number) =>
      needed === 1 ? 'Choose an answer before submitting.' : `Choose exactly ${numberWord(needed)} answers before submitting.`,
    submit: 'Submit answer',
    next: 'Next question',
    finish: 'See your result',
    end: 'End practice',
    endTitle: 'End this practice now?',
    endText: (answered: number) =>
      answered === 0
        ? 'You have not answered any question yet, so nothing will be saved.'
        : `Your ${plural(answered, 'answer', 'answers')} so far will be scored and saved; the rest are left out.`,
    endConfirm: 'End practice',
    keepGoing: 'Keep going',
    leaveTitle: 'Leave this practice?',
    leaveText: 'Your answers are already recorded, but this quiz will not be saved as an attempt.',
    leaveConfirm: 'Leave',
    fewer: (n: number, asked: number) => `Only ${n} of the ${asked} questions you asked for were available.`,
  },

  keys: {
    label: 'Keyboard shortcuts',
    practice: '1–5 or A–E choose · Enter submits, then goes on · N next',
    exam: '1–5 or A–E choose · Enter or N next · F flags for review',
  },

  feedback: {
    right: 'Correct',
    wrong: 'Not quite',
    rightLead: 'You chose the right answer.',
    wrongLead: (n: number) => (n === 1 ? 'The right answer is marked below.' : 'The right answers are marked below.'),
    optionsLabel: 'Every option, and why',
    correctOption: 'Right answer',
    wrongOption: 'Wrong answer',
    yourChoice: 'Your choice',
    itemOwner: 'Owner:',
    sourceTitle: 'From the source',
    quoteFrom: (title: string) => `From “${title}”`,
  },

  exam: {
    timeLeft: 'Time left',
    warnings: {
      none: '',
      'five-minutes': 'Less than 5 minutes left.',
      'one-minute': 'Less than 1 minute left.',
      up: 'Time is up.',
    },
    previous: 'Previous',
    next: 'Next',
    flag: 'Flag for review',
    flagged: 'Flagged',
    review: 'Review answers',
    submit: 'Submit exam',
    quit: 'Quit exam',
    quitTitle: 'Quit this exam?',
    quitText: 'The exam ends without a score and nothing is recorded.',
    quitConfirm: 'Quit the exam',
    cancel: 'Cancel',
    submitTitle: 'Submit with questions unanswered?',
    submitText: (unanswered: number) =>
      `${plural(unanswered, 'question is', 'questions are')} unanswered. An unanswered question counts as wrong, as on the real exam.`,
    submitFlagged: (flagged: number) => `${plural(flagged, 'question is', 'questions are')} still flagged for review.`,
    submitConfirm: 'Submit exam',
    resumed: 'Your exam in progress was resumed. The clock kept running while you were away.',
    missing: 'The questions of your exam in progress could not be rebuilt (the study content has changed). The exam cannot go on.',
    discard: 'Discard it',
    reviewTitle: 'Review your answers',
    answeredOf: (answered: number, total: number) => `${answered} of ${total} answered`,
    reviewSummary: (answered: number, unanswered: number, flagged: number) =>
      `${answered} answered, ${unanswered} unanswered, ${flagged} flagged.`,
    reviewFilterLegend: 'Show',
    reviewFilters: { all: 'All questions', unanswered: 'Unanswered', flagged: 'Flagged' },
    reviewNone: { all: '', unanswered: 'Every question is answered.', flagged: 'No question is flagged.' },
    reviewListLabel: 'Questions, choose one to go to it',
    statusAnswered: 'Answered',
    statusUnanswered: 'Unanswered',
    statusPartial: 'Incomplete',
    statusFlagged: 'Flagged',
    reviewItem: (index: number) => `Question ${index + 1}`,
    backToQuestion: (index: number) => `Back to question ${index + 1}`,
  },

  result: {
    scoreLabel: 'Scaled score',
    scoreOf: '/ 1000',
    scoreText: (scaled: number, pass: number) => `${scaled} out of 1000. The pass mark is ${pass}.`,
    passed: 'Pass',
    failed: 'Below the pass mark',
    passMark: (pass: number) => `Pass mark ${pass}`,
    summary: (correct: number, total: number, percent: number) => `${correct} of ${total} right (${percent}%).`,
    estimate: 'The scale runs from 100 to 1000 like the real exam; AWS does not publish its own scaling, so this is an estimate.',
    timedOut: 'Time ran out, so your exam was submitted automatically.',
    timeUsed: (used: string, limit: string) => `Time used: ${used} of ${limit}.`,
    timeTotal: (used: string) => `Time: ${used}.`,
    averageTime: (average: string) => `About ${average} a question.`,
    categoriesTitle: 'By category',
    categoriesCaption: 'Right answers in each category',
    category: 'Category',
    right: 'Right',
    share: 'Share',
    reviewTitle: 'Every question',
    reviewLead: 'Open a question to see every option and why it is right or wrong. The ones you missed are open.',
    onlyMissed: 'Show only the questions I missed',
    reviewItem: (index: number) => `Question ${index + 1}`,
    meta: (category: string, time: string) => `${category} · time ${time}`,
    verdict: { right: 'Right', wrong: 'Wrong', unanswered: 'Unanswered' },
    flagged: 'Flagged',
    nothingMissed: 'You missed nothing. Well done.',
    again: 'Same questions again',
    newQuiz: 'Set up a new quiz',
    recordedNote: (items: number) => `${plural(items, 'responsibility', 'responsibilities')} tested here now count in your progress and come back for review.`,
    seeProgress: 'See your progress',
  },

  clock,
  duration,
} as const;
