import { en } from '../../src/strings/en';
import { expect, tabTo, test } from './fixtures';
import { ModelView } from './pages';

test('a learner filters and searches the model with the keyboard alone, then opens an item', async ({ page }) => {
  const model = new ModelView(page);
  await model.open('/model');
  await expect(model.status).toContainText(/Showing all \d+ responsibilities/);
  const total = Number((await model.status.textContent())?.match(/\d+/)?.[0]);
  expect(total).toBeGreaterThanOrEqual(70);

  await tabTo(page, model.search, { max: 20 });
  await page.keyboard.type('patch');
  await expect(model.status).toContainText(/Showing \d+ of/);
  await expect(model.band('customer').getByRole('link', { name: /guest operating system on EC2/ })).toBeVisible();
  await expect(model.band('aws').getByRole('link', { name: /fire/i })).toHaveCount(0);

  // Switch to the list view with the keyboard: the view radios come after the filters.
  await tabTo(page, model.view('diagram'), { max: 10 });
  await page.keyboard.press('ArrowRight');
  await expect(model.view('list')).toBeChecked();
  const patched = await model.results.count();
  expect(patched).toBeLessThan(total);
  await tabTo(page, model.owner('any'), { max: 10, backwards: true });

  // The owner radios: Tab lands on the checked one, arrows move the choice.
  await page.keyboard.press('ArrowRight');
  await expect(model.owner('customer')).toBeChecked();
  const customerPatching = await model.results.count();
  for (const item of await model.results.all()) await expect(item).toContainText(en.owner.customer);
  expect(customerPatching).toBeLessThanOrEqual(patched);

  await page.keyboard.press('Tab');
  await expect(model.category).toBeFocused();
  await page.keyboard.type('Platform');
  await expect(model.category).toHaveValue('platform-os');
  for (const item of await model.results.all()) await expect(item).toContainText('Platform, applications and OS');
  await expect(page).toHaveURL(/[?&]q=patch/);
  await expect(page).toHaveURL(/[?&]owner=customer/);
  await expect(page).toHaveURL(/[?&]category=platform-os/);

  const first = model.results.first().getByRole('link');
  const duty = (await first.textContent()) ?? '';
  await tabTo(page, first);
  await page.keyboard.press('Enter');
  await expect(model.heading).toHaveText(duty);
  await expect(model.heading).toBeFocused();
});

test('a shared filtered link opens with its filters, and survives a reload', async ({ page }) => {
  const model = new ModelView(page);
  await model.open('/model?owner=aws&category=physical-environmental&view=list');
  await expect(model.owner('aws')).toBeChecked();
  await expect(model.category).toHaveValue('physical-environmental');
  const count = await model.results.count();
  expect(count).toBeGreaterThan(0);
  await page.reload();
  await expect(model.results).toHaveCount(count);
  for (const item of await model.results.all()) await expect(item).toContainText(en.owner.aws);
});

test('the diagram puts the customer band above the AWS band, with items in their layers', async ({ page }) => {
  const model = new ModelView(page);
  await model.open('/model');
  const inBand = model.band('customer');
  const ofBand = model.band('aws');
  const inBox = await inBand.boundingBox();
  const ofBox = await ofBand.boundingBox();
  expect(inBox && ofBox && inBox.y < ofBox.y).toBe(true);
  await expect(inBand.getByRole('link', { name: /guest operating system on EC2/ })).toBeVisible();
  await expect(ofBand.getByRole('link', { name: /Availability Zones/i }).first()).toBeVisible();
});
