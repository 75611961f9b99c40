import type { Locator, Page } from '@playwright/test';
import { BUCKET_KEYS, type PresentDeck } from '../../src/domain/present-deck';
import type { BucketId } from '../../src/domain/sort';
import { presentStrings } from '../../src/strings/present';
import { en } from '../../src/strings/en';
import { expect, tabTo, test } from './fixtures';
import { AudienceView, deckFor, item, ownerWord, PresentChooserView, PresenterWindow, savedEvents } from './present.page';

/** Presses a key until a focused <select> shows the wanted value, as a keyboard user would. */
async function arrowTo(page: Page, select: Locator, value: string): Promise<void> {
  for (let i = 0; i < 30 && (await select.inputValue()) !== value; i++) await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue(value);
}

function seedOf(page: Page): number {
  return Number(new URL(page.url()).searchParams.get('seed'));
}

function wrongBucket(deck: PresentDeck, answer: BucketId): BucketId {
  const wrong = deck.buckets.find((b) => b !== answer);
  if (!wrong) throw new Error('a deck needs two buckets');
  return wrong;
}

test('a teacher presents five items with the keyboard alone, counts the room’s hands, and ends on the misconception board', async ({ page }) => {
  test.slow();
  const chooser = new PresentChooserView(page);
  await chooser.open();
  await tabTo(page, chooser.kind('category'));
  await expect(chooser.kind('category')).toBeChecked();
  await tabTo(page, chooser.category);
  await arrowTo(page, chooser.category, 'network-firewall');
  await tabTo(page, chooser.size);
  await arrowTo(page, chooser.size, '5');
  await expect(chooser.lessonLink).toHaveValue(/\/present\?set=category:network-firewall&seed=\d+&n=5&i=1$/);
  await tabTo(page, chooser.start);
  await page.keyboard.press('Enter');

  const room = new AudienceView(page);
  await expect(room.surface).toBeVisible();
  const deck = deckFor('category:network-firewall', seedOf(page), 5);
  expect(deck.cards).toHaveLength(5);

  // [right hands, wrong hands] for each item; the last one is counted with digits and corrected with Shift.
  const plan: [number, number][] = [
    [4, 1],
    [1, 4],
    [5, 0],
    [2, 2],
    [3, 3],
  ];
  for (const [k, card] of deck.cards.entries()) {
    const [right, wrong] = plan[k] ?? [0, 0];
    await expect(room.duty).toHaveText(item(card.itemId).duty);
    await expect(room.position).toHaveText(presentStrings.position(k + 1, 5));
    await expect(page).toHaveURL(new RegExp(`[?&]i=${k + 1}(&|$)`));
    const wrongOne = wrongBucket(deck, card.answer);
    if (k < 4) {
      for (let i = 0; i < right; i++) await page.keyboard.press(BUCKET_KEYS.owner[card.answer] ?? '');
      for (let i = 0; i < wrong; i++) await page.keyboard.press(BUCKET_KEYS.owner[wrongOne] ?? '');
    } else {
      const digit = (bucket: BucketId) => String(deck.buckets.indexOf(bucket) + 1);
      for (let i = 0; i < right; i++) await page.keyboard.press(digit(card.answer));
      for (let i = 0; i < wrong + 1; i++) await page.keyboard.press(digit(wrongOne));
      await expect(room.count(ownerWord(wrongOne))).toHaveText(String(wrong + 1));
      await page.keyboard.press(`Shift+${digit(wrongOne)}`);
    }
    await expect(room.count(ownerWord(card.answer))).toHaveText(String(right));
    await expect(room.count(ownerWord(wrongOne))).toHaveText(String(wrong));
    await expect(room.results).toBeHidden();

    await page.keyboard.press('Space');
    const answer = room.surface.getByText(presentStrings.answerLabel, { exact: true });
    await expect(answer).toBeVisible();
    await expect(room.status).toHaveText(presentStrings.announce.answer(ownerWord(card.answer)));
    const hands = right + wrong;
    await expect(room.results).toContainText(presentStrings.roomRight(right / hands, hands));
    const rightRow = room.resultRow(ownerWord(card.answer));
    await expect(rightRow).toContainText(presentStrings.rightAnswer);
    await expect(rightRow).toContainText(presentStrings.barValue(right, right / hands));
    await expect(room.resultRow(ownerWord(wrongOne))).toContainText(presentStrings.barValue(wrong, wrong / hands));
    await expect(room.resultRow(ownerWord(wrongOne))).not.toContainText(presentStrings.rightAnswer);
    await page.keyboard.press('ArrowRight');
  }

  await expect(room.board).toBeVisible();
  await expect(room.board).toContainText(presentStrings.boardSummary(5, 5, (4 + 1 + 5 + 2 + 3) / (5 + 5 + 5 + 4 + 6)));
  // Worst first: 80%, then the two at 50% (more wrong hands first), then 20%; the item with no wrong hands is left out.
  const entries = room.board.getByRole('listitem');
  const order = [1, 4, 3, 0];
  await expect(entries).toHaveCount(order.length);
  for (const [rank, k] of order.entries()) {
    const card = deck.cards[k];
    if (!card) throw new Error('no card');
    const [right, wrong] = plan[k] ?? [0, 0];
    const entry = entries.nth(rank);
    await expect(entry).toContainText(item(card.itemId).duty);
    await expect(entry).toContainText(presentStrings.boardWrong(wrong / (right + wrong), right + wrong));
    await expect(entry).toContainText(`${presentStrings.boardRight}${ownerWord(card.answer)}`);
  }
  await expect(room.board).not.toContainText(item(deck.cards[2]?.itemId ?? '').duty);

  // The room's votes are not the presenter's answers.
  expect(await savedEvents(page)).toBe(0);

  await page.keyboard.press('Escape');
  await expect(chooser.heading).toBeVisible();
  const resume = page.getByRole('link', { name: presentStrings.resumeBoard('Network and firewall') });
  await expect(resume).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(room.board).toBeVisible();
  expect(await savedEvents(page)).toBe(0);
});

