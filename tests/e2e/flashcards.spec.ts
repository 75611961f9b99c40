import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { flashcardsStrings } from '../../src/strings/flashcards';
import { en } from '../../src/strings/en';
import { progressStrings } from '../../src/strings/progress';
import { expect, test } from './fixtures';
import { FlashcardsView } from './flashcards.page';

const t = flashcardsStrings;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page: Page, state: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${state}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('a learner studies 10 cards with the keyboard alone, reloads, and the schedule and Progress keep them', async ({ page }) => {
  // Ten cards, a reload and a second page: more than the default 30 s on a shared machine.
  test.setTimeout(90_000);
  const cards = new FlashcardsView(page);
  await cards.open('/flashcards');
  await expect(cards.position(1, 10)).toBeVisible();
  await expect(page.getByText(t.planCounts(0, 10))).toBeVisible();

  // Card 1 ("security IN the cloud") is the customer's: commit with C, hear that it is right, Enter takes the suggested Good.
  await page.keyboard.press('c');
  await expect(page.getByText(t.right, { exact: true })).toBeVisible();
  await expect(cards.gradeButton('good')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cards.position(2, 10)).toBeVisible();

  // Card 2 ("security OF the cloud") is AWS's: a wrong commit preselects Again. Undo it and grade it right.
  await page.keyboard.press('s');
  await expect(page.getByText(t.wrong, { exact: true })).toBeVisible();
  await expect(cards.gradeButton('again')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cards.position(3, 10)).toBeVisible();
  await page.keyboard.press('u');
  await expect(cards.position(2, 10)).toBeVisible();
  await expect(cards.status).toContainText('Grade undone');
  await page.keyboard.press('3');

  // The other eight: turn with Space (the focused "Show answer"), and grade Good or Easy.
  for (let n = 3; n <= 10; n++) {
    await expect(cards.position(n, 10)).toBeVisible();
    const question = await cards.question.textContent();
    await expect(cards.turnButton).toBeFocused();
    await page.keyboard.press('Space');
    await expect(cards.why).toBeVisible();
    await expect(cards.status).toContainText('Answer:');
    await page.keyboard.press(n % 2 ? '4' : '3');
    if (n < 10) await expect(cards.question).not.toHaveText(question ?? '');
  }

  await expect(cards.summaryHeading).toBeFocused();
  await expect(cards.stat(t.studied)).toContainText('10');
  // Two committed answers, one right: undo takes back the grade, not the owner the learner committed to.
  await expect(cards.stat(t.accuracy)).toContainText(`50%${t.accuracyNote(1, 2)}`);
  const comeback = page.getByRole('region', { name: t.comebackTitle }).getByRole('listitem');
  await expect(comeback.first()).toHaveText(/^\d+ cards? in (9|10) min$/);

  await page.reload();
  // Nothing is due any more, and today's 10 new cards are used up.
  await expect(cards.emptyHeading).toBeVisible();
  await expect(page.getByText(t.nothingDue)).toBeVisible();
  await expect(page.getByText(/^The next card is due in (9|10) min/)).toBeVisible();
  await expect(page.getByText(t.limitReached(10))).toBeVisible();
  await expect(page.getByRole('button', { name: t.cramThese(119) })).toBeVisible();
  await expect(page.getByRole('button', { name: t.learnNew(10) })).toBeVisible();

  await cards.nav.getByRole('link', { name: en.nav.progress }).click();
  await expect(page.getByRole('heading', { name: progressStrings.studied }).locator('..')).toContainText(progressStrings.studiedValue(10, 119));
  await expect(page.getByRole('heading', { name: progressStrings.dueToday }).locator('..')).toContainText(/^Due today0/);
});

test('a deep link opens a filtered session, and cram goes through it without moving the schedule', async ({ page }) => {
  const cards = new FlashcardsView(page);
  await cards.open('/flashcards?category=network-firewall&owner=aws');
  await expect(page.getByText(/^Choose cards: Network and firewall · AWS$/)).toBeVisible();
  await expect(cards.position(1, 5)).toBeVisible();
  await expect(cards.question).toContainText('network devices that protect the cloud infrastructure');
  await page.keyboard.press('Space');
  await page.keyboard.press('4');
  // The store is saved once the page is idle, not in the key press: wait for the answer to be there.
  const savedText = () => page.evaluate(() => localStorage.getItem('srm-trainer'));
  const memory = (text: string | null) => (JSON.parse(text ?? '{}') as { state?: { progress: { memory: unknown; events: unknown[] } } }).state?.progress;
  await expect.poll(async () => memory(await savedText())?.events.length).toBe(1);
  const saved = await savedText();

  await cards.open('/flashcards?category=network-firewall&owner=aws&cram=1');
  await expect(page.getByText(t.cramCount(5))).toBeVisible();
  await expect(page.getByText(t.gradeLegendCram)).toBeHidden();
  await page.keyboard.press('Space');
  await expect(page.getByText(t.gradeLegendCram)).toBeVisible();
  // Cram buttons promise no new date.
  await expect(cards.gradeButton('again')).toHaveAccessibleName(t.grades.again);
  await page.keyboard.press('1');
  await expect(cards.position(2, 5)).toBeVisible();
  await expect.poll(async () => memory(await savedText())?.events.length).toBe(2);
  const after = await savedText();
  expect(memory(after)?.memory).toEqual(memory(saved)?.memory);
});

