import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS } from '@/domain/progress-schema';
import type { ResponsibilityItem } from '@/domain/schema';
import { buildRound, type BucketId, type SortRound, type SortRoundSpec } from '@/domain/sort';
import { BUCKET_LETTERS } from '@/domain/sort-keys';
import { useAppStore } from '@/store';
import { sortStrings } from '@/strings/sort';
import { validateContent } from '@/domain/validate';
import { readContentFiles } from '../../../scripts/content-files';
import { renderApp } from '../render-app';

const content = validateContent(readContentFiles(join(import.meta.dirname, '..', '..', '..', 'content')));
const items: readonly ResponsibilityItem[] = content.ok ? content.content.items : [];
const itemOf = (id: string) => items.find((item) => item.id === id);

const round = (spec: SortRoundSpec): SortRound => buildRound(items, spec);
const wrongFor = (r: SortRound, answer: BucketId): BucketId => r.buckets.find((b) => b !== answer) ?? answer;

const cardButton = (duty: string) => screen.getByRole('button', { name: duty });
const pile = () => screen.getByRole('region', { name: sortStrings.pileTitle });
const bucket = (b: BucketId) => screen.getByRole('region', { name: sortStrings.buckets[b] });
const announcer = () => screen.getByRole('status', { name: sortStrings.announcerLabel });
const sortEvents = () => useAppStore.getState().progress.events.filter((e) => e.mode === 'sort');

/** Tabs forward until the named card has focus, as a keyboard user would. */
async function tabToCard(user: UserEvent, duty: string) {
  const target = cardButton(duty);
  for (let i = 0; i < 40 && document.activeElement !== target; i++) await user.tab();
  expect(target).toHaveFocus();
}

/** The keyboard rounds press many keys on a full page; jsdom needs more than the default 5 s for them. */
const SLOW = 30_000;

beforeEach(() => {
  useAppStore.getState().resetProgress();
  useAppStore.setState({ sortBests: {} });
});

