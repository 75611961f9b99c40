/**
 * npm run bench: how long the learning engine takes where a learner would
 * feel it (recording one answer, drawing the Progress page) and how much it
 * saves, for the real content and for a synthetic worst case. It prints
 * figures next to their goals; it is not a test and always exits 0.
 */
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { activityByDay, masteryByCategory, misconceptions, readiness, studyStreak } from '../src/domain/insights';
import { DAY_MS, dueForecast, dueItemIds, foldOldest, mergeProgress } from '../src/domain/progress';
import { recordAnswer, type Answer } from '../src/domain/record';
import { bucketMemory, EMPTY_PROGRESS, foldTarget, MAX_EVENTS, progressSchemas, type MemoryState, type Mode, type Progress, type ReviewEvent } from '../src/domain/progress-schema';
import { createRng, randomInt, type Rng } from '../src/domain/random';
import { DEFAULT_RETENTION, GRADES, gradeForAnswer, review } from '../src/domain/scheduling';
import { OWNERS, type Category, type ResponsibilityItem } from '../src/domain/schema';
import { validateContent } from '../src/domain/validate';
import { readContentFiles } from './content-files';

const NOW = Date.UTC(2026, 10, 28, 9, 0);
const EXAM_AT = NOW + 30 * DAY_MS;
const RECORD_RUNS = 200;
const PAGE_RUNS = 30;
const FORECAST_DAYS = 14;
/** The persisted settings (same shape as the store's), with an exam date set. */
const SETTINGS = { theme: 'system', newPerDay: 10, retention: DEFAULT_RETENTION, examDate: '2026-12-28' };

interface Scenario {
  readonly name: string;
  readonly items: readonly ResponsibilityItem[];
  readonly categories: readonly Category[];
  readonly progress: Progress;
  /** Answers recorded to build it (some may be folded). */
  readonly answers: number;
  /** The same history with the log exactly full, so that the next answer folds a batch. */
  readonly full: Progress;
}

const MODES: readonly Mode[] = ['flashcards', 'sort', 'quiz'];
const OPTION_LETTERS = ['a', 'b', 'c', 'd'] as const;

function pick<T>(list: readonly T[], rng: Rng): T {
  const value = list[randomInt(list.length, rng)];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}

/** One plausible answer: right three times in four; a wrong sort picks another owner. */
function answerFor(item: ResponsibilityItem, rng: Rng): Answer {
  const mode = pick(MODES, rng);
  const correct = rng() < 0.75;
  if (mode === 'flashcards') {
    const grade = correct ? pick(GRADES.filter((g) => g !== 'again'), rng) : 'again';
    return { itemId: item.id, mode, correct, chosen: null, grade };
  }
  if (mode === 'quiz') return { itemId: item.id, mode, correct, chosen: pick(OPTION_LETTERS, rng) };
  const chosen = correct ? item.owner : pick(OWNERS.filter((o) => o !== item.owner), rng);
  return { itemId: item.id, mode, correct, chosen };
}

/** `count` answers spread over the `days` days before NOW, in time order. */
function studyAnswers(items: readonly ResponsibilityItem[], count: number, days: number, seed: number): { answer: Answer; at: number }[] {
  const rng = createRng(seed);
  const start = NOW - days * DAY_MS;
  const times = Array.from({ length: count }, () => start + Math.floor(rng() * (days * DAY_MS - 60_000))).sort((a, b) => a - b);
  return times.map((at) => ({ answer: answerFor(pick(items, rng), rng), at }));
}

/** The progress the app would build, recording the answers one by one. */
function recordOneByOne(history: readonly { answer: Answer; at: number }[]): Progress {
  return history.reduce((progress, { answer, at }) => recordAnswer(progress, answer, at), EMPTY_PROGRESS);
}

/** How long the log is after `answers` answers recorded one by one: it fills to MAX_EVENTS, then drops to foldTarget each time it would pass it. */
function liveLength(answers: number): number {
  if (answers <= MAX_EVENTS) return answers;
  const keep = foldTarget(MAX_EVENTS);
  return keep + ((answers - MAX_EVENTS - 1) % (MAX_EVENTS + 1 - keep));
}

/**
 * The same progress in one pass: each item's memory reviewed in turn, then the
 * oldest events folded at once, which folds the same events in the same order
 * as folding batch by batch. `live` sets the log's length (by default the one
 * recording one by one would leave).
 */
function recordInOnePass(history: readonly { answer: Answer; at: number }[], live = liveLength(history.length)): Progress {
  const memory: Record<string, MemoryState> = {};
  const events: ReviewEvent[] = [];
  for (const { answer, at } of history) {
    memory[answer.itemId] = review(memory[answer.itemId], answer.grade ?? gradeForAnswer(answer.correct), at);
    events.push({ itemId: answer.itemId, mode: answer.mode, correct: answer.correct, chosen: answer.chosen, at });
  }
  return foldOldest({ memory: bucketMemory(memory), events, folded: {}, foldedDays: {} }, events.length - live);
}

function realScenario(): Scenario {
  const result = validateContent(readContentFiles(join(import.meta.dirname, '..', 'content')));
  if (!result.ok) throw new Error(`The content is invalid:\n- ${result.errors.join('\n- ')}`);
  const { items, categories } = result.content;
  const history = studyAnswers(items, 2_000, 60, 1);
  const progress = recordOneByOne(history);
  if (!isDeepStrictEqual(progress, recordInOnePass(history))) console.warn('Warning: building progress in one pass no longer matches recording one by one; the large figures may be off.');
  return { name: `real content (${items.length} items)`, items, categories, progress, answers: history.length, full: recordInOnePass(history, Math.min(history.length, MAX_EVENTS)) };
}

