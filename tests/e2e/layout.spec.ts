import { en } from '../../src/strings/en';
import { expect, test } from './fixtures';
import { App, ROUTES } from './pages';

test('on a 375 px phone the menu opens, navigates, and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const app = new App(page);
  await app.open('/');
  await expect(app.nav.getByRole('link', { name: en.nav.quiz })).toBeHidden();
  await app.menuButton.click();
  await app.nav.getByRole('link', { name: en.nav.model }).click();
  await expect(app.heading).toHaveText(en.model.title);
  await expect(app.menuButton).toHaveAttribute('aria-expanded', 'false');
  for (const path of ROUTES) {
    await app.open(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});

test('on a 1920 px projector every link is in view without a menu button', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const app = new App(page);
  await app.open('/');
  await expect(app.menuButton).toBeHidden();
  for (const label of Object.values(en.nav).filter((v) => v !== en.nav.label && v !== en.nav.menu)) {
    await expect(app.nav.getByRole('link', { name: label, exact: true })).toBeVisible();
  }
});

test('at 200% zoom the model page still fits and its filters work', async ({ page }) => {
  // 200% zoom of a 1280 px window is a 640 px CSS viewport.
  await page.setViewportSize({ width: 640, height: 450 });
  const app = new App(page);
  await app.open('/model');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByRole('searchbox', { name: en.model.search }).fill('hypervisor');
  await expect(page.getByRole('region', { name: en.model.ofBand }).getByRole('link', { name: /hypervisor/i }).first()).toBeVisible();
});

test('the theme chosen in Settings is remembered after a reload', async ({ page }) => {
  const app = new App(page);
  await app.open('/settings');
  await page.getByRole('radio', { name: en.settings.themeDark }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.reload();
  await expect(page.getByRole('radio', { name: en.settings.themeDark })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(dark);
  await page.getByRole('radio', { name: en.settings.themeLight }).check();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(dark);
});