describe('Sort page: a round by keyboard alone', () => {
  it('sorts every card with its bucket letter, right away, and ends with the score, the time and a saved best', async () => {
    const r = round({ kind: 'owner', seed: 42 });
    const { user } = await renderApp('/sort?kind=owner&seed=42');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(sortStrings.roundTitles.owner);
    expect(screen.getByText(sortStrings.placedCount(0, r.cards.length))).toBeInTheDocument();

    const [first] = r.cards;
    if (!first) throw new Error('empty round');
    await tabToCard(user, first.duty);
    for (const [index, card] of r.cards.entries()) {
      // Focus moves on to the next card by itself after each placement.
      expect(document.activeElement).toHaveAccessibleName(card.duty);
      await user.keyboard(BUCKET_LETTERS[card.answer].toLowerCase());
      if (index === 0) expect(within(bucket(card.answer)).getByText(card.duty)).toBeInTheDocument();
    }

    const results = await screen.findByRole('heading', { name: sortStrings.resultsTitle });
    expect(results).toHaveFocus();
    expect(screen.getByText(sortStrings.scoreValue(r.cards.length, r.cards.length))).toBeInTheDocument();
    expect(screen.getByText(sortStrings.noMistakes)).toBeInTheDocument();
    expect(screen.getByText(sortStrings.newBest)).toBeInTheDocument();
    expect(announcer()).toHaveTextContent(/Round complete: 12 of 12 right in \d+ seconds?/);

    expect(sortEvents().map((e) => [e.itemId, e.correct, e.chosen])).toEqual(r.cards.map((c) => [c.itemId, true, c.answer]));
    expect(useAppStore.getState().sortBests['owner']).toMatchObject({ correct: 12, total: 12 });
  }, SLOW);

  it('accepts the bucket numbers too, and Z takes back an answer given too fast, answer and all', async () => {
    const r = round({ kind: 'pentest', seed: 5 });
    const [first, second] = r.cards;
    if (!first || !second) throw new Error('round too small');
    const { user } = await renderApp('/sort?kind=pentest&seed=5');
    await tabToCard(user, first.duty);
    const wrong = wrongFor(r, first.answer);
    await user.keyboard(String(r.buckets.indexOf(wrong) + 1));

    // Right away: the verdict, the explanation and the misconception show at once, and the answer is recorded.
    const feedback = screen.getByRole('region', { name: sortStrings.feedbackTitle });
    expect(feedback).toHaveTextContent(sortStrings.wrong);
    expect(feedback).toHaveTextContent(sortStrings.belongsIn(sortStrings.buckets[first.answer]));
    expect(feedback).toHaveTextContent(itemOf(first.itemId)?.explanation ?? '');
    expect(feedback).toHaveTextContent(itemOf(first.itemId)?.misconception ?? '');
    expect(within(bucket(wrong)).getByText(first.duty)).toBeInTheDocument();
    expect(sortEvents()).toHaveLength(1);
    expect(announcer()).toHaveTextContent(`Not quite: it belongs in ${sortStrings.buckets[first.answer]}`);
    expect(cardButton(second.duty)).toHaveFocus();

    await user.keyboard('z');
    expect(within(pile()).getByRole('button', { name: first.duty })).toHaveFocus();
    expect(useAppStore.getState().progress).toEqual(EMPTY_PROGRESS);
    expect(screen.queryByRole('region', { name: sortStrings.feedbackTitle })).not.toBeInTheDocument();
    expect(announcer()).toHaveTextContent(/^Undone:/);

    await user.keyboard(BUCKET_LETTERS[first.answer]);
    expect(sortEvents().map((e) => [e.itemId, e.correct])).toEqual([[first.itemId, true]]);
    const again = screen.getByRole('region', { name: sortStrings.feedbackTitle });
    expect(again).toHaveTextContent(sortStrings.right);
    expect(again).not.toHaveTextContent(itemOf(first.itemId)?.misconception ?? '');
    await user.click(within(again).getByRole('button', { name: sortStrings.dismissFeedback }));
    expect(screen.queryByRole('region', { name: sortStrings.feedbackTitle })).not.toBeInTheDocument();
  }, SLOW);

  it('checks all at the end: nothing counts until then, then each final placement once, with every mistake explained', async () => {
    const r = round({ kind: 'control', seed: 3 });
    const { user } = await renderApp('/sort?kind=control&seed=3&feedback=end');
    const [first, ...rest] = r.cards;
    if (!first) throw new Error('empty round');
    await tabToCard(user, first.duty);
    // The first card goes wrong, then moves to another wrong bucket: only its final place will count.
    const wrong = wrongFor(r, first.answer);
    await user.keyboard(BUCKET_LETTERS[wrong]);
    expect(within(bucket(wrong)).getByRole('button', { name: first.duty })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: sortStrings.feedbackTitle })).not.toBeInTheDocument();
    for (const card of rest) await user.keyboard(BUCKET_LETTERS[card.answer]);
    expect(screen.getByRole('button', { name: sortStrings.checkAll })).toHaveFocus();
    expect(sortEvents()).toEqual([]);

    await user.click(within(bucket(wrong)).getByRole('button', { name: first.duty }));
    const elsewhere = r.buckets.find((b) => b !== first.answer && b !== wrong) ?? wrong;
    await user.keyboard(String(r.buckets.indexOf(elsewhere) + 1));
    expect(within(bucket(elsewhere)).getByRole('button', { name: first.duty })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: sortStrings.checkAll }));
    expect(await screen.findByRole('heading', { name: sortStrings.resultsTitle })).toHaveFocus();
    expect(screen.getByText(sortStrings.scoreValue(r.cards.length - 1, r.cards.length))).toBeInTheDocument();
    expect(sortEvents()).toHaveLength(r.cards.length);
    expect(sortEvents().find((e) => e.itemId === first.itemId)).toMatchObject({ correct: false, chosen: elsewhere });

    const mistakes = screen.getByRole('region', { name: sortStrings.mistakesTitle(1) });
    const item = itemOf(first.itemId);
    expect(mistakes).toHaveTextContent(first.duty);
    expect(mistakes).toHaveTextContent(item?.explanation ?? '');
    expect(mistakes).toHaveTextContent(item?.misconception ?? '');
    expect(within(mistakes).getByRole('link', { name: sortStrings.readMore })).toHaveAttribute('href', `/items/${first.itemId}`);

    // Retry my mistakes: a round of exactly that card, not counted as a best.
    const best = useAppStore.getState().sortBests['control'];
    await user.click(screen.getByRole('button', { name: sortStrings.retry(1) }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(sortStrings.retryTitle(sortStrings.roundTitles.control));
    expect(within(pile()).getAllByRole('button').map((b) => b.textContent)).toEqual([first.duty]);
    await tabToCard(user, first.duty);
    await user.keyboard(BUCKET_LETTERS[first.answer]);
    await user.keyboard('{Enter}');
    expect(await screen.findByText(sortStrings.retryNotSaved)).toBeInTheDocument();
    expect(useAppStore.getState().sortBests['control']).toEqual(best);
  }, SLOW);

  it('will not check all while duties are left, and says how many', async () => {
    const { user } = await renderApp('/sort?kind=owner&seed=9&feedback=end');
    await user.click(screen.getByRole('button', { name: sortStrings.checkAll }));
    // Shown beside the board and announced.
    expect(screen.getAllByText(sortStrings.placeAllFirst(12))).toHaveLength(2);
    expect(announcer()).toHaveTextContent(sortStrings.placeAllFirst(12));
    expect(screen.queryByRole('heading', { name: sortStrings.resultsTitle })).not.toBeInTheDocument();
    expect(sortEvents()).toEqual([]);
  });
});

