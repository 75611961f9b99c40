import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { BucketId, SortRound } from '../../src/domain/sort';
import { BUCKET_LETTERS } from '../../src/domain/sort-keys';
import { sortStrings } from '../../src/strings/sort';
import { en } from '../../src/strings/en';
import { progressStrings } from '../../src/strings/progress';
import { expect, tabTo, test } from './fixtures';
import { SortView, itemOf, items, roundFor } from './sort.page';

// Whole rounds of real drags and key presses; the shared CI machine needs more than the default 30 s for them.
test.describe.configure({ timeout: 120_000 });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const label = (bucket: BucketId) => sortStrings.buckets[bucket];
const wrongFor = (round: SortRound, answer: BucketId): BucketId => round.buckets.find((b) => b !== answer) ?? answer;

function cardsOf(round: SortRound) {
  const [first, second, ...rest] = round.cards;
  if (!first || !second) throw new Error('the round is too small for this story');
  return { first, second, rest };
}

async function axe(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
}

/** The "Items studied" figure on the Progress page. */
const studied = (page: Page) => page.getByRole('heading', { name: progressStrings.studied }).locator('..');
/** The Progress page's table of best sort rounds. */
const sortBests = (page: Page) => page.getByRole('table', { name: progressStrings.sortCaption });

test('a learner drags every duty into its bucket with the mouse, learns from a mistake, and retries it', async ({ page }) => {
  const sort = new SortView(page);
  const round = roundFor({ kind: 'pentest', seed: 11 });
  const { first, second, rest } = cardsOf(round);
  await sort.open('/sort?kind=pentest&seed=11');
  await expect(sort.heading).toHaveText(sortStrings.roundTitles.pentest);
  await expect(sort.pile.getByRole('listitem')).toHaveText(round.cards.map((c) => c.duty));

  // A wrong drop: the verdict, the explanation and the misconception show at once.
  const wrong = wrongFor(round, first.answer);
  await sort.drag(first.duty, wrong);
  await expect(sort.bucket(wrong)).toContainText(first.duty);
  await expect(sort.feedback).toContainText(sortStrings.belongsIn(label(first.answer)));
  await expect(sort.feedback).toContainText(itemOf(first.itemId)?.explanation ?? '');
  await expect(sort.feedback).toContainText(itemOf(first.itemId)?.misconception ?? '');
  await expect(sort.announcer).toContainText(`Not quite: it belongs in ${label(first.answer)}`);
  await sort.feedback.getByRole('button', { name: sortStrings.dismissFeedback }).click();

  // A plain click is not a drag: it selects the card, and a second click lets it go.
  await sort.card(second.duty).click();
  await expect(sort.card(second.duty)).toHaveAttribute('aria-pressed', 'true');
  await expect(sort.placeBar).toBeVisible();
  await sort.card(second.duty).click();
  await expect(sort.placeBar).toBeHidden();

  for (const card of [second, ...rest.slice(0, -1)]) {
    await sort.drag(card.duty, card.answer);
    await expect(sort.bucket(card.answer)).toContainText(card.duty);
    await expect(sort.feedback).toContainText(sortStrings.right);
  }
  const last = rest.at(-1) ?? second;
  await sort.drag(last.duty, last.answer);

  await expect(sort.results).toBeVisible();
  await expect(sort.results).toContainText(sortStrings.scoreValue(round.cards.length - 1, round.cards.length));
  await expect(sort.results).toContainText(sortStrings.newBest);
  const mistakes = sort.results.getByRole('region', { name: sortStrings.mistakesTitle(1) });
  await expect(mistakes).toContainText(first.duty);
  await expect(mistakes).toContainText(itemOf(first.itemId)?.explanation ?? '');

  // Retry my mistakes: only that duty comes back, and it now goes where it belongs.
  await sort.results.getByRole('button', { name: sortStrings.retry(1) }).click();
  await expect(sort.heading).toHaveText(sortStrings.retryTitle(sortStrings.roundTitles.pentest));
  await expect(sort.pile.getByRole('listitem')).toHaveText([first.duty]);
  await sort.drag(first.duty, first.answer);
  await expect(sort.results).toContainText(sortStrings.scoreValue(1, 1));
  await expect(sort.results).toContainText(sortStrings.retryNotSaved);

  // Every placement was an answer: the best and the studied items survive a reload.
  await sort.nav.getByRole('link', { name: en.nav.progress }).click();
  await expect(studied(page)).toContainText(progressStrings.studiedValue(round.cards.length, items.length));
  await expect(sortBests(page).getByRole('row', { name: new RegExp(sortStrings.kinds.pentest) })).toContainText(
    progressStrings.sortScore(round.cards.length - 1, round.cards.length),
  );
  await sort.open('/sort');
  await page.reload();
  await expect(sort.bests.getByRole('row', { name: new RegExp(sortStrings.kinds.pentest) })).toContainText(sortStrings.scoreValue(round.cards.length - 1, round.cards.length));
});

