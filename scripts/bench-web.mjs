#!/usr/bin/env node
/**
 * npm run bench:web — the web performance budget, printed (a benchmark, not a test):
 *   1. the JavaScript each route needs on first load, gzip, against 110 KB;
 *   2. Lighthouse 12 (mobile preset) on every route: performance, accessibility,
 *      best practices, CLS and LCP, medians of RUNS runs, with the LCP of a bare
 *      static HTML page measured in the same run, and the ratio;
 *   3. key press to next painted frame for the study modes (scripts/bench-interaction.mjs).
 * Options: RUNS (Lighthouse runs per route, default 3; not passed on to the key press benchmark), ROUTES (comma-separated paths), SKIP_BUILD=1, SKIP_LIGHTHOUSE=1, SKIP_INTERACTION=1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { APP_MODULES, CONTENT_MODULE, manifestClosure, ROUTE_MODULES } from './route-modules.ts';

const dist = 'dist';
const RUNS = Number(process.env.RUNS ?? 3);
const chromePath = process.env.CHROME_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (!process.env.SKIP_BUILD) {
  const build = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// 1. JavaScript per route on first load: what each page loads before it is interactive. The page's only
//    script (src/boot.ts) loads the app after the first paint; the app then loads the page's chunk and,
//    on every page but Home, the content. Followed through the build manifest, so nothing is guessed.
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const label = (prefix) => (prefix === '/items/' ? '/items/:id' : prefix);
// Home (the last prefix, matched only exactly) first.
const pages = [ROUTE_MODULES.at(-1), ...ROUTE_MODULES.slice(0, -1)];
const BUDGET = 110 * 1024;
console.log('\n1. JavaScript on first load (gzip level 9): the boot script, the app, the page\'s chunk and (but on Home) the content');
console.log('   Budget: the initial route, /, at most 110 KB. Other routes for reference; "content" is the study data chunk.\n');
console.log('route'.padEnd(14), 'code'.padStart(10), 'content'.padStart(10), 'total'.padStart(10), 'scripts'.padStart(8), 'styles'.padStart(7), ' budget');
for (const [prefix, module] of pages) {
  const route = label(prefix);
  const { files, css } = manifestClosure(manifest, ['index.html', ...APP_MODULES, module, ...(route === '/' ? [] : [CONTENT_MODULE])]);
  const sizes = files.map((src) => ({ src, bytes: gz(src) }));
  const content = sizes.filter((s) => s.src.includes('content-data')).reduce((sum, s) => sum + s.bytes, 0);
  const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
  const verdict = route === '/' ? (total <= BUDGET ? ' ok' : ' OVER') : '';
  // Each script is a request and, while the app starts, a preload link (scripts/chunk-groups.ts keeps them few).
  console.log(route.padEnd(14), kb(total - content).padStart(10), kb(content).padStart(10), kb(total).padStart(10), String(files.length).padStart(8), String(css.length).padStart(7), verdict);
}

if (process.env.SKIP_LIGHTHOUSE) process.exit(0);

// 2. Lighthouse on every route, against the built app served by vite preview, and a bare static page.
const { preview } = await import('vite');
const { default: lighthouse } = await import('lighthouse');
const chromeLauncher = await import('chrome-launcher');

// A bare static page of similar weight: the yardstick for LCP.
writeFileSync(
  join(dist, 'bench-static.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Static baseline</title>
<style>body{font-family:system-ui,sans-serif;margin:0;padding:1.5rem;line-height:1.5}h1{font-size:2rem}</style></head>
<body><h1>Know who secures what, before the exam asks</h1><p>AWS secures the cloud itself; you secure what you put in it and connect to it.</p></body></html>`,
);

const server = await preview({ preview: { port: 4180, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
const base = 'http://127.0.0.1:4180';
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const routes = (process.env.ROUTES ?? '/,/model,/items/platform-os-patching-ec2,/flashcards,/sort,/quiz,/progress,/present,/settings').split(',');
const results = [];
try {
  for (const route of [...routes, '/bench-static.html']) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${base}${route}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      const { categories, audits } = result.lhr;
      runs.push({
        perf: categories.performance.score * 100,
        a11y: categories.accessibility.score * 100,
        bp: categories['best-practices'].score * 100,
        cls: audits['cumulative-layout-shift'].numericValue,
        lcp: audits['largest-contentful-paint'].numericValue,
        fcp: audits['first-contentful-paint'].numericValue,
        tbt: audits['total-blocking-time'].numericValue,
        // How fast Lighthouse found this machine (its mobile preset's 4x CPU slowdown assumes a fast desktop).
        bench: result.lhr.environment.benchmarkIndex,
      });
    }
    results.push({ route, ...Object.fromEntries(['perf', 'a11y', 'bp', 'cls', 'lcp', 'fcp', 'tbt', 'bench'].map((key) => [key, median(runs.map((r) => r[key]))])) });
  }
} finally {
  await chrome.kill();
  await new Promise((resolve) => server.httpServer.close(resolve));
}

const staticLcp = results.find((r) => r.route === '/bench-static.html')?.lcp ?? NaN;
const load = loadavg()[0].toFixed(1);
console.log(`\n2. Lighthouse 12 mobile, medians of ${RUNS} runs, load average ${load} at the end (budget: perf >= 98, a11y 100, best practices 100, CLS 0, LCP <= 1.5 x static)\n`);
console.log('route'.padEnd(36), 'perf', ' a11y', '  bp', '   CLS', '    FCP', '    LCP', ' LCP/static', '     TBT', ' CPU index');
for (const r of results) {
  const ratio = r.lcp / staticLcp;
  console.log(
    r.route.padEnd(36),
    String(Math.round(r.perf)).padStart(4),
    String(Math.round(r.a11y)).padStart(5),
    String(Math.round(r.bp)).padStart(4),
    r.cls.toFixed(3).padStart(6),
    `${Math.round(r.fcp)} ms`.padStart(8),
    `${Math.round(r.lcp)} ms`.padStart(8),
    ratio.toFixed(2).padStart(8),
    `${Math.round(r.tbt)} ms`.padStart(11),
    String(Math.round(r.bench)).padStart(10),
  );
}

// 3. Key press to next painted frame (a benchmark of its own; SKIP_INTERACTION=1 leaves it out).
if (!process.env.SKIP_INTERACTION) {
  console.log('\n3. Key press to next painted frame (npm run bench:interaction)\n');
  // RUNS here counts Lighthouse runs; the key press benchmark's RUNS (presses) keeps its own default.
  const { RUNS: _lighthouseRuns, ...env } = process.env;
  spawnSync('node_modules/.bin/tsx', ['scripts/bench-interaction.mjs'], { stdio: 'inherit', env: { ...env, SKIP_BUILD: '1' } });
}
