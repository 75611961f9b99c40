import type { Page } from '@playwright/test';
import { flashcardsStrings } from '../../src/strings/flashcards';
import { en } from '../../src/strings/en';
import { expect, test } from './fixtures';
import { FlashcardsView, watchCardBeforeApp } from './flashcards.page';
import { App } from './pages';

const ITEM = '/items/platform-os-patching-ec2';

/** Opens a page as HTML only: with scripts off, the page is never marked live (data-ready), so wait for its heading. */
async function openHtml(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every route is readable HTML: the heading, the lead and the navigation', async ({ page }) => {
    const app = new App(page);
    const pages: [string, string][] = [
      ['/', en.home.title],
      ['/model', en.model.title],
      ['/flashcards', en.modes.flashcards.title],
      ['/sort', en.modes.sort.title],
      ['/quiz', en.modes.quiz.title],
      ['/progress', en.progress.title],
      ['/present', en.modes.present.title],
      ['/settings', en.settings.title],
    ];
    for (const [path, title] of pages) {
      await openHtml(page, path);
      await expect(app.heading).toHaveText(title);
      await expect(app.nav.getByRole('link', { name: en.nav.model })).toBeVisible();
    }
    // The model lists every duty, each a link to its own page.
    await openHtml(page, '/model');
    await expect(page.getByRole('main').getByRole('link', { name: /patching/i }).first()).toBeVisible();
    // A study mode says what it needs instead of showing an empty page (in <noscript>, which this
    // emulation of a script-less browser does not display, so the markup is checked).
    await openHtml(page, '/flashcards');
    expect(await page.getByRole('main').locator('noscript').innerHTML()).toContain(en.needsScript);
  });

  test('an item page has its content, its own title and a description for search results and link previews', async ({ page }) => {
    const app = new App(page);
    await openHtml(page, ITEM);
    const duty = (await app.heading.textContent()) ?? '';
    expect(duty).toMatch(/patch/i);
    await expect(page).toHaveTitle(`${duty} · ${en.appName}`);
    await expect(page.getByRole('heading', { name: en.item.why })).toBeVisible();
    await expect(page.getByRole('blockquote')).toBeVisible();
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description).toMatch(/^Who owns it: (Customer|AWS|Shared)\./);
    expect(description?.length).toBeLessThanOrEqual(160);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', `${duty} · ${en.appName}`);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', description ?? '');
  });
});

/** Holds the app's entry script until `release` is called, so the test can look at the page before it hydrates. */
async function holdScripts(page: Page): Promise<() => void> {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('the prerendered page is hydrated in place: the same elements become interactive, nothing is drawn again', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('/model', { waitUntil: 'commit' });
  const app = new App(page);
  await app.heading.waitFor();
  // Mark the server-rendered nodes; a client re-render would replace them and lose the marks.
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('h1, main li')) (element as HTMLElement & { prerendered?: boolean }).prerendered = true;
  });
  release();
  // The app starts after the page's first paint and hydrates in slices: wait until the page is live.
  await app.ready();
  const search = page.getByRole('searchbox', { name: en.model.search });
  await search.fill('hypervisor');
  await expect(page).toHaveURL(/q=hypervisor/);
  expect(await app.heading.evaluate((element) => (element as HTMLElement & { prerendered?: boolean }).prerendered)).toBe(true);
});

test('saved progress shows once the prerendered page has hydrated', async ({ page }) => {
  const app = new App(page);
  await app.open('/flashcards');
  await expect(new FlashcardsView(page).card).toBeVisible();
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('srm-trainer')?.includes('"events":[{') ?? false)).toBe(true);
  await app.open('/');
  // Home was prerendered for a new learner; after hydration it reflects the answer just given.
  await expect(page.getByRole('link', { name: en.next.seeProgress })).toBeVisible();
});

test('a host that answers an unknown path with the home page still shows the right page', async ({ page }) => {
  const app = new App(page);
  // vite preview serves index.html (the prerendered home page) for this path.
  await app.open('/no/such/page');
  await expect(app.heading).toHaveText(en.notFound.title);
});

test('starting the app fetches no stylesheet the prerendered page already has; the next page still gets its own', async ({ page }) => {
  const stylesheets: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet') stylesheets.push(new URL(request.url()).pathname);
  });
  const app = new App(page);
  await app.open('/');
  // Home's styles are inlined in its HTML: the app's loader must not fetch and apply them again.
  expect(stylesheets).toEqual([]);
  await app.nav.getByRole('link', { name: en.nav.model }).click();
  await expect(app.heading).toHaveText(en.model.title);
  // The Model page's own styles were not in Home's HTML: they load, and they apply.
  expect(stylesheets.some((path) => /ModelPage-[^/]+\.css$/.test(path))).toBe(true);
  const filters = page.getByRole('search', { name: en.model.filtersLabel });
  await expect(filters).toHaveCSS('display', 'flex');
});

test('filters set on the Model page before it came alive are applied once it is', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('/model', { waitUntil: 'commit' });
  const app = new App(page);
  await app.heading.waitFor();
  // The learner starts filtering the prerendered page while the app is still loading.
  await page.getByRole('searchbox', { name: en.model.search }).fill('hypervisor');
  await page.getByRole('radio', { name: en.owner.aws }).check();
  await page.getByRole('radio', { name: en.model.views.list }).check();
  release();
  await app.ready();
  await expect(page).toHaveURL(/q=hypervisor/);
  await expect(page).toHaveURL(/owner=aws/);
  await expect(page).toHaveURL(/view=list/);
  await expect(page.getByRole('radio', { name: en.model.views.list })).toBeChecked();
  await expect(page.getByRole('searchbox', { name: en.model.search })).toHaveValue('hypervisor');
  await expect(page.getByRole('radio', { name: en.owner.aws })).toBeChecked();
  // The list shows only what the form says: the customer's OS patching is filtered out, the hypervisor stays.
  const results = page.getByRole('main');
  await expect(results.getByRole('link', { name: /hypervisor/i }).first()).toBeVisible();
  await expect(results.locator(`a[href$="${ITEM}"]`)).toHaveCount(0);
});

test('until the page has loaded it fetches one script, the boot script, and nothing it imports', async ({ page }) => {
  const app = new App(page);
  await app.open('/model');
  const early = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const loaded = navigation?.loadEventStart ?? 0;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < loaded)
      .map((entry) => new URL(entry.name).pathname);
  });
  // The app (React, the store, the page's chunk) comes after the first paint; before it, one small script.
  expect(early).toHaveLength(1);
  expect(early[0]).toMatch(/\/assets\/index-[^/]+\.js$/);
});

test('without a service worker, a returning learner’s page hides the new learner’s first card once the boot script runs', async ({ page }) => {
  const parsed = await watchCardBeforeApp(page);
  const app = new App(page);
  await app.open('/flashcards');
  expect(await parsed()).toMatchObject({ returning: false, visible: true });
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('srm-trainer')?.includes('"events":[{') ?? false)).toBe(true);
  await app.open('/flashcards');
  expect(await parsed()).toMatchObject({ returning: true, visible: false });
  // Then the learner's own session shows.
  await expect(page.getByText(flashcardsStrings.planCounts(0, 9))).toBeVisible();
  await expect(new FlashcardsView(page).question).toBeVisible();
});