describe('Sort page: pointer without dragging', () => {
  it('places a card with a click on it and a click on a bucket button', async () => {
    const r = round({ kind: 'service', service: 'rds', seed: 42 });
    const [first] = r.cards;
    if (!first) throw new Error('empty round');
    const { user } = await renderApp('/sort?kind=service&service=rds&seed=42');
    await user.click(cardButton(first.duty));
    expect(cardButton(first.duty)).toHaveAttribute('aria-pressed', 'true');
    const bar = screen.getByRole('group', { name: sortStrings.placeBarTitle(first.duty) });
    await user.click(within(bar).getByRole('button', { name: sortStrings.buckets[first.answer] }));
    expect(within(bucket(first.answer)).getByText(first.duty)).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: sortStrings.placeBarTitle(first.duty) })).not.toBeInTheDocument();
    expect(sortEvents()).toMatchObject([{ itemId: first.itemId, correct: true, chosen: first.answer }]);
  });

  it('puts a selected card in any bucket clicked, but a click on a card’s own “Why” is not a choice', async () => {
    const r = round({ kind: 'owner', seed: 21 });
    const [first, second] = r.cards;
    if (!first || !second) throw new Error('round too small');
    const wrong = wrongFor(r, first.answer);
    const { user } = await renderApp('/sort?kind=owner&seed=21');
    await user.click(cardButton(first.duty));
    await user.click(within(screen.getByRole('group', { name: sortStrings.placeBarTitle(first.duty) })).getByRole('button', { name: sortStrings.buckets[wrong] }));

    await user.click(cardButton(second.duty));
    await user.click(within(bucket(wrong)).getByText(sortStrings.why));
    expect(within(bucket(wrong)).getByText(itemOf(first.itemId)?.explanation ?? '')).toBeVisible();
    expect(cardButton(second.duty)).toHaveAttribute('aria-pressed', 'true');
    expect(within(pile()).getByRole('button', { name: second.duty })).toBeInTheDocument();

    await user.click(within(bucket(second.answer)).getByRole('heading', { name: sortStrings.buckets[second.answer] }));
    expect(within(bucket(second.answer)).getByText(second.duty)).toBeInTheDocument();
    expect(sortEvents().map((e) => [e.itemId, e.chosen])).toEqual([
      [first.itemId, wrong],
      [second.itemId, second.answer],
    ]);
  }, SLOW);

  it('lets go of a selected card with Escape or Cancel', async () => {
    const r = round({ kind: 'owner', seed: 1 });
    const [first] = r.cards;
    if (!first) throw new Error('empty round');
    const { user } = await renderApp('/sort?kind=owner&seed=1');
    await user.click(cardButton(first.duty));
    await user.click(screen.getByRole('button', { name: sortStrings.cancelSelection }));
    expect(cardButton(first.duty)).toHaveAttribute('aria-pressed', 'false');
    expect(cardButton(first.duty)).toHaveFocus();
    await user.click(cardButton(first.duty));
    await user.keyboard('{Escape}');
    expect(cardButton(first.duty)).toHaveAttribute('aria-pressed', 'false');
    expect(sortEvents()).toEqual([]);
  });
});

