#!/usr/bin/env node
/**
 * npm run bench:interaction — key press to next painted frame in the study
 * modes (a benchmark that prints figures, not a test; it always exits 0):
 *   flashcard flip (Space), flashcard grade (3), sort placement (C/A/S on a
 *   focused duty), quiz choose (1-5) and quiz answer (Enter: the feedback).
 *
 * Each press is timed from the keydown event's timeStamp to the end of the
 * next frame, as Chromium's own trace records it: while the presses run, the
 * browser is traced (category devtools.timeline), and its EventTiming record
 * of each keydown gives the time the next frame's commit finished (the main
 * thread's part of the frame done: the goal's figure) and the time that frame
 * was presented (Event Timing's duration, for the keydown alone and not
 * rounded; here it includes the software compositor of a machine without a
 * GPU).
 *
 * The page times each press too: a capture-phase keydown listener on window
 * asks for an animation frame, whose callback posts a MessageChannel message.
 * That message was meant to arrive once the frame is rendered, but in the
 * traces taken it usually came after a second frame, which the browser drew
 * first because another frame was due at once (for instance for an animation
 * or a transition the press started: the card's turn, the progress bar), so
 * the in-page figure often spans two frames. It is printed beside the trace's,
 * as "in-page", not used for the goal. The page is probed again in that
 * animation frame's callback, so a sample only counts if the change (the card
 * turned, the duty left the pile, the feedback shown) is in the DOM that the
 * timed frame renders.
 *
 * Two stored states: a new learner (empty progress) and a heavy one (a year
 * of study: the log full at 20,000 answers, about 2 MB saved), since a save
 * writes the whole store to localStorage synchronously. The app saves when
 * the browser is idle after an answer (src/store/save-scheduler.ts), not in
 * the key press; the cost of one save alone is printed too. The machine's
 * load average is printed with the figures: on a shared machine it matters.
 *
 * Options (env): RUNS (presses per interaction, default 30), WARMUP (default
 * 5), GAP_MS (pause between presses, default 250: a quick learner), PORT (default 4319),
 * OUT_DIR (default dist), SKIP_BUILD=1, CHROME_PATH, SCENARIOS (new,heavy),
 * MODES (flashcards,sort,quiz),
 * JSON=path (write the figures as JSON).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { preview } from 'vite';
// The app's own seeded generator (mulberry32), so the heavy state is the same every run (run with tsx).
import { createRng } from '../src/domain/random.ts';

const RUNS = Number(process.env.RUNS ?? 30);
const WARMUP = Number(process.env.WARMUP ?? 5);
const GAP_MS = Number(process.env.GAP_MS ?? 250);
const PORT = Number(process.env.PORT ?? 4319);
const OUT_DIR = process.env.OUT_DIR ?? 'dist';
const SCENARIOS = (process.env.SCENARIOS ?? 'new,heavy').split(',');
const MODES = (process.env.MODES ?? 'flashcards,sort,quiz').split(',');
const unknownModes = MODES.filter((mode) => !['flashcards', 'sort', 'quiz'].includes(mode));
if (unknownModes.length) {
  console.error(`MODES: no such mode ${unknownModes.join(', ')} (flashcards, sort, quiz)`);
  process.exit(1);
}
const GOAL_MS = 16;
const STORAGE_KEY = 'srm-trainer';
const STORE_VERSION = 3;
const chromePath = process.env.CHROME_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const quantile = (values, q) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
};
const median = (values) => quantile(values, 0.5);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

if (!process.env.SKIP_BUILD) {
  const build = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn', '--outDir', OUT_DIR, '--emptyOutDir'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// ---------------------------------------------------------------------------
// Stored states
// ---------------------------------------------------------------------------

const itemIds = readdirSync(join('content', 'items'))
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) => JSON.parse(readFileSync(join('content', 'items', file), 'utf8')).items.map((item) => item.id));

const settings = (newPerDay) => ({ theme: 'light', newPerDay, retention: 0.9, examDate: null, presentScale: 1, presentContrast: false });


/** A year of study: every item reviewed and due again, and the answer log full (20,000 events). */
function heavyProgress(now) {
  const random = createRng(42);
  const DAY = 86_400_000;
  const start = now - 365 * DAY;
  const modes = ['flashcards', 'sort', 'quiz'];
  const owners = ['customer', 'aws', 'shared'];
  const events = Array.from({ length: 20_000 }, () => {
    const correct = random() < 0.75;
    const mode = modes[Math.floor(random() * 3)];
    return {
      itemId: itemIds[Math.floor(random() * itemIds.length)],
      mode,
      correct,
      chosen: mode === 'flashcards' ? null : mode === 'quiz' ? 'abcd'[Math.floor(random() * 4)] : owners[Math.floor(random() * 3)],
      at: Math.floor(start + random() * 364 * DAY),
    };
  }).sort((a, b) => a.at - b.at);
  const memory = Object.fromEntries(
    itemIds.map((id) => {
      const lastReview = Math.floor(now - (3 + random() * 20) * DAY);
      const scheduledDays = 2 + Math.floor(random() * 10);
      return [
        id,
        {
          due: Math.min(now - 60_000, lastReview + scheduledDays * DAY),
          stability: 2 + random() * 30,
          difficulty: 3 + random() * 5,
          elapsedDays: scheduledDays,
          scheduledDays,
          learningSteps: 0,
          reps: 5 + Math.floor(random() * 60),
          lapses: Math.floor(random() * 5),
          state: 'review',
          lastReview,
        },
      ];
    }),
  );
  return { memory, events, folded: {}, foldedDays: {} };
}

