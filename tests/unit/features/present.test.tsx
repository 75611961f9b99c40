import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { content } from '@/app/content-data';
import { buildDeck, parseSet } from '@/domain/present-deck';
import { useAppStore } from '@/store';
import { presentStrings } from '@/strings/present';
import { en } from '@/strings/en';
import { renderApp } from '../render-app';

const p = presentStrings;

function deckFor(setValue: string, seed: number) {
  const set = parseSet(setValue);
  const result = set ? buildDeck(content, set, seed) : undefined;
  if (!result?.ok) throw new Error(`no deck for ${setValue}`);
  return result.deck;
}

const duty = (id: string | undefined) => content.items.find((i) => i.id === id)?.duty ?? '';
const room = () => screen.getAllByRole('dialog')[0] ?? document.body;
const searchOf = (router: { state: { location: { search: string } } }) => router.state.location.search;

beforeEach(() => {
  sessionStorage.clear();
  useAppStore.setState((state) => ({ settings: { ...state.settings, presentScale: 1, presentContrast: false } }));
});

describe('Present: the set chooser', () => {
  it('offers every kind of set with its size, and builds the lesson link from the choice', async () => {
    const { user, router } = await renderApp('/present');
    expect(screen.getByRole('heading', { level: 1, name: p.title })).toBeInTheDocument();
    for (const label of Object.values(p.kinds)) expect(screen.getByRole('radio', { name: new RegExp(`^${label}`) })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: new RegExp(`^${p.kinds.category}`) })).toBeChecked();

    await user.selectOptions(screen.getByRole('combobox', { name: p.categoryLabel }), 'network-firewall');
    await user.selectOptions(screen.getByRole('combobox', { name: p.sizeLabel }), '5');
    const link = screen.getByRole<HTMLInputElement>('textbox', { name: p.linkLabel });
    expect(link.value).toMatch(/\/present\?set=category:network-firewall&seed=\d+&n=5&i=1$/);

    await user.click(screen.getByRole('radio', { name: new RegExp(`^${p.kinds['sort-service']}`) }));
    await user.selectOptions(screen.getByRole('combobox', { name: p.serviceLabel }), 'rds');
    expect(link.value).toMatch(/set=sort:service:rds&seed=\d+/);
    expect(screen.getByText(p.prompts.service(en.service.rds))).toBeInTheDocument();

    const before = link.value;
    await user.click(screen.getByRole('button', { name: p.shuffle }));
    expect(link.value).not.toBe(before);

    await user.click(screen.getByRole('link', { name: p.start }));
    await screen.findByRole('dialog');
    // The size chosen for the category still fits the service's set, so it carries over.
    expect(searchOf(router)).toMatch(/^\?set=sort:service:rds&seed=\d+&n=5&i=1$/);
    expect(within(room()).getByText(p.prompts.service(en.service.rds))).toBeInTheDocument();
  });

  it('explains a lesson link it cannot open', async () => {
    await renderApp('/present?set=category:nope&seed=1');
    expect(screen.getByRole('alert')).toHaveTextContent(p.problems['unknown-set']('category:nope'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('saves the text size and contrast for the room’s screen in settings', async () => {
    const { user } = await renderApp('/present');
    await user.click(screen.getByRole('checkbox', { name: p.contrastLabel }));
    expect(useAppStore.getState().settings.presentContrast).toBe(true);
    fireEvent.change(screen.getByRole('slider', { name: p.scaleLabel }), { target: { value: '1.25' } });
    expect(useAppStore.getState().settings.presentScale).toBe(1.25);
    expect(screen.getByText(p.scaleValue(1.25))).toBeInTheDocument();
  });
});

describe('Present: the room’s screen', () => {
  it('shows the duty, then on Space the answer, and keeps the address on the item shown', async () => {
    const deck = deckFor('category:network-firewall', 7);
    const { user, router } = await renderApp('/present?set=category:network-firewall&seed=7&i=2');
    const surface = room();
    expect(within(surface).getByRole('heading', { level: 2, name: duty(deck.cards[1]?.itemId) })).toBeInTheDocument();
    expect(within(surface).queryByText(p.answerLabel)).not.toBeInTheDocument();

    await user.keyboard(' ');
    expect(within(surface).getByText(p.answerLabel)).toBeInTheDocument();
    expect(within(surface).getByRole('status')).toHaveTextContent(p.announce.answer(en.owner[deck.cards[1]?.answer === 'aws' ? 'aws' : deck.cards[1]?.answer === 'shared' ? 'shared' : 'customer']));
    const item = content.items.find((i) => i.id === deck.cards[1]?.itemId);
    expect(within(surface).getByText(item?.explanation ?? '')).toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    expect(within(surface).getByRole('heading', { level: 2, name: duty(deck.cards[2]?.itemId) })).toBeInTheDocument();
    await waitFor(() => expect(searchOf(router)).toBe('?set=category:network-firewall&seed=7&i=3'));
    await user.keyboard('{ArrowLeft}');
    expect(within(surface).getByText(p.answerLabel)).toBeInTheDocument();
    await waitFor(() => expect(searchOf(router)).toBe('?set=category:network-firewall&seed=7&i=2'));
  });

  it('counts hands with buttons and keys, shows the split on reveal, and never records progress', async () => {
    const deck = deckFor('sort:pentest', 3);
    const card = deck.cards[0];
    const right = card?.answer === 'allowed' ? p.buckets.allowed : p.buckets.prohibited;
    const wrong = card?.answer === 'allowed' ? p.buckets.prohibited : p.buckets.allowed;
    const progressBefore = useAppStore.getState().progress;
    const { user } = await renderApp('/present?set=sort:pentest&seed=3&i=1');
    const surface = room();
    await user.click(within(surface).getByRole('button', { name: p.addHand(right) }));
    await user.click(within(surface).getByRole('button', { name: p.addHand(right) }));
    await user.click(within(surface).getByRole('button', { name: p.addHand(wrong) }));
    await user.keyboard(card?.answer === 'allowed' ? 'a' : 'p');
    await user.keyboard('{Shift>}2{/Shift}');
    await user.keyboard('2');
    expect(within(surface).getByRole('status')).toHaveTextContent(p.handsFor(p.buckets.prohibited, card?.answer === 'allowed' ? 1 : 3));

    await user.click(within(surface).getByRole('button', { name: p.reveal }));
    const results = within(surface).getByRole('region', { name: p.resultsTitle });
    expect(results).toHaveTextContent(p.roomRight(3 / 4, 4));
    const rows = within(results).getAllByRole('listitem');
    const rightRow = rows.find((row) => row.textContent?.includes(right));
    expect(rightRow).toHaveTextContent(p.rightAnswer);
    expect(rightRow).toHaveTextContent(p.barValue(3, 0.75));
    expect(rows.find((row) => row.textContent?.includes(wrong))).not.toHaveTextContent(p.rightAnswer);

    expect(useAppStore.getState().progress).toBe(progressBefore);
  });

  it('ends on the misconception board, worst first, each with its right owner', async () => {
    const deck = deckFor('category:core', 4);
    const { user } = await renderApp('/present?set=category:core&seed=4&i=1');
    const surface = room();
    const wrongKey = (answer: string | undefined) => (answer === 'aws' ? 'c' : 'a');
    const rightKey = (answer: string | undefined) => (answer === 'aws' ? 'a' : answer === 'shared' ? 's' : 'c');
    // Item 1: 1 of 2 wrong; item 2: 3 of 4 wrong; the rest right or not polled.
    await user.keyboard(`${rightKey(deck.cards[0]?.answer)}${wrongKey(deck.cards[0]?.answer)}{ArrowRight}{ArrowRight}`);
    await user.keyboard(`${rightKey(deck.cards[1]?.answer)}${wrongKey(deck.cards[1]?.answer).repeat(3)}{ArrowRight}{ArrowRight}`);
    await user.keyboard(`${rightKey(deck.cards[2]?.answer)}{End}`);
    const board = within(surface).getByRole('region', { name: p.boardTitle });
    expect(board).toHaveTextContent(p.boardSummary(3, deck.cards.length, 3 / 7));
    const entries = within(board).getAllByRole('listitem');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toHaveTextContent(duty(deck.cards[1]?.itemId));
    expect(entries[0]).toHaveTextContent(p.boardWrong(0.75, 4));
    const owner = (answer: string | undefined) => (answer === 'aws' ? en.owner.aws : answer === 'shared' ? en.owner.shared : en.owner.customer);
    expect(entries[0]).toHaveTextContent(`${p.boardRight}${owner(deck.cards[1]?.answer)}`);
    expect(entries[1]).toHaveTextContent(duty(deck.cards[0]?.itemId));
  });

  it('starts over from the board after asking, clearing the room’s hands', async () => {
    const deck = deckFor('category:core', 4);
    const { user, router } = await renderApp('/present?set=category:core&seed=4&i=1');
    await user.keyboard(`${deck.cards[0]?.answer === 'aws' ? 'c' : 'a'}{End}`);
    const surface = room();
    expect(within(surface).getAllByRole('listitem')).toHaveLength(1);
    await user.click(within(surface).getByRole('button', { name: p.startOver }));
    const ask = screen.getByRole('dialog', { name: p.startOverTitle });
    await user.click(within(ask).getByRole('button', { name: p.cancel }));
    expect(within(surface).getByRole('region', { name: p.boardTitle })).toBeInTheDocument();
    await user.click(within(surface).getByRole('button', { name: p.startOver }));
    await user.click(within(screen.getByRole('dialog', { name: p.startOverTitle })).getByRole('button', { name: p.startOverConfirm }));
    expect(within(surface).getByRole('heading', { level: 2, name: duty(deck.cards[0]?.itemId) })).toBeInTheDocument();
    await waitFor(() => expect(searchOf(router)).toBe('?set=category:core&seed=4&i=1'));
    await user.keyboard('{End}');
    expect(within(surface).getByRole('region', { name: p.boardTitle })).toHaveTextContent(p.boardNoHands);
  });

  it('blanks on B and comes back on any key', async () => {
    const { user } = await renderApp('/present?set=category:core&seed=4&i=1');
    await user.keyboard('b');
    expect(screen.getByText(p.blanked)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(p.announce.blankOn);
    await user.keyboard('{ArrowRight}');
    expect(screen.queryByText(p.blanked)).not.toBeInTheDocument();
    // The key that brought the screen back did nothing else.
    expect(within(room()).queryByText(p.answerLabel)).not.toBeInTheDocument();
  });

  it('leaves to the chooser on Esc, offering to resume where the lesson was', async () => {
    const { user, router } = await renderApp('/present?set=sort:control&seed=2&i=3');
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { level: 1, name: p.title })).toBeInTheDocument();
    expect(searchOf(router)).toBe('');
    const resume = screen.getByRole('link', { name: p.resume(p.setNames['sort-control'], 3, deckFor('sort:control', 2).cards.length) });
    expect(resume).toHaveFocus();
    expect(screen.getByRole('radio', { name: new RegExp(`^${p.kinds['sort-control']}`) })).toBeChecked();
  });

  it('says when the browser has no full screen, instead of failing silently', async () => {
    const { user } = await renderApp('/present?set=category:core&seed=4&i=1');
    await user.keyboard('f');
    expect(screen.getByRole('alert')).toHaveTextContent(p.fullscreenUnavailable);
  });

  it('tells the presenter when the browser blocks the presenter window, with a link to open it', async () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    const { user } = await renderApp('/present?set=category:core&seed=4&i=2');
    await user.click(screen.getByRole('button', { name: p.presenterView }));
    expect(window.open).toHaveBeenCalledWith('/present?set=category:core&seed=4&i=2&view=presenter', 'srm-trainer-presenter', expect.stringContaining('popup'));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(p.popupBlocked);
    expect(within(alert).getByRole('link', { name: p.presenterView })).toHaveAttribute('href', '/present?set=category:core&seed=4&i=2&view=presenter');
  });
});