test('a learner sorts a round by keyboard alone, with dnd-kit dragging, bucket letters and undo, then checks all', async ({ page }) => {
  const sort = new SortView(page);
  await sort.open('/sort');
  // Choose "Control type" and "At the end" with the arrow keys, then start.
  await tabTo(page, sort.kind('owner'));
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(sort.kind('control')).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await expect(sort.feedbackMode('end')).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(sort.start).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/sort\?kind=control&seed=\d+&feedback=end$/);
  await expect(sort.heading).toBeFocused();
  const round = roundFor({ kind: 'control', seed: sort.seed() });
  const { first, second, rest } = cardsOf(round);
  await expect(sort.pile.getByRole('listitem')).toHaveText(round.cards.map((c) => c.duty));

  // dnd-kit's keyboard drag: Space picks up, the arrows go from bucket to bucket, Space drops.
  await tabTo(page, sort.card(first.duty));
  await page.keyboard.press('Space');
  await expect(sort.card(first.duty)).toHaveAttribute('aria-pressed', 'true');
  await page.waitForTimeout(300);
  for (let i = 0; i < round.buckets.length; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);
    if ((await sort.dragAnnouncer.textContent())?.includes(sortStrings.dragOver(label(first.answer)))) break;
  }
  await expect(sort.dragAnnouncer).toHaveText(sortStrings.dragOver(label(first.answer)));
  await page.keyboard.press('Space');
  await page.waitForTimeout(300);
  await expect(sort.bucket(first.answer).getByRole('button', { name: first.duty })).toBeVisible();
  await expect(sort.announcer).toContainText(`${first.duty}: in ${label(first.answer)}. 1 of ${round.cards.length} placed.`);
  await expect(sort.card(second.duty)).toBeFocused();
  await expect(page.getByRole('button', { pressed: true })).toHaveCount(0);

  // A slip: the wrong letter, then Z puts the card back and focus with it.
  const slip = wrongFor(round, second.answer);
  await page.keyboard.press(BUCKET_LETTERS[slip].toLowerCase());
  await expect(sort.bucket(slip).getByRole('button', { name: second.duty })).toBeVisible();
  await page.keyboard.press('z');
  await expect(sort.pile.getByRole('button', { name: second.duty })).toBeFocused();
  await expect(sort.announcer).toContainText(`Undone: ${second.duty}`);

  // The rest by letter (or number); focus walks down the pile by itself.
  for (const [index, card] of [second, ...rest].entries()) {
    await expect(sort.card(card.duty)).toBeFocused();
    const key = index % 2 ? String(round.buckets.indexOf(card.answer) + 1) : BUCKET_LETTERS[card.answer].toLowerCase();
    await page.keyboard.press(key);
  }
  await expect(sort.checkAll).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(sort.results.getByRole('heading', { name: sortStrings.resultsTitle })).toBeFocused();
  await expect(sort.results).toContainText(sortStrings.scoreValue(round.cards.length, round.cards.length));
  await expect(sort.results).toContainText(sortStrings.noMistakes);
  await expect(sort.announcer).toContainText(`Round complete: ${round.cards.length} of ${round.cards.length} right`);
});

test('the answers of a round show on the Progress page, and survive a reload', async ({ page }) => {
  const sort = new SortView(page);
  await sort.open('/progress');
  await expect(page.getByText(progressStrings.empty)).toBeVisible();
  await expect(studied(page)).toBeHidden();

  const round = roundFor({ kind: 'owner', seed: 2024 });
  await sort.open('/sort?kind=owner&seed=2024');
  const { first } = cardsOf(round);
  await tabTo(page, sort.card(first.duty));
  for (const card of round.cards) await page.keyboard.press(BUCKET_LETTERS[card.answer].toLowerCase());
  await expect(sort.results).toContainText(sortStrings.scoreValue(round.cards.length, round.cards.length));

  await sort.nav.getByRole('link', { name: en.nav.progress }).click();
  await expect(studied(page)).toContainText(progressStrings.studiedValue(round.cards.length, items.length));
  await page.reload();
  await expect(studied(page)).toContainText(progressStrings.studiedValue(round.cards.length, items.length));
  await expect(page.getByText(progressStrings.empty)).toBeHidden();
  await expect(sortBests(page).getByRole('row', { name: new RegExp(sortStrings.kinds.owner) })).toContainText(
    progressStrings.sortScore(round.cards.length, round.cards.length),
  );
});

