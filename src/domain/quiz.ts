/**
 * The exam-style quiz: one question shape for authored and generated
 * questions, seeded generation from the items, scoring on AWS's 100-1000
 * scale, and the exam clock. Pure: the seed and the time are parameters.
 */
import { dutyOnService } from './model.ts';
import { createRng, hashSeed, shuffle, type Rng } from './random.ts';
import type { Content, Owner, Question, ResponsibilityItem, Service } from './schema.ts';
import { OWNERS, SERVICES } from './vocabulary.ts';

export type QuizSource = 'authored' | 'generated';

export const GENERATED_KINDS = ['owner', 'service', 'two-customer', 'two-aws', 'not-aws', 'pen-allowed', 'pen-prohibited'] as const;
export type GeneratedKind = (typeof GENERATED_KINDS)[number];
export type QuestionKind = 'authored' | GeneratedKind;

export interface QuizOption {
  /** An authored question's own id (a-e); the owner for "who" options; the item id for a duty option. */
  readonly id: string;
  readonly text: string;
  readonly why: string;
  readonly correct: boolean;
  /** Set on "who is responsible" options, so a wrong pick names the owner the learner believed. */
  readonly owner?: Owner;
  /** Set on generated options that show one item's duty. */
  readonly itemId?: string;
}

export interface QuizQuestion {
  /** Authored: the content id. Generated: `gen:<kind>:...` from the kind and item ids, so it never clashes with an authored (kebab-case) id. */
  readonly id: string;
  readonly source: QuizSource;
  readonly kind: QuestionKind;
  readonly stem: string;
  /** How many options make the answer (1, or 2 for "Choose two"). */
  readonly choose: number;
  readonly options: readonly QuizOption[];
  /** Items the question tests; for a generated question every item it shows, the answer's first. */
  readonly itemIds: readonly string[];
  readonly category: string;
  /** The service a per-service question asks about. */
  readonly service?: Service;
}

// ---------------------------------------------------------------------------
// Text of generated questions. It is study content (like the JSON), not UI
// chrome, so it lives here rather than in strings/en.ts, which domain/ may not import.

const OWNER_LABEL: Record<Owner, string> = { customer: 'Customer', aws: 'AWS', shared: 'Shared' };

const SERVICE_LABEL: Record<Service, string> = {
  ec2: 'EC2',
  rds: 'RDS',
  lambda: 'Lambda',
  s3: 'S3',
  dynamodb: 'DynamoDB',
  fargate: 'Fargate',
  'elastic-beanstalk': 'Elastic Beanstalk',
};

const OWNER_STATEMENT: Record<Owner, string> = {
  customer: "This is the customer's responsibility.",
  aws: "This is AWS's responsibility.",
  shared: 'This is shared: AWS and the customer each have a part.',
};

const NOT_OWNER: Record<Owner, string> = {
  customer: "Not the customer's.",
  aws: "Not AWS's.",
  shared: 'Not shared.',
};

