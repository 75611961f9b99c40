import { en } from '../../src/strings/en';
import { FlashcardsView } from './flashcards.page';
import { expect, test } from './fixtures';
import { App } from './pages';

test.use({ serviceWorkers: 'allow' });

test('after the first visit the app works offline: reload, open a mode, study', async ({ page, context }) => {
  const app = new App(page);
  await app.open('/');
  // The service worker installs and takes control, having precached every route and the content.
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active) && navigator.serviceWorker.controller !== null, undefined, {
    timeout: 20_000,
  }).catch(async () => {
    // The first load is not controlled until the worker claims it: one reload makes sure.
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  });

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
