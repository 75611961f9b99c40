/**
 * Every UI string (not study content) in one typed object. Components, tests
 * and page objects read from here, so a wording change cannot break a test.
 */
import type { ControlType, Layer, Owner, PenTestStatus, Service } from '@/domain/schema';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const en = {
  appName: 'Shared Responsibility Trainer',
  appTagline: 'Study the AWS Shared Responsibility Model for the SysOps / CloudOps Associate exam',
  skipToContent: 'Skip to main content',
  loading: 'Loading…',

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

  comingSoon: {
    badge: 'Coming soon',
    text: 'This mode is being built. Until then, the Model view has every responsibility with its explanation.',
    goToModel: 'Open the model',
    flashcards: 'Flashcards will schedule each responsibility with spaced repetition, so it comes back just before you would forget it.',
    sort: 'Sort will have you place duties into Customer, AWS or Shared buckets, by drag and drop or keyboard, against the clock.',
    quiz: 'The quiz will offer exam-style practice and a timed exam simulation scored from 100 to 1000, with 720 to pass.',
    progress: 'Progress will chart your mastery by category, what is due, your streak and the mistakes you repeat.',
    present: 'Present mode will show one duty at a time in large type for a classroom, with a show-of-hands poll.',
  },

  settings: {
    title: 'Settings',
    themeLegend: 'Theme',
    themeSystem: 'Follow the system',
    themeLight: 'Light',
    themeDark: 'Dark',
    themeHint: 'Your choice is remembered on this device.',
  },

  notFound: {
    title: 'Page not found',
    text: 'There is nothing at this address. It may have moved.',
    home: 'Go to the home page',
  },

  errors: {
    title: 'Something went wrong',
    contentTitle: 'The study content could not be loaded',
    contentText: 'A content file has a problem. An author needs to fix it; the details are below.',
    unexpected: 'An unexpected error stopped this page. Reloading usually helps; your saved progress is not affected.',
    reload: 'Reload the page',
  },

  storage: {
    unavailable: 'Your browser is not letting this site save data (private browsing or storage full). Settings will last only until you close this tab.',
  },
} as const;

export type Strings = typeof en;