describe('Sort page: start screen and links', () => {
  it('starts a service round for the chosen service, puts a clock seed in the URL, and reproduces it from that URL', async () => {
    const { user, router } = await renderApp('/sort');
    await user.click(screen.getByRole('radio', { name: new RegExp(sortStrings.kinds.service) }));
    await user.selectOptions(screen.getByRole('combobox', { name: sortStrings.serviceLabel }), 'rds');
    await user.click(screen.getByRole('radio', { name: new RegExp(sortStrings.feedback.end) }));
    await user.click(screen.getByRole('button', { name: sortStrings.start }));

    await waitFor(() => expect(router.state.location.search).toMatch(/^\?kind=service&service=rds&seed=\d+&feedback=end$/));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(sortStrings.serviceRoundTitle('RDS'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(screen.getByRole('button', { name: sortStrings.checkAll })).toBeInTheDocument();
    const seed = Number(new URLSearchParams(router.state.location.search).get('seed'));
    const expected = round({ kind: 'service', service: 'rds', seed });
    expect(within(pile()).getAllByRole('button').map((b) => b.textContent)).toEqual(expected.cards.map((c) => c.duty));
  });

  it('opens a link without a seed on the start screen with its choices made', async () => {
    await renderApp('/sort?kind=service&service=s3&feedback=end');
    expect(screen.getByRole('radio', { name: new RegExp(sortStrings.kinds.service) })).toBeChecked();
    expect(screen.getByRole('combobox', { name: sortStrings.serviceLabel })).toHaveValue('s3');
    expect(screen.getByRole('radio', { name: new RegExp(sortStrings.feedback.end) })).toBeChecked();
  });

  it('says so when a link cannot make a round', async () => {
    await renderApp('/sort?kind=owner&seed=banana');
    expect(screen.getByRole('alert')).toHaveTextContent(sortStrings.linkProblems['invalid-link-seed']);
    expect(screen.getByRole('button', { name: sortStrings.start })).toBeInTheDocument();
  });

  it('lists the best score and time of each kind of round', async () => {
    await renderApp('/sort');
    expect(screen.getByText(sortStrings.bestsNone)).toBeInTheDocument();
    useAppStore.getState().saveSortResult('service:rds', { correct: 6, total: 7, ms: 83_000, at: Date.UTC(2025, 0, 2) });
    const table = await screen.findByRole('table', { name: sortStrings.bestsCaption });
    const row = within(table).getByRole('row', { name: new RegExp(sortStrings.serviceRoundName('RDS')) });
    expect(row).toHaveTextContent(sortStrings.scoreValue(6, 7));
    expect(row).toHaveTextContent('1:23');
  });

  it('asks before leaving a round in progress, and goes back to the start screen', async () => {
    const r = round({ kind: 'owner', seed: 8 });
    const [first] = r.cards;
    if (!first) throw new Error('empty round');
    const { user, router } = await renderApp('/sort?kind=owner&seed=8&feedback=end');
    await tabToCard(user, first.duty);
    await user.keyboard('1');
    await user.click(screen.getByRole('button', { name: sortStrings.leave }));
    const dialog = screen.getByRole('dialog', { name: sortStrings.leaveTitle });
    await user.click(within(dialog).getByRole('button', { name: sortStrings.leaveConfirm }));
    await waitFor(() => expect(router.state.location.search).toBe('?kind=owner&feedback=end'));
    expect(screen.getByRole('button', { name: sortStrings.start })).toBeInTheDocument();
    expect(sortEvents()).toEqual([]);
  });
});