describe('Present: the presenter view', () => {
  it('shows the item on screen with its answer, what comes next, speaker notes and a timer', async () => {
    const deck = deckFor('category:network-firewall', 7);
    const { user } = await renderApp('/present?set=category:network-firewall&seed=7&i=1&view=presenter');
    const view = screen.getByRole('dialog', { name: p.presenterTitle });
    const onScreen = within(view).getByRole('region', { name: p.onScreen });
    const item = content.items.find((i) => i.id === deck.cards[0]?.itemId);
    expect(onScreen).toHaveTextContent(duty(deck.cards[0]?.itemId));
    expect(onScreen).toHaveTextContent(p.roomSees.question);
    expect(within(view).getByRole('region', { name: p.upNext })).toHaveTextContent(duty(deck.cards[1]?.itemId));
    const notes = within(view).getByRole('region', { name: p.notesTitle });
    expect(notes).toHaveTextContent(item?.explanation ?? '');
    expect(notes).toHaveTextContent(item?.misconception ?? p.noMisconception);
    expect(within(view).getByRole('timer')).toHaveTextContent(/^\d\d:\d\d$/);
    await user.click(within(view).getByRole('button', { name: p.blank }));
    expect(onScreen).toHaveTextContent(p.roomSees.blank);
    expect(within(view).getByRole('button', { name: p.unblank })).toBeInTheDocument();
  });

  it('keeps a second window of the same lesson in step, both ways', async () => {
    const deck = deckFor('category:network-firewall', 7);
    await renderApp('/present?set=category:network-firewall&seed=7&i=1&view=presenter');
    const presenter = screen.getByRole('dialog', { name: p.presenterTitle });
    const { user } = await renderApp('/present?set=category:network-firewall&seed=7&i=1');
    const audience = await screen.findByRole('dialog', { name: content.categories.find((c) => c.id === 'network-firewall')?.name ?? '' }, { timeout: 5000 });
    await waitFor(() => expect(presenter).toHaveTextContent(p.linked));

    await act(async () => {
      await user.click(within(presenter).getByRole('button', { name: p.reveal }));
    });
    await waitFor(() => expect(within(audience).getByText(p.answerLabel)).toBeInTheDocument());
    await user.click(within(audience).getByRole('button', { name: p.next }));
    await waitFor(() => expect(within(presenter).getByRole('region', { name: p.onScreen })).toHaveTextContent(duty(deck.cards[1]?.itemId)));
    const word = deck.cards[1]?.answer === 'aws' ? en.owner.aws : deck.cards[1]?.answer === 'shared' ? en.owner.shared : en.owner.customer;
    await user.click(within(audience).getByRole('button', { name: p.addHand(word) }));
    await waitFor(() => expect(within(presenter).getByRole('button', { name: p.addHand(word) }).parentElement).toHaveTextContent('1'));
  });
});
