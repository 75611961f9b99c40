import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { App, ROUTES } from './pages';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const path of ROUTES) {
      test(`${path} has no violations`, async ({ page }) => {
        await new App(page).open(path);
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}

test('the phone menu, opened, has no violations', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const app = new App(page);
  await app.open('/model');
  await app.menuButton.click();
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});