function storedState(scenario) {
  const now = Date.now();
  const progress = scenario === 'heavy' ? heavyProgress(now) : { memory: {}, events: [], folded: {}, foldedDays: {} };
  const state = { settings: settings(200), progress, replacedAt: 0, sortBests: {}, quizAttempts: [], examSession: null };
  return JSON.stringify({ state, version: STORE_VERSION });
}

// ---------------------------------------------------------------------------
// In-page instrument
// ---------------------------------------------------------------------------

/** Runs in the page before its own scripts: times measured key presses and probes the DOM before and after. */
function instrument() {
  const probes = {
    nothing: () => '',
    // The card's side and question: "front|…", "back|…", or "none" (the summary).
    card: () => {
      const card = document.querySelector('main article');
      if (!card) return 'none';
      return `${card.querySelector('h3') ? 'back' : 'front'}|${card.querySelector('h2')?.textContent ?? ''}`;
    },
    // Duties left in the pile.
    pile: () => String(document.querySelector('main section[aria-labelledby$="-pile"] ul')?.children.length ?? 0),
    // The options ticked.
    ticked: () => [...document.querySelectorAll('main input:checked')].map((input) => input.value).join(','),
    // Question or its feedback, and the stem.
    feedback: () => `${document.querySelector('main h3[tabindex="-1"]') ? 'feedback' : 'question'}|${document.querySelector('main h2')?.textContent ?? ''}`,
  };
  const bench = { samples: [], eventTiming: [], measure: null };
  window.__bench = bench;
  addEventListener(
    'keydown',
    (event) => {
      const measure = bench.measure;
      if (!measure) return;
      bench.measure = null;
      const start = event.timeStamp;
      const delay = performance.now() - start;
      const probe = probes[measure.probe];
      const before = probe();
      requestAnimationFrame((frame) => {
        // The page as the next frame renders it: the change must be in it for the press to count.
        const after = probe();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const ms = performance.now() - start;
          bench.samples.push({ name: measure.name, key: event.key, ms, delay, frame: frame - start, before, after, start, doc: performance.timeOrigin });
        };
        channel.port2.postMessage(0);
      });
    },
    true,
  );
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'keydown') bench.eventTiming.push({ start: entry.startTime, duration: entry.duration, processing: entry.processingEnd - entry.processingStart, doc: performance.timeOrigin });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {
    // No Event Timing: the cross-check column stays empty.
  }
}

