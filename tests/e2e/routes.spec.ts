import { en } from '../../src/strings/en';
import { expect, test } from './fixtures';
import { App, ROUTES } from './pages';

test.describe('every page', () => {
  for (const path of ROUTES) {
    test(`${path} renders with a heading and a title, with no errors and no outside requests`, async ({ page }) => {
      const app = new App(page);
      await app.open(path);
      await expect(app.heading).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(en.appName));
      await expect(app.nav).toBeVisible();
    });
  }
});

test('a deep link to an item page works after a full reload of the built app', async ({ page }) => {
  const app = new App(page);
  await app.open('/items/hw-device-decommissioning');
  const duty = await app.heading.textContent();
  expect(duty).toBeTruthy();
  await page.reload();
  await expect(app.heading).toHaveText(duty ?? '');
  await expect(page.getByRole('heading', { name: en.item.why })).toBeVisible();
  await expect(page.getByRole('blockquote')).toContainText('decommissioning');
});

test('an unknown address shows the not-found page', async ({ page }) => {
  const app = new App(page);
  await app.open('/no/such/page');
  await expect(app.heading).toHaveText(en.notFound.title);
  await page.getByRole('link', { name: en.notFound.home }).click();
  await expect(app.heading).toHaveText(en.home.title);
});
