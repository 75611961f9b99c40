/**
 * The room's screen as a projector shows it: type size measured at projector
 * resolutions (with screenshots kept under test-results/present/screens to
 * judge by eye), the text-size and contrast settings, and axe in the light,
 * dark and high-contrast themes for every state that matters.
 */
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { BUCKET_KEYS } from '../../src/domain/present-deck';
import { presentStrings } from '../../src/strings/present';
import { expect, test } from './fixtures';
import { AudienceView, content, deckFor, PresentChooserView, PresenterWindow, savedEvents } from './present.page';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const screenshot = (page: Page, info: TestInfo, name: string) =>
  page.screenshot({ path: join(info.project.outputDir, 'screens', `${name}.png`), animations: 'disabled' });

async function typeMetrics(duty: Locator): Promise<{ fontSize: number; lineHeight: number; bottom: number; viewport: number }> {
  return duty.evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      fontSize: parseFloat(style.fontSize),
      lineHeight: parseFloat(style.lineHeight),
      bottom: element.getBoundingClientRect().bottom,
      viewport: window.innerHeight,
    };
  });
}

async function axe(page: Page, state: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${state}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

// The item with the longest duty in the whole set, with a quote to show: the hardest slide to fit.
const allDeck = deckFor('all', 7);
const longest = allDeck.cards.reduce((best, card, index) => {
  const duty = content.items.find((i) => i.id === card.itemId)?.duty ?? '';
  return duty.length > best.length ? { index, length: duty.length } : best;
}, { index: 0, length: 0 });

for (const { width, height } of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test(`at ${width}×${height} the duty reads from the back of the room: at least 48 px, before and after the reveal`, async ({ page }, info) => {
    test.slow();
    await page.setViewportSize({ width, height });
    const room = new AudienceView(page);
    for (const [name, search] of [
      ['typical', 'set=category:network-firewall&seed=7&i=3'],
      ['longest', `set=all&seed=7&i=${longest.index + 1}`],
    ] as const) {
      await room.open(search);
      const front = await typeMetrics(room.duty);
      expect(front.fontSize, `${name} duty font size`).toBeGreaterThanOrEqual(48);
      expect(front.lineHeight, `${name} duty line height`).toBeGreaterThanOrEqual(48);
      await expect(room.duty).toBeInViewport({ ratio: 1 });
      await screenshot(page, info, `${name}-front-${width}x${height}`);

      const card = (name === 'typical' ? deckFor('category:network-firewall', 7) : allDeck).cards[name === 'typical' ? 2 : longest.index];
      const key = BUCKET_KEYS.owner[card?.answer ?? 'customer'] ?? 'c';
      for (const press of [key, key, key, 'a', 's', 'Space']) await page.keyboard.press(press);
      await expect(room.results).toBeVisible();
      const revealed = await typeMetrics(room.duty);
      expect(revealed.fontSize, `${name} duty font size, revealed`).toBeGreaterThanOrEqual(48);
      await expect(room.duty).toBeInViewport({ ratio: 1 });
      await expect(room.surface.getByText(presentStrings.answerLabel, { exact: true })).toBeInViewport();
      await screenshot(page, info, `${name}-revealed-${width}x${height}`);
    }
    await page.keyboard.press('End');
    await expect(room.board).toBeVisible();
    await screenshot(page, info, `board-${width}x${height}`);
  });
}

test('text size and the high-contrast theme, set on the chooser or in the presenter view, reach the room’s screen and are remembered', async ({ page, context }, info) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 720 });
  const room = new AudienceView(page);
  await room.open('set=category:encryption&seed=1&i=1');
  const base = (await typeMetrics(room.duty)).fontSize;

  const chooser = new PresentChooserView(page);
  await chooser.open();
  await chooser.scale.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(chooser.scale).toHaveAttribute('aria-valuetext', presentStrings.scaleValue(1.5));
  await chooser.contrast.check();
  await page.reload();
  await expect(chooser.scale).toHaveValue('1.5');
  await expect(chooser.contrast).toBeChecked();

  await room.open('set=category:encryption&seed=1&i=1');
  expect((await typeMetrics(room.duty)).fontSize).toBeCloseTo(base * 1.5, 0);
  const colours = await room.duty.evaluate((element) => ({ text: getComputedStyle(element).color, bg: getComputedStyle(element.closest('dialog') ?? element).backgroundColor }));
  expect(colours).toEqual({ text: 'rgb(0, 0, 0)', bg: 'rgb(255, 255, 255)' });
  await screenshot(page, info, 'contrast-scale-150-1280x720');

  // The presenter's window changes the room's screen from the laptop.
  const presenterPage = await context.newPage();
  await presenterPage.setViewportSize({ width: 1280, height: 800 });
  await presenterPage.goto('/present?set=category:encryption&seed=1&i=1&view=presenter');
  const presenter = new PresenterWindow(presenterPage);
  await expect(presenter.surface).toBeVisible();
  await presenter.surface.getByRole('checkbox', { name: presentStrings.contrastLabel }).uncheck();
  await presenter.surface.getByRole('slider', { name: presentStrings.scaleLabel }).fill('1');
  await expect.poll(async () => (await typeMetrics(room.duty)).fontSize).toBeCloseTo(base, 0);
  // Back to the app's own light theme: its text is near-black, not the projector theme's pure black.
  await expect.poll(() => room.duty.evaluate((element) => getComputedStyle(element).color)).not.toBe('rgb(0, 0, 0)');
  expect(await savedEvents(page)).toBe(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const contrast of [false, true]) {
    const theme = `${colorScheme}${contrast ? ', high contrast' : ''}`;
    test(`axe: chooser, room’s screen (front, revealed with a poll, board) and presenter view have no violations (${theme})`, async ({ page }, info) => {
      test.slow();
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 1280, height: 720 });
      const chooser = new PresentChooserView(page);
      await chooser.open();
      if (contrast) await chooser.contrast.check();
      await axe(page, 'chooser');
      await screenshot(page, info, `chooser-${colorScheme}${contrast ? '-contrast' : ''}`);

      const deck = deckFor('sort:service:rds', 5);
      const room = new AudienceView(page);
      await room.open('set=sort:service:rds&seed=5&i=1');
      await axe(page, 'front');
      const card = deck.cards[0];
      const wrong = deck.buckets.find((b) => b !== card?.answer) ?? 'aws';
      for (const press of [BUCKET_KEYS.owner[card?.answer ?? 'customer'] ?? 'c', BUCKET_KEYS.owner[wrong] ?? 'a', 'Space']) await page.keyboard.press(press);
      await expect(room.results).toBeVisible();
      await axe(page, 'revealed with poll');
      await screenshot(page, info, `rds-revealed-${colorScheme}${contrast ? '-contrast' : ''}`);
      await page.keyboard.press('End');
      await expect(room.board.getByRole('listitem')).toHaveCount(1);
      await axe(page, 'board');

      await page.goto('/present?set=sort:service:rds&seed=5&i=2&view=presenter');
      const presenter = new PresenterWindow(page);
      await expect(presenter.surface).toBeVisible();
      await expect(presenter.onScreen).toContainText(presentStrings.roomSees.question);
      await axe(page, 'presenter view');
      // The same tab kept the lesson: the first item is answered and has the room's hands.
      await page.keyboard.press('ArrowLeft');
      await expect(presenter.surface.getByRole('region', { name: presentStrings.resultsTitle })).toBeVisible();
      await expect(presenter.onScreen).toContainText(presentStrings.roomSees.answer);
      await axe(page, 'presenter view, with the room’s hands');
      await screenshot(page, info, `presenter-${colorScheme}${contrast ? '-contrast' : ''}`);
      await page.keyboard.press('End');
      await expect(presenter.surface.getByRole('region', { name: presentStrings.boardTitle })).toBeVisible();
      await axe(page, 'presenter view, board');
    });
  }
}

test('on a 375 px phone and at 200% zoom the room’s screen and the presenter view fit without sideways scrolling', async ({ page }, info) => {
  for (const width of [375, 640]) {
    await page.setViewportSize({ width, height: 740 });
    for (const search of ['set=category:core&seed=2&i=1', 'set=category:core&seed=2&i=1&view=presenter']) {
      await page.goto(`/present?${search}`);
      await page.getByRole('dialog').first().waitFor();
      await page.keyboard.press('Space');
      const overflow = await page.getByRole('dialog').first().evaluate((dialog) => dialog.scrollWidth - dialog.clientWidth);
      expect(overflow, `${search} at ${width}px`).toBeLessThanOrEqual(0);
      await screenshot(page, info, `${search.includes('presenter') ? 'presenter' : 'room'}-revealed-${width}px`);
    }
  }
  await page.goto('/present');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
