/**
 * Every story runs with a guard: a console error, an uncaught exception or a
 * request to anywhere but the local server fails the test. Storage starts empty
 * (each test gets a fresh browser context).
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export const test = base.extend<{ guard: undefined }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const local = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
      // Every page of the context: the first, and any it opens (a second tab, the presenter window).
      const watch = (watched: Page): void => {
        watched.on('console', (message) => {
          if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
        });
        watched.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`));
      };
      watch(page);
      page.context().on('page', watch);
      await page.context().route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.origin === local || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
        problems.push(`request left the local server: ${url.href}`);
        return route.abort();
      });
      await use(undefined);
      expect(problems, 'console errors, uncaught errors or outside requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Presses Tab until the target has focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, { max = 80, backwards = false } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Could not reach ${target.toString()} with the Tab key in ${max} presses`);
}
