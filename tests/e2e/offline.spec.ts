import type { Page } from '@playwright/test';
import { flashcardsStrings } from '../../src/strings/flashcards';
import { en } from '../../src/strings/en';
import { FlashcardsView, watchCardBeforeApp } from './flashcards.page';
import { expect, test } from './fixtures';
import { App } from './pages';

test.use({ serviceWorkers: 'allow' });

/** The service worker installs and takes control, having precached every route and the content. */
async function serviceWorkerInControl(page: Page): Promise<void> {
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active) && navigator.serviceWorker.controller !== null, undefined, {
    timeout: 20_000,
  }).catch(async () => {
    // The first load is not controlled until the worker claims it: one reload makes sure.
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await new App(page).ready();
  });
}

test('after the first visit the app works offline: reload, open a mode, study', async ({ page, context }) => {
  const app = new App(page);
  await app.open('/');
  await serviceWorkerInControl(page);

  await context.setOffline(true);
  await page.reload();
  await expect(app.heading).toHaveText(en.home.title);

  const cards = new FlashcardsView(page);
  await app.nav.getByRole('link', { name: en.nav.flashcards }).click();
  await expect(cards.card).toBeVisible();
  await page.keyboard.press('Space');
  await expect(cards.why).toBeVisible();
  await page.keyboard.press('3');
  // The grade was recorded and saved while offline.
  await expect
    .poll(() => page.evaluate(() => (JSON.parse(localStorage.getItem('srm-trainer') ?? '{}') as { state?: { progress?: { events?: unknown[] } } }).state?.progress?.events?.length ?? 0))
    .toBe(1);

  await app.nav.getByRole('link', { name: en.nav.model }).click();
  await expect(app.heading).toHaveText(en.model.title);
  await context.setOffline(false);
});

test('the app is installable: once it starts, the page links a web app manifest that names the app and its icons', async ({ page }) => {
  const app = new App(page);
  await app.open('/model');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = (await (await page.request.get(new URL(href ?? '', page.url()).href)).json()) as { name?: string; icons?: { sizes: string }[]; start_url?: string };
  expect(manifest.name).toBe(en.appName);
  expect(manifest.icons?.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
});

test('Flashcards paints a new learner’s first card before the app starts, and never shows it to a returning learner', async ({ page }) => {
  const parsed = await watchCardBeforeApp(page);
  const cards = new FlashcardsView(page);
  await cards.open('/flashcards');
  // A first visit: the new learner's first card is in the HTML, showing, and stays when the app starts.
  const first = await parsed();
  expect(first).toMatchObject({ returning: false, visible: true });
  await expect(cards.question).toHaveText(first?.question ?? '');
  await expect(page.getByText(flashcardsStrings.planCounts(0, 10))).toBeVisible();
  await serviceWorkerInControl(page);

  // The learner grades that card, so it is not due for a while.
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('srm-trainer')?.includes('"events":[{') ?? false)).toBe(true);

  // Back later, from the service worker: the new learner's card is in the page but hidden until their progress is read.
  await cards.open('/flashcards');
  expect(await parsed()).toMatchObject({ returning: true, question: first?.question, visible: false });
  // Then their own session: the card they graded is done for now; the next new one shows.
  await expect(page.getByText(flashcardsStrings.planCounts(0, 9))).toBeVisible();
  await expect(cards.question).toBeVisible();
  await expect(cards.question).not.toHaveText(first?.question ?? '');
});