/** What counts as the change each interaction is meant to paint. */
const CHANGED = {
  baseline: () => true,
  flip: (before, after) => before.startsWith('front|') && after.startsWith('back|'),
  grade: (before, after) => before.startsWith('back|') && (after.startsWith('front|') || after === 'none'),
  place: (before, after) => Number(after) < Number(before),
  choose: (before, after) => before !== after,
  answer: (before, after) => before.startsWith('question|') && after.startsWith('feedback|'),
};

const LABELS = {
  baseline: 'no-op key (the floor)',
  flip: 'flashcard flip (Space)',
  grade: 'flashcard grade (3)',
  place: 'sort placement (C/A/S)',
  choose: 'quiz choose (1-5)',
  answer: 'quiz answer (Enter)',
};

// ---------------------------------------------------------------------------
// Drivers
// ---------------------------------------------------------------------------

/** Samples and Event Timing entries taken so far, gathered from each document before the page leaves it. */
const taken = { samples: [], eventTiming: [], tracing: false };

/** Starts tracing the browser for the presses about to be made in this document (see harvest). */
async function startTrace(page) {
  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  taken.tracing = true;
}

/**
 * Chromium's record of each keydown in the trace: its timeStamp (on the document's clock, as the page saw it), when
 * the commit of the next frame finished and when that frame was presented.
 */
function keydownTimings(traceEvents) {
  return traceEvents
    .filter((event) => event.name === 'EventTiming' && event.ph === 'b' && event.args?.data?.type === 'keydown')
    .map((event) => event.args.data);
}

async function harvest(page) {
  const { samples, eventTiming } = await page.evaluate(() => {
    const bench = window.__bench;
    return { samples: bench.samples.splice(0), eventTiming: bench.eventTiming.splice(0) };
  });
  if (taken.tracing) {
    taken.tracing = false;
    const timings = keydownTimings(JSON.parse((await browser.stopTracing()).toString()).traceEvents);
    // One document's presses are at least a frame apart: the record whose timeStamp is the sample's is its own.
    for (const sample of samples) {
      const timing = timings.find((candidate) => Math.abs(candidate.timeStamp - sample.start) < 0.5);
      // A record without a frame committed after the handlers ran (older Chromium writes a meaningless time) does not count.
      const committed = timing && timing.commitFinishTime >= timing.processingEnd ? timing.commitFinishTime - timing.timeStamp : NaN;
      sample.committed = committed;
      sample.presented = Number.isFinite(committed) ? timing.duration : NaN;
    }
  }
  taken.samples.push(...samples);
  taken.eventTiming.push(...eventTiming);
}

async function settle(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  if (GAP_MS) await sleep(GAP_MS);
}

/** Presses a key; when `name` is given, times it and waits for its sample. */
async function press(page, key, name, probe) {
  if (!name) {
    await page.keyboard.press(key);
    await settle(page);
    return;
  }
  const count = await page.evaluate((measure) => {
    window.__bench.measure = measure;
    return window.__bench.samples.length;
  }, { name, probe });
  await page.keyboard.press(key);
  await page.waitForFunction((n) => window.__bench.samples.length > n, count);
  await settle(page);
}

const wanted = WARMUP + RUNS;

async function flashcards(page) {
  await page.goto('/flashcards');
  await page.locator('main article').waitFor();
  await startTrace(page);
  // A key nothing listens for: what key-to-frame costs with no work at all.
  for (let i = 0; i < wanted; i++) await press(page, 'x', 'baseline', 'nothing');
  let flips = 0;
  let grades = 0;
  while (flips < wanted || grades < wanted) {
    if (!(await page.locator('main article').count())) throw new Error('flashcards: the session ran out of cards');
    // Space with focus on the "Turn" button is the button's own (it clicks on keyup): time the page-wide shortcut.
    await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
    await press(page, ' ', 'flip', 'card');
    flips++;
    await press(page, '3', 'grade', 'card');
    grades++;
  }
}

