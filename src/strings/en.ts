/**
 * Every UI string (not study content) in one typed object. Components, tests
 * and page objects read from here, so a wording change cannot break a test.
 */
import type { ControlType, Layer, Owner, PenTestStatus, Service } from '@/domain/schema';
import { modes } from './modes';
import { formatDate, formatWeekday } from './date-format';
import { plural } from './plural';

export const en = {
  appName: 'Shared Responsibility Trainer',
  appTagline: 'Study the AWS Shared Responsibility Model for the SysOps / CloudOps Associate exam',
  skipToContent: 'Skip to main content',
  loading: 'Loading…',
  needsScript: 'This part of the trainer runs in your browser: turn on JavaScript to use it. The model and every item page work without it.',

  nav: {
    label: 'Main',
    menu: 'Menu',
    home: 'Home',
    model: 'Model',
    flashcards: 'Flashcards',
    sort: 'Sort',
    quiz: 'Quiz',
    progress: 'Progress',
    present: 'Present',
    settings: 'Settings',
  },

  meta: {
    description: 'Study the AWS Shared Responsibility Model for the SysOps / CloudOps Associate exam: who secures what, with flashcards, sorting and exam-style questions.',
    itemOwner: (owner: string) => `Who owns it: ${owner}.`,
  },

  owner: {
    customer: 'Customer',
    aws: 'AWS',
    shared: 'Shared',
  } satisfies Record<Owner, string>,
  ownerLong: {
    customer: 'The customer (security IN the cloud)',
    aws: 'AWS (security OF the cloud)',
    shared: 'Shared: both have a part, or it depends on the service',
  } satisfies Record<Owner, string>,

  service: {
    ec2: 'EC2',
    rds: 'RDS',
    lambda: 'Lambda',
    s3: 'S3',
    dynamodb: 'DynamoDB',
    fargate: 'Fargate',
    'elastic-beanstalk': 'Elastic Beanstalk',
  } satisfies Record<Service, string>,

  controlType: {
    inherited: 'Inherited control',
    shared: 'Shared control',
    'customer-specific': 'Customer-specific control',
  } satisfies Record<ControlType, string>,

  penTest: {
    allowed: 'Allowed without prior approval',
    prohibited: 'Prohibited',
    conditional: 'Only with approval or under a separate policy',
  } satisfies Record<PenTestStatus, string>,

  layer: {
    'customer-data': 'Customer data',
    'platform-apps-iam': 'Platform, applications, identity and access management',
    'os-network-firewall': 'Operating system, network and firewall configuration',
    'encryption-protection': 'Client-side and server-side encryption, network traffic protection',
    'aws-software': 'Software: compute, storage, database, networking',
    'aws-infrastructure': 'Hardware and global infrastructure: regions, availability zones, edge locations',
  } satisfies Record<Layer, string>,

  home: {
    title: 'Know who secures what, before the exam asks',
    lead: 'AWS secures the cloud itself; you secure what you put in it and connect to it. This trainer turns that split into items you can look up, sort, drill and be quizzed on.',
    inTitle: 'Security IN the cloud',
    inText: 'Yours: your data, identities and access, guest operating systems, applications, network and firewall configuration, encryption.',
    ofTitle: 'Security OF the cloud',
    ofText: "AWS's: regions, availability zones, edge locations, data centers, hardware, the hypervisor and its own network.",
    contentSummary: (items: number, categories: number, questions: number) =>
      `${plural(items, 'responsibility', 'responsibilities')} in ${plural(categories, 'category', 'categories')}, and ${plural(questions, 'exam-style question', 'exam-style questions')}.`,
    start: 'Explore the model',
    modesTitle: 'Ways to study',
    modes: {
      model: 'Look up any duty and see who owns it, why, and where the model draws the line.',
      flashcards: 'Spaced-repetition cards that come back just before you would forget them.',
      sort: 'Sort duties into Customer, AWS or Shared, by service, or by testing rules.',
      quiz: 'Exam-style practice and timed simulations with a scaled score.',
      progress: 'Mastery by category, what is due, and the mistakes you keep making.',
      present: 'Teach the model to a room from a projector, with a show-of-hands poll.',
    },
  },

  model: {
    title: 'The Shared Responsibility Model',
    lead: 'The customer’s layers sit on top of the AWS layers, as in AWS’s own diagram. Search or filter, then choose any duty to see who owns it and why.',
    viewLegend: 'Show the responsibilities as',
    views: { diagram: 'Diagram', list: 'List' },
    beyondTitle: 'Beyond the diagram',
    beyondLead: 'Rules about testing, compliance and individual services, which have no single place in the picture.',
    inBand: 'Customer: responsible for security IN the cloud',
    ofBand: 'AWS: responsible for security OF the cloud',
    listTitle: 'Every responsibility',
    filtersLabel: 'Filter responsibilities',
    search: 'Search',
    searchHint: 'Type words from a duty, for example “patch ec2”',
    ownerFilter: 'Owner',
    anyOwner: 'Any owner',
    categoryFilter: 'Category',
    anyCategory: 'All categories',
    clearFilters: 'Clear filters',
    results: (shown: number, total: number) =>
      shown === total ? `Showing all ${plural(total, 'responsibility', 'responsibilities')}` : `Showing ${shown} of ${plural(total, 'responsibility', 'responsibilities')}`,
    noResults: 'No responsibility matches these filters. Try fewer words or clear the filters.',
    itemsInLayer: (n: number) => plural(n, 'item', 'items'),
  },

  item: {
    owner: 'Owner',
    category: 'Category',
    controlTypeLabel: 'Control type',
    penTestLabel: 'Penetration testing',
    why: 'Why',
    misconception: 'Common misconception',
    byServiceTitle: 'Who owns this on each service',
    byServiceCaption: 'Owner of this duty by AWS service',
    serviceColumn: 'Service',
    ownerColumn: 'Owner',
    noteColumn: 'Note',
    sourceTitle: 'Source',
    quoteFrom: (title: string) => `From “${title}”`,
    referencesTitle: 'Further reading',
    previous: 'Previous',
    next: 'Next',
    backToModel: 'Back to the model',
    notFoundTitle: 'No such responsibility',
    notFoundText: (id: string) => `There is no item with the id “${id}”. It may have been renamed.`,
    pagerLabel: 'Other responsibilities',
  },

  progress: {
    title: 'Your progress',
    lead: 'Everything here is worked out from your answers in every mode, and stays on this device.',
  },

  next: {
    title: 'What to do next',
    due: (n: number) => `${plural(n, 'card is', 'cards are')} due for review.`,
    nothingDue: 'Nothing is due right now.',
    reviewDue: 'Review due cards',
    fixMisconceptions: 'Fix your misconceptions',
    misconceptionsWaiting: (n: number) => `${plural(n, 'duty keeps', 'duties keep')} going to the wrong owner.`,
    learnNew: 'Learn new items',
    newWaiting: (n: number) => `${plural(n, 'item', 'items')} you have not studied yet.`,
    testYourself: 'Test yourself with a quiz',
    allStudied: 'You have studied every item. A quiz shows what sticks.',
    start: 'Start with flashcards',
    startText: 'Cards come back just before you would forget them.',
    readiness: (percent: string) => `Exam readiness: ${percent}`,
    streak: (days: number) => `Streak: ${plural(days, 'day', 'days')}`,
    seeProgress: 'See your progress',
  },

  format: {
    percent: (value: number) => `${Math.round(value * 100)}%`,
    date: formatDate,
    weekday: formatWeekday,
    isoDate: (at: number) => new Date(at).toISOString().slice(0, 10),
  },

  settings: {
    title: 'Settings',
    lead: 'How the trainer looks and how you study: the theme, how many new cards a day, the recall your reviews aim for and your exam date. Your choices stay on this device, with your progress.',
    themeLegend: 'Theme',
    themeSystem: 'Follow the system',
    themeLight: 'Light',
    themeDark: 'Dark',
    themeHint: 'Your choice is remembered on this device.',
    studyLegend: 'Studying',
    newPerDay: 'New flashcards per day',
    newPerDayHint: 'How many items you have never seen a flashcard session may introduce each day.',
    retention: 'Target recall',
    retentionHint: 'Reviews are scheduled so you recall this share of cards when they come due. Higher means more reviews.',
    examDate: 'Exam date',
    examDateHint: 'Used to project your readiness to exam day. Leave empty if you have not booked it.',
    clearExamDate: 'Clear the exam date',
  },

  notFound: {
    title: 'Page not found',
    text: 'There is nothing at this address. It may have moved.',
    home: 'Go to the home page',
  },

  modes,

  errors: {
    title: 'Something went wrong',
    contentTitle: 'The study content could not be loaded',
    contentText: 'A content file has a problem. An author needs to fix it; the details are below.',
    unexpected: 'An unexpected error stopped this page. Reloading usually helps; your saved progress is not affected.',
    reload: 'Reload the page',
  },


  update: {
    label: 'App update',
    available: 'A new version of the trainer is ready. Reload to use it; your progress is kept.',
    reload: 'Reload now',
    later: 'Later',
  },

  storage: {
    unavailable: 'Your browser is not letting this site save data (private browsing, or storage is full). You can keep studying, but progress will not be kept after you close this tab. Export it from the Progress page to keep a copy.',
    recoveredTitle: 'Your saved progress could not be read',
    recoveredText: 'The app started fresh, and nothing was deleted: the unreadable data is kept on this device. Download it to keep a copy or to ask for help recovering it.',
    downloadBackup: 'Download the saved data',
    dismiss: 'Dismiss',
    backupFileName: 'srm-trainer-unreadable-progress.json',
  },
} as const;

export type Strings = typeof en;