function ownerOnService(owner: Owner, service: Service): string {
  const name = SERVICE_LABEL[service];
  if (owner === 'shared') return `On ${name}, this is shared: AWS and the customer each have a part.`;
  return `On ${name}, this is ${owner === 'aws' ? "AWS's" : "the customer's"} responsibility.`;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

const STEM = {
  owner: (duty: string) => `Who is responsible for: ${duty}?`,
  service: (service: Service, duty: string) => `On ${SERVICE_LABEL[service]}, who is responsible for: ${dutyOnService(duty)}?`,
  'two-customer': "Which TWO of these are the customer's responsibility? (Choose two.)",
  'two-aws': "Which TWO of these are AWS's responsibility? (Choose two.)",
  'not-aws': 'Which of these does AWS NOT do?',
  'pen-allowed': 'Which of these may a customer do without asking AWS first?',
  'pen-prohibited': "Under AWS's penetration testing policy, which of these is prohibited?",
} as const;

const PEN_WHY = {
  allowed: 'Allowed without asking AWS first.',
  prohibited: "Prohibited by AWS's penetration testing policy.",
} as const;

// ---------------------------------------------------------------------------
// Authored questions

/** An authored question in the quiz shape; its option ids (a-e) stay its own. */
export function fromAuthored(question: Question): QuizQuestion {
  const answer = new Set<string>(question.answer);
  return {
    id: question.id,
    source: 'authored',
    kind: 'authored',
    stem: question.stem,
    choose: answer.size,
    options: question.options.map((o) => ({ id: o.id, text: o.text, why: o.why, correct: answer.has(o.id) })),
    itemIds: [...question.itemIds],
    category: question.category,
  };
}

// ---------------------------------------------------------------------------
// Generated questions

export interface GenerateOptions {
  readonly count: number;
  readonly seed: number;
  /** Only questions whose answer tests items of these categories; absent or empty means every category. */
  readonly categories?: readonly string[] | undefined;
}

/** Relative frequency of each kind in a mix (pen testing is one category of many). */
const KIND_WEIGHT: Record<GeneratedKind, number> = {
  owner: 3,
  service: 2,
  'two-customer': 2,
  'two-aws': 2,
  'not-aws': 2,
  'pen-allowed': 1,
  'pen-prohibited': 1,
};

/** A clear owner, and a duty rather than a testing activity ("Port flooding" has no owner question worth asking). */
function hasClearOwner(item: ResponsibilityItem, owner: 'customer' | 'aws'): boolean {
  return item.owner === owner && item.penTest === undefined;
}

function textKey(text: string): string {
  return text.trim().toLowerCase();
}

function itemOption(item: ResponsibilityItem, correct: boolean, why: string): QuizOption {
  return { id: item.id, text: item.duty, why, correct, itemId: item.id };
}

function ownerWhy(item: ResponsibilityItem): string {
  return `${OWNER_STATEMENT[item.owner]} ${item.explanation}`;
}

function penWhy(item: ResponsibilityItem): string {
  const status = item.penTest === 'allowed' ? PEN_WHY.allowed : PEN_WHY.prohibited;
  return `${status} ${item.explanation}`;
}

interface ServiceAnchor {
  readonly item: ResponsibilityItem;
  readonly service: Service;
  readonly owner: Owner;
  readonly note: string | undefined;
}

/** The item's services in the schema's order, so generation does not depend on JSON key order. */
function serviceAnchors(item: ResponsibilityItem): ServiceAnchor[] {
  const anchors: ServiceAnchor[] = [];
  for (const service of SERVICES) {
    const entry = item.byService?.[service];
    if (entry) anchors.push({ item, service, owner: entry.owner, note: entry.note });
  }
  return anchors;
}

/**
 * Takes the next entries from a shuffled queue whose items are not yet the
 * answer of another question, so no item is asked twice in one set.
 */
function queue<T>(entries: readonly T[], itemOf: (entry: T) => ResponsibilityItem, used: ReadonlySet<string>): () => T | undefined {
  let next = 0;
  return () => {
    while (next < entries.length) {
      const entry = entries[next++];
      if (entry !== undefined && !used.has(itemOf(entry).id)) return entry;
    }
    return undefined;
  };
}

/** `n` distractors with distinct texts, preferring items inside the chosen categories. */
function pickDistractors(
  pool: readonly ResponsibilityItem[],
  n: number,
  shown: readonly ResponsibilityItem[],
  inScope: (item: ResponsibilityItem) => boolean,
  rng: Rng,
): ResponsibilityItem[] | undefined {
  const ids = new Set(shown.map((i) => i.id));
  const texts = new Set(shown.map((i) => textKey(i.duty)));
  const shuffled = shuffle(pool, rng);
  const ordered = [...shuffled.filter(inScope), ...shuffled.filter((i) => !inScope(i))];
  const picked: ResponsibilityItem[] = [];
  for (const item of ordered) {
    if (picked.length === n) break;
    if (ids.has(item.id) || texts.has(textKey(item.duty))) continue;
    ids.add(item.id);
    texts.add(textKey(item.duty));
    picked.push(item);
  }
  return picked.length === n ? picked : undefined;
}

function generatedId(kind: GeneratedKind, itemIds: readonly string[]): string {
  return `gen:${kind}:${[...itemIds].sort().join('+')}`;
}

function ownerChoices(correctOwner: Owner, why: (owner: Owner) => string): QuizOption[] {
  return OWNERS.map((owner) => ({ id: owner, text: OWNER_LABEL[owner], why: why(owner), correct: owner === correctOwner, owner }));
}

type Maker = () => QuizQuestion | undefined;

function weightedPick(kinds: readonly GeneratedKind[], rng: Rng): GeneratedKind | undefined {
  const total = kinds.reduce((sum, k) => sum + KIND_WEIGHT[k], 0);
  let roll = rng() * total;
  for (const kind of kinds) {
    roll -= KIND_WEIGHT[kind];
    if (roll < 0) return kind;
  }
  return kinds.at(-1);
}

function generate(items: readonly ResponsibilityItem[], options: GenerateOptions, avoid: ReadonlySet<string>): QuizQuestion[] {
  const count = Math.max(0, Math.floor(options.count));
  if (count === 0) return [];
  const rng = createRng(options.seed);
  const scope = options.categories && options.categories.length > 0 ? new Set(options.categories) : undefined;
  const inScope = (item: ResponsibilityItem): boolean => scope === undefined || scope.has(item.category);
  const used = new Set(avoid);
  const scoped = items.filter(inScope);

  const customers = items.filter((i) => hasClearOwner(i, 'customer'));
  const awsItems = items.filter((i) => hasClearOwner(i, 'aws'));
  const allowed = items.filter((i) => i.penTest === 'allowed');
  const prohibited = items.filter((i) => i.penTest === 'prohibited');
  const self = (item: ResponsibilityItem) => item;

  /** `answer[0]` names the category; the answer's items are marked used. */
  const finish = (
    kind: GeneratedKind,
    id: string,
    stem: string,
    answer: readonly [ResponsibilityItem, ...ResponsibilityItem[]],
    shown: readonly ResponsibilityItem[],
    opts: readonly QuizOption[],
  ): QuizQuestion => {
    for (const item of answer) used.add(item.id);
    return {
      id,
      source: 'generated',
      kind,
      stem,
      choose: opts.filter((o) => o.correct).length,
      options: shuffle(opts, rng),
      itemIds: shown.map((i) => i.id),
      category: answer[0].category,
    };
  };

  const ownerQueue = queue(shuffle(scoped.filter((i) => hasClearOwner(i, 'customer') || hasClearOwner(i, 'aws')), rng), self, used);
  const owner: Maker = () => {
    const item = ownerQueue();
    if (!item) return undefined;
    const why = (picked: Owner): string => {
      if (picked === item.owner) return ownerWhy(item);
      const myth = picked !== 'shared' && item.misconception ? ` ${item.misconception}` : '';
      return `${NOT_OWNER[picked]} ${OWNER_STATEMENT[item.owner]}${myth}`;
    };
    return finish('owner', generatedId('owner', [item.id]), STEM.owner(item.duty), [item], [item], ownerChoices(item.owner, why));
  };

  const serviceQueue = queue(shuffle(scoped.flatMap(serviceAnchors), rng), (a) => a.item, used);
  const service: Maker = () => {
    const anchor = serviceQueue();
    if (!anchor) return undefined;
    const note = anchor.note ? ` ${sentence(anchor.note)}` : '';
    const right = ownerOnService(anchor.owner, anchor.service);
    const why = (picked: Owner): string => (picked === anchor.owner ? `${right}${note}` : `${NOT_OWNER[picked]} ${right}${note}`);
    const question = finish(
      'service',
      `gen:service:${anchor.service}:${anchor.item.id}`,
      STEM.service(anchor.service, anchor.item.duty),
      [anchor.item],
      [anchor.item],
      ownerChoices(anchor.owner, why),
    );
    return { ...question, service: anchor.service };
  };

  /** Two duties of `owner` and three of the other clear owner; never a shared one, which would be arguable. */
  const chooseTwo = (kind: 'two-customer' | 'two-aws', right: readonly ResponsibilityItem[], wrong: readonly ResponsibilityItem[]): Maker => {
    const next = queue(shuffle(right.filter(inScope), rng), self, used);
    return () => {
      const a = next();
      let b = next();
      while (a && b && textKey(a.duty) === textKey(b.duty)) b = next();
      if (!a || !b) return undefined;
      const distractors = pickDistractors(wrong, 3, [a, b], inScope, rng);
      if (!distractors) return undefined;
      const opts = [...[a, b].map((i) => itemOption(i, true, ownerWhy(i))), ...distractors.map((i) => itemOption(i, false, ownerWhy(i)))];
      const shown = [a, b, ...distractors];
      return finish(kind, generatedId(kind, shown.map((i) => i.id)), STEM[kind], [a, b], shown, opts);
    };
  };

  /** One right duty among three wrong ones. */
  const oneOfFour = (
    kind: 'not-aws' | 'pen-allowed' | 'pen-prohibited',
    right: readonly ResponsibilityItem[],
    wrong: readonly ResponsibilityItem[],
    why: (item: ResponsibilityItem) => string,
  ): Maker => {
    const next = queue(shuffle(right.filter(inScope), rng), self, used);
    return () => {
      const answer = next();
      if (!answer) return undefined;
      const distractors = pickDistractors(wrong, 3, [answer], inScope, rng);
      if (!distractors) return undefined;
      const opts = [itemOption(answer, true, why(answer)), ...distractors.map((i) => itemOption(i, false, why(i)))];
      const shown = [answer, ...distractors];
      return finish(kind, generatedId(kind, shown.map((i) => i.id)), STEM[kind], [answer], shown, opts);
    };
  };

  const makers: Record<GeneratedKind, Maker> = {
    owner,
    service,
    'two-customer': chooseTwo('two-customer', customers, awsItems),
    'two-aws': chooseTwo('two-aws', awsItems, customers),
    'not-aws': oneOfFour('not-aws', customers, awsItems, ownerWhy),
    'pen-allowed': oneOfFour('pen-allowed', allowed, prohibited, penWhy),
    'pen-prohibited': oneOfFour('pen-prohibited', prohibited, allowed, penWhy),
  };

  let active: readonly GeneratedKind[] = GENERATED_KINDS;
  const ids = new Set<string>();
  const out: QuizQuestion[] = [];
  while (out.length < count) {
    const kind = weightedPick(active, rng);
    if (kind === undefined) break;
    const question = makers[kind]();
    // A kind that cannot make a question now never will: its queue only shrinks.
    if (!question) active = active.filter((k) => k !== kind);
    else if (!ids.has(question.id)) {
      ids.add(question.id);
      out.push(question);
    }
  }
  return out;
}

/**
 * Up to `count` generated questions, mixing the kinds, the same for the same
 * seed and items. Each item is the answer of at most one question, so a set can
 * be shorter than `count` when the chosen categories run out of items.
 */
export function generateQuestions(items: readonly ResponsibilityItem[], options: GenerateOptions): QuizQuestion[] {
  return generate(items, options, new Set());
}

// ---------------------------------------------------------------------------
// Building a quiz

export type QuizSources = 'authored' | 'generated' | 'both';

export interface QuizOptions {
  readonly length: number;
  readonly seed: number;
  readonly categories?: readonly string[] | undefined;
  readonly sources: QuizSources;
}

/** The same question always gets the same option order for a seed, whichever quiz it lands in. */
function shuffleOptions(question: QuizQuestion, seed: number): QuizQuestion {
  return { ...question, options: shuffle(question.options, createRng(hashSeed(`${seed}:${question.id}`))) };
}

/**
 * A quiz of `length` questions (fewer only when the content runs out), in a
 * seeded order, without duplicate ids. "both" takes about half authored
 * questions and fills the rest with generated ones whose answers are items
 * the authored questions do not already test.
 */
export function buildQuiz(content: Pick<Content, 'items' | 'questions'>, options: QuizOptions): QuizQuestion[] {
  const length = Math.max(0, Math.floor(options.length));
  if (length === 0) return [];
  const rng = createRng(options.seed);
  const scope = options.categories && options.categories.length > 0 ? new Set(options.categories) : undefined;
  const authored =
    options.sources === 'generated'
      ? []
      : shuffle(
          content.questions.filter((q) => scope === undefined || scope.has(q.category)),
          rng,
        ).map(fromAuthored);

  let picked: QuizQuestion[];
  if (options.sources === 'authored') {
    picked = authored.slice(0, length);
  } else {
    const authoredCount = options.sources === 'both' ? Math.min(authored.length, Math.ceil(length / 2)) : 0;
    const first = authored.slice(0, authoredCount);
    const need = length - authoredCount;
    const generateOptions: GenerateOptions = { count: need, seed: hashSeed(`generated:${options.seed}`), categories: options.categories };
    let generated = generate(content.items, generateOptions, new Set(first.flatMap((q) => q.itemIds)));
    if (generated.length < need) {
      const unrestricted = generate(content.items, generateOptions, new Set());
      if (unrestricted.length > generated.length) generated = unrestricted;
    }
    const fill = authored.slice(authoredCount, authoredCount + need - generated.length);
    picked = [...first, ...generated, ...fill];
  }

  const unique = [...new Map(picked.map((q) => [q.id, q])).values()];
  return shuffle(unique, rng).map((q) => shuffleOptions(q, options.seed));
}

// ---------------------------------------------------------------------------
// Answering and scoring

function selectedSet(question: QuizQuestion, selected: readonly string[]): Set<string> | undefined {
  const known = new Set(question.options.map((o) => o.id));
  const set = new Set(selected);
  for (const id of set) if (!known.has(id)) return undefined;
  return set;
}

/** Right only when the selection is exactly the set of correct options: no partial credit, as on the exam. */
export function isCorrect(question: QuizQuestion, selectedIds: readonly string[]): boolean {
  const set = selectedSet(question, selectedIds);
  if (!set) return false;
  const right = question.options.filter((o) => o.correct);
  return set.size === right.length && right.every((o) => set.has(o.id));
}

/** True when exactly `choose` distinct options of this question are selected. */
export function canSubmit(question: QuizQuestion, selected: readonly string[]): boolean {
  return selectedSet(question, selected)?.size === question.choose;
}

export const PASS_MARK = 720;

/** AWS's 100-1000 scale, linear in the share of right answers (an estimate: AWS's own scaling is not public). */
export function scaledScore(correct: number, total: number): number {
  if (!(total > 0)) return 100;
  const share = Math.min(1, Math.max(0, correct / total));
  return Math.round(100 + 900 * share);
}

export function passed(scaled: number): boolean {
  return scaled >= PASS_MARK;
}

export interface CategoryScore {
  readonly category: string;
  readonly correct: number;
  readonly total: number;
}

export interface QuizScore {
  readonly correct: number;
  readonly total: number;
  /** Whole percent, 0 for an empty quiz. */
  readonly percent: number;
  readonly scaled: number;
  readonly passed: boolean;
  /** In the order the categories first appear in the quiz. */
  readonly byCategory: readonly CategoryScore[];
  readonly results: readonly { readonly questionId: string; readonly correct: boolean }[];
}

/** Scores an attempt; an unanswered question counts as wrong. */
export function scoreAttempt(questions: readonly QuizQuestion[], answers: Readonly<Record<string, readonly string[]>>): QuizScore {
  const results = questions.map((q) => ({ questionId: q.id, correct: isCorrect(q, Object.hasOwn(answers, q.id) ? (answers[q.id] ?? []) : []) }));
  const byCategory = new Map<string, { correct: number; total: number }>();
  questions.forEach((q, i) => {
    const entry = byCategory.get(q.category) ?? { correct: 0, total: 0 };
    entry.total += 1;
    if (results[i]?.correct) entry.correct += 1;
    byCategory.set(q.category, entry);
  });
  const correct = results.filter((r) => r.correct).length;
  const total = questions.length;
  const scaled = scaledScore(correct, total);
  return {
    correct,
    total,
    percent: total === 0 ? 0 : Math.round((100 * correct) / total),
    scaled,
    passed: passed(scaled),
    byCategory: [...byCategory].map(([category, s]) => ({ category, correct: s.correct, total: s.total })),
    results,
  };
}

// ---------------------------------------------------------------------------
// Exam timing (epoch milliseconds)

export const EXAM_DEFAULTS = { length: 20, minutes: 40 } as const;

export function examDeadline(startedAt: number, minutes: number): number {
  return startedAt + minutes * 60_000;
}

/** Milliseconds left, never negative: 0 means time is up. */
export function remainingMs(deadline: number, now: number): number {
  return Math.max(0, deadline - now);
}