async function sort(page) {
  let placed = 0;
  for (let round = 0; placed < wanted; round++) {
    await harvest(page);
    await page.goto(`/sort?kind=owner&seed=${1000 + round}`);
    const first = page.locator('main section[aria-labelledby$="-pile"] ul button').first();
    await first.waitFor();
    // An owner round shows Customer and AWS, and Shared only when one of its duties is shared.
    const keys = (await page.getByRole('region', { name: 'Shared', exact: true }).count()) ? ['c', 'a', 's'] : ['c', 'a'];
    await first.focus();
    await settle(page);
    await startTrace(page);
    while (placed < wanted && (await page.locator('main section[aria-labelledby$="-pile"] ul button').count())) {
      await press(page, keys[placed % keys.length], 'place', 'pile');
      placed++;
    }
  }
}

async function quiz(page) {
  let answered = 0;
  for (let round = 0; answered < wanted; round++) {
    await harvest(page);
    await page.goto(`/quiz?length=60&seed=${7 + round}`);
    const start = page.getByRole('button', { name: 'Start practice' });
    await start.waitFor();
    await start.click();
    await page.locator('main h2[tabindex="-1"]').waitFor();
    await settle(page);
    await startTrace(page);
    while (answered < wanted) {
      if (!(await page.locator('main fieldset input').count())) break;
      const multi = (await page.locator('main fieldset input[type="checkbox"]').count()) > 0;
      await press(page, '1', 'choose', 'ticked');
      if (multi) {
        const status = (await page.locator('main [role="status"]').filter({ hasText: /selected/ }).textContent()) ?? '';
        const needed = Number(/of (\d+) selected/.exec(status)?.[1] ?? 2);
        for (let option = 2; option <= needed; option++) await press(page, String(option), 'choose', 'ticked');
      }
      await press(page, 'Enter', 'answer', 'feedback');
      answered++;
      await press(page, 'n');
    }
  }
}

/** The cost of one save of the store, alone: read the saved text (as the app does, to spot other tabs), stringify, write. */
async function saveCost(page) {
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key) ?? '{}';
    const value = JSON.parse(raw);
    const times = [];
    let read = 0;
    for (let i = 0; i < 25; i++) {
      const t0 = performance.now();
      read += localStorage.getItem(key)?.length ?? 0;
      localStorage.setItem(key, JSON.stringify(value));
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return { bytes: read / 25, ms: times[Math.floor(times.length / 2)] };
  }, STORAGE_KEY);
}

// ---------------------------------------------------------------------------
// Run
// ---------------------------------------------------------------------------