function syntheticScenario(): Scenario {
  const rng = createRng(2);
  const categories: Category[] = Array.from({ length: 20 }, (_, i) => ({ id: `category-${i}`, name: `Category ${i}`, description: 'Synthetic' }));
  const items: ResponsibilityItem[] = Array.from({ length: 5_000 }, (_, i) => ({
    id: `item-${i}`,
    duty: `Synthetic duty ${i}`,
    owner: pick(OWNERS, rng),
    category: pick(categories, rng).id,
    explanation: 'Synthetic',
    source: { ref: 'synthetic' },
  }));
  const history = studyAnswers(items, 50_000, 365, 3);
  return { name: 'synthetic (5,000 items)', items, categories, progress: recordInOnePass(history), answers: history.length, full: recordInOnePass(history, MAX_EVENTS) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Median time in ms of `run(i)`, after as many warm-up runs. */
function time(runs: number, run: (i: number) => unknown): number {
  let sink = 0;
  for (let i = 0; i < runs; i++) sink += run(i) === undefined ? 0 : 1;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    sink += run(i) === undefined ? 0 : 1;
    samples.push(performance.now() - t0);
  }
  if (sink < 0) console.log(sink);
  return median(samples);
}

/** Everything the Progress page derives, together. */
function pageFigures(s: Scenario, now: number): unknown {
  const ids = s.items.map((i) => i.id);
  return [
    masteryByCategory(s.progress, s.items, s.categories, now),
    misconceptions(s.progress, s.items),
    studyStreak(s.progress, now),
    activityByDay(s.progress),
    readiness(s.progress, ids, now, EXAM_AT),
    dueItemIds(s.progress, ids, now),
    dueForecast(s.progress, ids, now, FORECAST_DAYS),
  ];
}

interface Figures {
  readonly record: number;
  /** Recording the answer that takes the log over its bound (once per batch), or NaN when the log cannot fill. */
  readonly fold: number;
  readonly page: number;
  readonly merge: number;
  readonly bytes: number;
  readonly events: number;
}

/** The progress as the app holds it after a reload: parsed from the saved JSON and validated. */
function asLoaded(progress: Progress): Progress {
  return progressSchemas().progress.parse(JSON.parse(JSON.stringify(progress)));
}

function measure(scenario: Scenario): Figures {
  const s = { ...scenario, progress: asLoaded(scenario.progress) };
  const rng = createRng(99);
  const next = Array.from({ length: RECORD_RUNS }, () => answerFor(pick(s.items, rng), rng));
  // Each run records one answer onto the same saved progress, so the log is the same length every time.
  const record = time(RECORD_RUNS, (i) => recordAnswer(s.progress, next[i % next.length] ?? answerFor(pick(s.items, rng), rng), NOW + i));
  const full = asLoaded(s.full);
  const fold = full.events.length < MAX_EVENTS ? Number.NaN : time(PAGE_RUNS, (i) => recordAnswer(full, next[i % next.length] ?? answerFor(pick(s.items, rng), rng), NOW + i));
  const page = time(PAGE_RUNS, (i) => pageFigures(s, NOW + i));
  // What a second tab's save costs: the saved copy merged with one that has one more answer.
  const ahead = recordAnswer(s.progress, next[0] ?? answerFor(pick(s.items, rng), rng), NOW);
  const merge = time(PAGE_RUNS, () => mergeProgress(s.progress, ahead));
  const saved = JSON.stringify({ state: { settings: SETTINGS, progress: s.progress, replacedAt: 0 }, version: 4 });
  return { record, fold, page, merge, bytes: Buffer.byteLength(saved, 'utf8'), events: s.progress.events.length };
}

const ms = (value: number): string => (Number.isNaN(value) ? '-' : `${value.toFixed(value < 1 ? 3 : 2)} ms`);
const kb = (bytes: number): string => `${bytes.toLocaleString('en-US')} B (${(bytes / 1024).toFixed(0)} KiB)`;

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r, i) => {
    const line = r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ');
    return i === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}` : line;
  }).join('\n');
}

try {
  const t0 = performance.now();
  const real = realScenario();
  const synthetic = syntheticScenario();
  console.log(`Built the scenarios in ${((performance.now() - t0) / 1000).toFixed(1)} s (MAX_EVENTS = ${MAX_EVENTS.toLocaleString('en-US')}).`);
  const a = measure(real);
  const b = measure(synthetic);
  const verdict = (value: number, goal: number): string => (value < goal ? 'ok' : 'MISSED');
  console.log(`\nMedians over ${RECORD_RUNS} runs (recording) and ${PAGE_RUNS} runs (page, merge), after as many warm-up runs.\n`);
  console.log(
    table([
      ['figure', real.name, synthetic.name, 'goal', 'large size'],
      ['answers recorded / live events', `${real.answers.toLocaleString('en-US')} / ${a.events.toLocaleString('en-US')}`, `${synthetic.answers.toLocaleString('en-US')} / ${b.events.toLocaleString('en-US')}`, '', ''],
      ['record one answer (recordAnswer)', ms(a.record), ms(b.record), '< 2 ms', verdict(b.record, 2)],
      [`record the answer that folds (1 in ${(MAX_EVENTS + 1 - foldTarget(MAX_EVENTS)).toLocaleString('en-US')})`, ms(a.fold), ms(b.fold), '(info)', ''],
      ['Progress page figures', ms(a.page), ms(b.page), '< 50 ms', verdict(b.page, 50)],
      ['merge two saved copies (mergeProgress)', ms(a.merge), ms(b.merge), '(info)', ''],
      ['saved size (JSON, persist envelope)', kb(a.bytes), kb(b.bytes), '(info)', ''],
    ]),
  );
} catch (error) {
  console.error(`The benchmark could not run: ${error instanceof Error ? error.message : String(error)}`);
}
process.exitCode = 0;