test('? lists every shortcut; shortcuts do not fire in the filters', async ({ page }) => {
  const cards = new FlashcardsView(page);
  await cards.open('/flashcards');
  await page.getByText(/^Choose cards:/).click();
  await page.getByRole('combobox', { name: t.category }).focus();
  await page.keyboard.press('c');
  await expect(page.getByText(t.wrong, { exact: true })).toBeHidden();
  await expect(page.getByText(t.right, { exact: true })).toBeHidden();
  await cards.heading.click();
  await page.keyboard.press('?');
  await expect(cards.shortcutsDialog).toBeVisible();
  for (const { action } of t.shortcuts) await expect(cards.shortcutsDialog.getByText(action)).toBeVisible();
  await expect(cards.shortcutsDialog.getByRole('button', { name: t.close })).toBeFocused();
  // While the list is open, study keys do nothing; Esc closes it.
  await page.keyboard.press('Space');
  await page.keyboard.press('Escape');
  await expect(cards.shortcutsDialog).toBeHidden();
  await expect(cards.why).toBeHidden();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('front, back, shortcuts, summary and empty state have no axe violations', async ({ page }) => {
      // Five full scans: more than the default 30 s on a shared machine.
      test.setTimeout(120_000);
      const cards = new FlashcardsView(page);
      await cards.open('/flashcards?category=hardware-lifecycle');
      await axe(page, 'front');
      // A wrong commit shows the verdict, the owner, the misconception and the source.
      await page.keyboard.press('c');
      await expect(page.getByText(t.wrong, { exact: true })).toBeVisible();
      await expect(cards.card.getByRole('heading', { name: t.misconception })).toBeVisible();
      await axe(page, 'back');
      await page.keyboard.press('?');
      await expect(cards.shortcutsDialog).toBeVisible();
      await axe(page, 'shortcuts');
      await page.keyboard.press('Escape');
      for (let i = 0; i < 4; i++) {
        if (await cards.turnButton.isVisible()) await page.keyboard.press('Space');
        await page.keyboard.press('3');
      }
      await expect(cards.summaryHeading).toBeVisible();
      await axe(page, 'summary');
      await page.reload();
      await expect(cards.emptyHeading).toBeVisible();
      await axe(page, 'nothing due');
    });
  });
}

test('the card reads on a 375 px phone and from the back of a room on a 1920 px projector', async ({ page }) => {
  const cards = new FlashcardsView(page);
  await page.setViewportSize({ width: 375, height: 740 });
  await cards.open('/flashcards?category=service-types');
  await page.keyboard.press('Space');
  await expect(cards.why).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  for (const grade of ['again', 'hard', 'good', 'easy'] as const) {
    const box = await cards.gradeButton(grade).boundingBox();
    expect(box?.height, `${grade} is a 44 px target`).toBeGreaterThanOrEqual(44);
  }

  await page.setViewportSize({ width: 1920, height: 1080 });
  await cards.open('/flashcards?category=service-types');
  const size = await cards.question.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(size).toBeGreaterThanOrEqual(40);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

  // 200% zoom of a 1280 px window.
  await page.setViewportSize({ width: 640, height: 450 });
  await page.keyboard.press('Space');
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});

test('the card turns in a short motion, and not at all under reduced motion', async ({ page }) => {
  const cards = new FlashcardsView(page);
  await cards.open('/flashcards');
  await page.keyboard.press('Space');
  const motion = () => cards.card.evaluate((element) => ({ name: getComputedStyle(element).animationName, duration: getComputedStyle(element).animationDuration }));
  const normal = await motion();
  expect(normal.name).not.toBe('none');
  const ms = parseFloat(normal.duration) * (normal.duration.endsWith('ms') ? 1 : 1000);
  expect(ms).toBeGreaterThanOrEqual(150);
  expect(ms).toBeLessThanOrEqual(200);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await cards.open('/flashcards');
  await page.keyboard.press('Space');
  expect((await motion()).name).toBe('none');
});