const server = await preview({ build: { outDir: OUT_DIR }, preview: { port: PORT, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
const base = `http://127.0.0.1:${PORT}`;
const browser = await chromium.launch({
  ...(chromePath ? { executablePath: chromePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const loadBefore = loadavg().map((n) => Number(n.toFixed(2)));
const results = [];
const saves = [];
try {
  for (const scenario of SCENARIOS) {
    const state = storedState(scenario);
    for (const [mode, drive, names] of [
      ['flashcards', flashcards, ['baseline', 'flip', 'grade']],
      ['sort', sort, ['place']],
      ['quiz', quiz, ['choose', 'answer']],
    ].filter(([mode]) => MODES.includes(mode))) {
      const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
      await context.addInitScript(instrument);
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto('/');
      await page.evaluate(([key, text]) => localStorage.setItem(key, text), [STORAGE_KEY, state]);
      taken.samples = [];
      taken.eventTiming = [];
      await drive(page);
      await harvest(page);
      if (mode === 'flashcards') saves.push({ scenario, ...(await saveCost(page)) });
      const { samples, eventTiming } = taken;
      await context.close();
      if (errors.length) console.warn(`${scenario}/${mode}: page errors: ${errors.join('; ')}`);
      for (const name of names) {
        const mine = samples.filter((sample) => sample.name === name);
        if (process.env.DEBUG) console.warn(`${scenario}/${name}: ${mine.length} samples`);
        // Warm-ups: the first WARMUP presses of each interaction (for "choose", the first WARMUP questions' presses, near enough).
        const timed = mine.slice(WARMUP);
        const painted = timed.filter((sample) => CHANGED[name](sample.before, sample.after));
        if (process.env.DEBUG) for (const sample of timed) if (!painted.includes(sample)) console.warn(`${scenario}/${name}: not painted:`, sample);
        const traced = painted.filter((sample) => Number.isFinite(sample.committed));
        const ms = traced.map((sample) => sample.committed);
        const slow = eventTiming.filter((entry) => timed.some((sample) => sample.doc === entry.doc && Math.abs(sample.start - entry.start) < 1));
        results.push({
          scenario,
          interaction: name,
          label: LABELS[name],
          runs: ms.length,
          missed: timed.length - painted.length,
          untraced: painted.length - traced.length,
          median: median(ms),
          p90: quantile(ms, 0.9),
          max: ms.length ? Math.max(...ms) : NaN,
          presented: median(traced.map((sample) => sample.presented)),
          inPage: median(traced.map((sample) => sample.ms)),
          inputDelay: median(traced.map((sample) => sample.delay)),
          toFrame: median(traced.map((sample) => sample.frame)),
          eventTiming16: slow.length,
          eventTimingMaxMs: slow.length ? Math.max(...slow.map((entry) => entry.duration)) : null,
          met: ms.length ? median(ms) < GOAL_MS : null,
        });
      }
    }
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}

const load = { before: loadBefore, after: loadavg().map((n) => Number(n.toFixed(2))), cpus: cpus().length };
console.log(`\nLoad average (1, 5, 15 min) on ${load.cpus} CPUs: ${load.before.join(', ')} before, ${load.after.join(', ')} after.`);

const fmt = (ms) => (Number.isFinite(ms) ? ms.toFixed(1) : '-').padStart(7);
console.log(`\nKey press to the next frame committed (ms; ${RUNS} presses each after ${WARMUP} warm-ups; goal: median < ${GOAL_MS} ms)\n`);
console.log('state  interaction'.padEnd(33), 'runs', ' median', '    p90', '    max', ' shown', ' in-page', '  delay', ' ET>=16', ' goal');
for (const r of results) {
  console.log(
    `${r.scenario.padEnd(6)} ${r.label}`.padEnd(33),
    String(r.runs).padStart(4),
    fmt(r.median),
    fmt(r.p90),
    fmt(r.max),
    (Number.isFinite(r.presented) ? r.presented.toFixed(1) : '-').padStart(6),
    fmt(r.inPage).padStart(8),
    fmt(r.inputDelay),
    String(r.eventTiming16).padStart(7),
    ` < ${GOAL_MS}`,
    r.met === null ? 'no figure' : r.met ? 'met' : 'NOT met',
    r.missed ? `(${r.missed} presses not painted in time)` : '',
    r.untraced ? `(${r.untraced} presses not in the trace)` : '',
  );
}
console.log(`\n${GAP_MS} ms between presses. median, p90, max: keydown timeStamp to the end of the next frame's commit (Chromium's trace, EventTiming).`);
console.log("shown: to that frame's presentation (Event Timing's duration for the keydown, not rounded; on this machine, a software compositor).");
console.log("in-page: keydown to a message posted from the next animation frame (often after a second frame: see the script's header).");
console.log('delay: keydown timeStamp to its first listener. ET>=16: presses the page\'s own Event Timing observer reported (16 ms and over only). Medians.');
console.log('new: empty progress; heavy: a year of study, the answer log full (20,000 events).');
console.log('\nOne save of the store (localStorage read + JSON.stringify + write), median of 25: what the app does once idle after answers:\n');
for (const s of saves) console.log(`${s.scenario.padEnd(6)} ${(s.bytes / 1024).toFixed(0).padStart(6)} KB ${fmt(s.ms)} ms`);

if (process.env.JSON) {
  writeFileSync(process.env.JSON, `${JSON.stringify({ goalMs: GOAL_MS, runs: RUNS, warmup: WARMUP, gapMs: GAP_MS, load, results, saves }, null, 2)}\n`);
  console.log(`\nFigures written to ${process.env.JSON}`);
}