test('a link reproduces a round exactly, and a link without a seed gets one when the round starts', async ({ page }) => {
  const sort = new SortView(page);
  const round = roundFor({ kind: 'service', service: 'rds', seed: 42 });
  await sort.open('/sort?kind=service&service=rds&seed=42');
  await expect(sort.heading).toHaveText(sortStrings.serviceRoundTitle('RDS'));
  await expect(sort.pile.getByRole('listitem')).toHaveText(round.cards.map((c) => c.duty));
  await expect(page.getByRole('region', { name: sortStrings.buckets.shared, exact: true })).toHaveCount(round.buckets.includes('shared') ? 1 : 0);

  await sort.open('/sort?kind=service&service=lambda');
  await expect(sort.kind('service')).toBeChecked();
  await expect(sort.service).toHaveValue('lambda');
  await sort.start.click();
  await expect(page).toHaveURL(/\/sort\?kind=service&service=lambda&seed=\d+$/);
  const seeded = roundFor({ kind: 'service', service: 'lambda', seed: sort.seed() });
  await expect(sort.pile.getByRole('listitem')).toHaveText(seeded.cards.map((c) => c.duty));
  const url = page.url();
  await page.reload();
  await expect(sort.pile.getByRole('listitem')).toHaveText(seeded.cards.map((c) => c.duty));
  expect(page.url()).toBe(url);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('a learner taps a duty, then a bucket, and nothing scrolls sideways', async ({ page }) => {
    const sort = new SortView(page);
    const round = roundFor({ kind: 'owner', seed: 77 });
    const { first, second } = cardsOf(round);
    await sort.open('/sort?kind=owner&seed=77&feedback=end');
    await sort.card(first.duty).tap();
    await expect(sort.placeBar).toBeInViewport();
    await sort.placeBar.getByRole('button', { name: label(first.answer) }).tap();
    await expect(sort.bucket(first.answer).getByRole('button', { name: first.duty })).toBeAttached();
    await sort.card(second.duty).tap();
    await sort.placeBar.getByRole('button', { name: label(second.answer) }).tap();
    await expect(sort.announcer).toContainText(`2 of ${round.cards.length} placed`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});

test.describe('on a tablet', () => {
  test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true });

  test('a learner drags a duty with a finger: press and hold, slide, lift', async ({ page }) => {
    const sort = new SortView(page);
    const round = roundFor({ kind: 'control', seed: 12 });
    const { first, second } = cardsOf(round);
    await sort.open('/sort?kind=control&seed=12&feedback=end');
    await sort.touchDrag(first.duty, first.answer);
    await expect(sort.bucket(first.answer).getByRole('button', { name: first.duty })).toBeVisible();
    await expect(sort.announcer).toContainText(`${first.duty}: in ${label(first.answer)}. 1 of ${round.cards.length} placed.`);
    // A short tap is not a drag: it selects the card for the place bar.
    await sort.card(second.duty).tap();
    await expect(sort.placeBar).toBeVisible();
    await expect(sort.pile.getByRole('button', { name: second.duty })).toHaveAttribute('aria-pressed', 'true');
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('the start screen, a round in progress and the results have no violations', async ({ page }) => {
      const sort = new SortView(page);
      await sort.open('/sort');
      await sort.kind('service').check();
      expect(await axe(page), 'start screen').toEqual([]);

      const round = roundFor({ kind: 'owner', seed: 5 });
      const { first, second, rest } = cardsOf(round);
      await sort.open('/sort?kind=owner&seed=5');
      await tabTo(page, sort.card(first.duty));
      await page.keyboard.press(BUCKET_LETTERS[wrongFor(round, first.answer)].toLowerCase());
      await expect(sort.feedback).toBeVisible();
      await sort.bucket(wrongFor(round, first.answer)).getByText(sortStrings.why).click();
      expect(await axe(page), 'mid-round, a wrong answer explained').toEqual([]);

      await sort.card(second.duty).click();
      await expect(sort.placeBar).toBeVisible();
      expect(await axe(page), 'mid-round, a card selected').toEqual([]);
      await page.keyboard.press('Escape');

      await tabTo(page, sort.card(second.duty));
      for (const card of [second, ...rest]) await page.keyboard.press(BUCKET_LETTERS[card.answer].toLowerCase());
      await expect(sort.results).toBeVisible();
      await sort.results.getByText(sortStrings.rightTitle(round.cards.length - 1)).click();
      expect(await axe(page), 'results').toEqual([]);

      await sort.open('/sort?kind=control&seed=1&feedback=end');
      expect(await axe(page), 'a check-all round').toEqual([]);
    });
  });
}