test('the presenter window and the room’s screen move together, with hands, reveal and blanking in step', async ({ page, context }) => {
  test.slow();
  const problems: string[] = [];
  context.on('page', (popup) => {
    popup.on('console', (message) => {
      if (message.type() === 'error') problems.push(`presenter console error: ${message.text()}`);
    });
    popup.on('pageerror', (error) => problems.push(`presenter uncaught error: ${error.message}`));
  });
  const room = new AudienceView(page);
  await room.open('set=category:network-firewall&seed=7&i=3');
  const deck = deckFor('category:network-firewall', 7);
  const card = (k: number) => {
    const found = deck.cards[k];
    if (!found) throw new Error(`no card ${k}`);
    return found;
  };
  await expect(room.duty).toHaveText(item(card(2).itemId).duty);

  const [popup] = await Promise.all([context.waitForEvent('page'), room.button(presentStrings.presenterView).click()]);
  const presenter = new PresenterWindow(popup);
  await expect(presenter.surface).toBeVisible();
  await expect(popup).toHaveURL(/\/present\?set=category:network-firewall&seed=7&i=3&view=presenter$/);
  await expect(presenter.onScreen).toContainText(presentStrings.position(3, 10));
  await expect(presenter.onScreen).toContainText(item(card(2).itemId).duty);
  await expect(presenter.onScreen).toContainText(presentStrings.roomSees.question);
  await expect(presenter.upNext).toContainText(item(card(3).itemId).duty);
  await expect(presenter.notes).toContainText(item(card(2).itemId).explanation);
  await expect(presenter.notes).toContainText(item(card(2).itemId).misconception ?? presentStrings.noMisconception);
  await expect(presenter.timer).toHaveText(/^\d{2}:\d{2}$/);
  await expect(presenter.surface).toContainText(presentStrings.linked);

  // Presenter -> room: hands, the reveal, then the next item.
  const answer = ownerWord(card(2).answer);
  await presenter.button(presentStrings.addHand(answer)).click();
  await presenter.button(presentStrings.addHand(answer)).click();
  await expect(room.count(answer)).toHaveText('2');
  await presenter.button(presentStrings.reveal).click();
  await expect(room.results).toContainText(presentStrings.barValue(2, 1));
  await expect(presenter.onScreen).toContainText(presentStrings.roomSees.answer);
  await presenter.button(presentStrings.next).click();
  await expect(room.duty).toHaveText(item(card(3).itemId).duty);
  await expect(page).toHaveURL(/[?&]i=4(&|$)/);
  await expect(popup).toHaveURL(/[?&]i=4(&|$)/);

  // Room -> presenter: keys on the room's screen move the presenter's window.
  await page.keyboard.press(BUCKET_KEYS.owner[card(3).answer] ?? '');
  await expect(presenter.count(ownerWord(card(3).answer))).toHaveText('1');
  await page.keyboard.press('ArrowRight');
  await expect(presenter.onScreen).toContainText(presentStrings.roomSees.answer);
  await page.keyboard.press('ArrowRight');
  await expect(presenter.onScreen).toContainText(presentStrings.position(5, 10));
  await expect(presenter.onScreen).toContainText(item(card(4).itemId).duty);
  await page.keyboard.press('ArrowLeft');
  await expect(presenter.onScreen).toContainText(presentStrings.position(4, 10));
  // Going back shows an item already answered as answered, with its hands.
  await expect(presenter.onScreen).toContainText(presentStrings.roomSees.answer);
  await expect(room.results).toContainText(presentStrings.barValue(1, 1));

  // Blanking from the presenter's window, and any key on the room's screen brings it back.
  await presenter.button(presentStrings.blank).click();
  await expect(room.surface.getByText(presentStrings.blanked)).toBeAttached();
  await expect(room.duty).toBeHidden();
  await expect(presenter.onScreen).toContainText(presentStrings.roomSees.blank);
  await page.keyboard.press('x');
  await expect(room.duty).toBeVisible();
  await expect(presenter.onScreen).toContainText(presentStrings.roomSees.answer);
  await expect(presenter.button(presentStrings.blank)).toBeVisible();

  // The presenter's keyboard moves both windows too.
  await popup.keyboard.press('ArrowRight');
  await expect(room.duty).toHaveText(item(card(4).itemId).duty);

  expect(await savedEvents(page)).toBe(0);
  expect(await savedEvents(popup)).toBe(0);
  await presenter.button(presentStrings.closePresenter).click();
  await expect.poll(() => popup.isClosed()).toBe(true);
  expect(problems).toEqual([]);
});

test('a lesson link opens at its item, the address follows, a reload keeps the hands, and a bad link says so', async ({ page }) => {
  const room = new AudienceView(page);
  const deck = deckFor('sort:pentest', 42);
  await room.open('set=sort:pentest&seed=42&i=2');
  const history = await page.evaluate(() => window.history.length);
  await expect(room.position).toHaveText(presentStrings.position(2, deck.cards.length));
  await expect(room.surface.getByText(presentStrings.prompts.pentest)).toBeVisible();
  await expect(room.duty).toHaveText(item(deck.cards[1]?.itemId ?? '').duty);
  for (const word of [presentStrings.buckets.allowed, presentStrings.buckets.prohibited]) await expect(room.addHand(word)).toBeVisible();
  await expect(room.surface.getByRole('button', { name: presentStrings.addHand(en.owner.customer) })).toHaveCount(0);

  await room.addHand(presentStrings.buckets.prohibited).click();
  await page.keyboard.press('p');
  await page.keyboard.press('a');
  await expect(room.count(presentStrings.buckets.prohibited)).toHaveText('2');
  await room.removeHand(presentStrings.buckets.allowed).click();
  await expect(room.count(presentStrings.buckets.allowed)).toHaveText('0');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/present\?set=sort:pentest&seed=42&i=3$/);
  // The address is replaced, not pushed: Back leaves the lesson instead of stepping through its items.
  expect(await page.evaluate(() => window.history.length)).toBe(history);

  await page.reload();
  await expect(room.position).toHaveText(presentStrings.position(3, deck.cards.length));
  await page.keyboard.press('ArrowLeft');
  await expect(room.count(presentStrings.buckets.prohibited)).toHaveText('2');
  await expect(room.results).toBeVisible();

  // A link without a seed gets one, so the order it shows can be linked to again.
  await room.open('set=owner:aws');
  await expect(page).toHaveURL(/\/present\?set=owner:aws&seed=\d+&i=1$/);

  await page.goto('/present?set=category:no-such-thing&seed=1');
  await expect(page.getByRole('heading', { level: 1, name: presentStrings.title })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(presentStrings.problems['unknown-set']('category:no-such-thing'));
  expect(await savedEvents(page)).toBe(0);
});

test('full screen with F; Esc leaves full screen first, then the lesson; B blanks the screen', async ({ page }) => {
  const room = new AudienceView(page);
  await room.open('set=sort:control&seed=3&i=1');
  await expect(room.surface.getByText(presentStrings.prompts.control)).toBeVisible();
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect(room.button(presentStrings.exitFullscreen)).toBeVisible();
  await expect(room.duty).toBeInViewport();

  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
  await expect(room.duty).toBeVisible();
  await expect(room.button(presentStrings.fullscreen)).toBeVisible();

  await page.keyboard.press('b');
  await expect(room.duty).toBeHidden();
  await expect(room.status).toHaveText(presentStrings.announce.blankOn);
  await page.keyboard.press('b');
  await expect(room.duty).toBeVisible();
  await page.keyboard.press('Shift+B');
  await expect(room.duty).toBeHidden();
  await page.mouse.click(400, 400);
  await expect(room.duty).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: presentStrings.title })).toBeVisible();
  await expect(room.surface).toBeHidden();
  await expect(page.getByRole('radio', { name: new RegExp(`^${presentStrings.kinds['sort-control']}`) })).toBeChecked();
});
