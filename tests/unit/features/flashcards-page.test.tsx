import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordAnswer } from '@/domain/record';
import { EMPTY_PROGRESS, memoryOf, type Progress } from '@/domain/progress-schema';
import type { Grade } from '@/domain/scheduling';
import { hydrateSavedState, useAppStore } from '@/store';
import { flashcardsStrings } from '@/strings/flashcards';
import { en } from '@/strings/en';
import { renderApp } from '../render-app';

const t = flashcardsStrings;
const MINUTE = 60_000;

/** The first items of the "Hardware lifecycle" category, all AWS's, in content order. */
const HW_FIRST = 'Securely disposing of failed or retired storage devices';

const question = () => screen.getByRole('heading', { level: 2, name: /who is responsible for/i });
const gradeButton = (grade: Grade) => screen.getByRole('button', { name: new RegExp(`^${t.grades[grade]}\\b`) });
const events = () => useAppStore.getState().progress.events;

function graded(ids: readonly string[], at: number, grade: Grade = 'good'): Progress {
  return ids.reduce(
    (progress, itemId, i) => recordAnswer(progress, { itemId, mode: 'flashcards', correct: grade !== 'again', chosen: null, grade }, at + i * 1000),
    EMPTY_PROGRESS,
  );
}

beforeEach(() => {
  useAppStore.getState().resetProgress();
  useAppStore.getState().setNewPerDay(10);
});

// The first test also loads the page's lazy chunk; the machine may be shared.
describe('Flashcards', { timeout: 20_000 }, () => {
  it('shows a card’s question, turns it with Space, and shows the owner, why, the quote and the misconception', async () => {
    const { user } = await renderApp('/flashcards');
    expect(screen.getByText(t.position(1, 10))).toBeInTheDocument();
    expect(question()).toHaveTextContent(t.question('Security "in" the cloud: protecting whatever is put into or connected to the cloud'));
    expect(screen.queryByRole('heading', { name: t.why })).not.toBeInTheDocument();

    await user.keyboard(' ');
    const card = screen.getByRole('article');
    expect(within(card).getByRole('heading', { name: t.why })).toBeInTheDocument();
    expect(within(card).getByText(en.owner.customer, { selector: 'span' })).toBeInTheDocument();
    expect(within(card).getByRole('blockquote')).toBeInTheDocument();
    expect(within(card).getByText(/From “The Shared Responsibility Model/)).toBeInTheDocument();
    expect(within(card).getByRole('heading', { name: t.misconception })).toBeInTheDocument();
    // Screen readers hear the answer when the card turns.
    expect(screen.getByRole('status')).toHaveTextContent(`Answer: ${en.owner.customer}.`);
    // Nothing was recorded just by turning the card.
    expect(events()).toHaveLength(0);
  });

  it('grades with the number keys and records a review that moves the schedule', async () => {
    const { user } = await renderApp('/flashcards?category=hardware-lifecycle');
    expect(question()).toHaveTextContent(HW_FIRST);
    await user.keyboard('{Enter}');
    await user.keyboard('3');
    expect(events()).toEqual([expect.objectContaining({ itemId: 'hw-device-decommissioning', mode: 'flashcards', correct: true, chosen: null })]);
    const memory = memoryOf(useAppStore.getState().progress, 'hw-device-decommissioning');
    expect(memory?.due).toBeGreaterThan(Date.now() + 9 * MINUTE);
    expect(screen.getByText(t.position(2, 4))).toBeInTheDocument();
    expect(question()).not.toHaveTextContent(HW_FIRST);
    // The next card's front is announced.
    expect(screen.getByRole('status')).toHaveTextContent(t.position(2, 4));
  });

  it('grades with the buttons, each saying when the card comes back', async () => {
    const { user } = await renderApp('/flashcards?category=hardware-lifecycle');
    await user.click(screen.getByRole('button', { name: t.turn }));
    expect(gradeButton('again')).toHaveAccessibleName(t.gradeName(t.grades.again, '1 min'));
    expect(gradeButton('good')).toHaveAccessibleName(t.gradeName(t.grades.good, '10 min'));
    expect(gradeButton('easy')).toHaveAccessibleName(new RegExp(`^${t.gradeName(t.grades.easy, '\\d+ days')}$`));
    await user.click(gradeButton('again'));
    expect(events()).toEqual([expect.objectContaining({ itemId: 'hw-device-decommissioning', correct: false, chosen: null })]);
    expect(memoryOf(useAppStore.getState().progress, 'hw-device-decommissioning')?.due).toBeLessThan(Date.now() + 2 * MINUTE);
  });

  it('undoes the last grade with U: the progress before it comes back, and so does the card', async () => {
    const { user } = await renderApp('/flashcards?category=hardware-lifecycle');
    await user.keyboard(' 4');
    expect(events()).toHaveLength(1);
    expect(question()).not.toHaveTextContent(HW_FIRST);

    await user.keyboard('u');
    expect(useAppStore.getState().progress).toEqual(EMPTY_PROGRESS);
    expect(question()).toHaveTextContent(HW_FIRST);
    expect(screen.getByText(t.position(1, 4))).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: t.why })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/Grade undone/);
    // Graded again, differently this time.
    await user.keyboard('1');
    expect(events()).toEqual([expect.objectContaining({ itemId: 'hw-device-decommissioning', correct: false })]);
    expect(screen.queryByRole('button', { name: t.undo })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t.undo }));
    expect(events()).toHaveLength(0);
  });

  it('commit then check: a wrong owner is called out, Again is preselected, and the owner picked is recorded', async () => {
    const { user } = await renderApp('/flashcards?category=hardware-lifecycle');
    await user.keyboard('c');
    expect(screen.getByText(t.wrong)).toBeInTheDocument();
    expect(screen.getByText(t.wrongText(en.owner.customer, en.owner.aws))).toBeInTheDocument();
    await waitFor(() => expect(gradeButton('again')).toHaveFocus());
    expect(gradeButton('again')).toHaveAccessibleDescription(t.suggested);
    await user.keyboard('{Enter}');
    expect(events()).toEqual([expect.objectContaining({ itemId: 'hw-device-decommissioning', correct: false, chosen: 'customer' })]);

    // The next card (also AWS's), committed with the button this time: right, and Good is preselected.
    await user.click(screen.getByRole('button', { name: en.owner.aws }));
    expect(screen.getByText(t.right)).toBeInTheDocument();
    await waitFor(() => expect(gradeButton('good')).toHaveFocus());
    await user.keyboard(' ');
    expect(events()[1]).toEqual(expect.objectContaining({ correct: true, chosen: 'aws' }));
  });

  it('asks about a named service when the owner depends on the service, and expects that service’s owner', async () => {
    const { user } = await renderApp('/flashcards?category=service-types&owner=shared');
    const front = question().textContent ?? '';
    const match = /^On (.+), who is responsible for: Patching the operating system\?$/.exec(front);
    expect(match, front).not.toBeNull();
    await user.keyboard(' ');
    const card = screen.getByRole('article');
    expect(within(card).getByText(t.answerOnService(match?.[1] ?? ''))).toBeInTheDocument();
    expect(within(card).getByText(t.generalOwner)).toBeInTheDocument();
  });

  it('finishes with a summary: cards studied, accuracy of committed answers, time, and when they come back', async () => {
    const { user } = await renderApp('/flashcards?category=hardware-lifecycle');
    await user.keyboard('a3'); // right
    await user.keyboard('c1'); // wrong, Again
    await user.keyboard(' 3'); // no commit
    await user.keyboard(' 4'); // no commit
    const summary = await screen.findByRole('heading', { name: t.summaryTitle });
    await waitFor(() => expect(summary).toHaveFocus());
    const stat = (label: string) => screen.getByText(label, { selector: 'dt' }).parentElement;
    expect(stat(t.studied)).toHaveTextContent('4');
    expect(stat(t.accuracy)).toHaveTextContent(`50%${t.accuracyNote(1, 2)}`);
    expect(stat(t.time)).toHaveTextContent(/\d+ s/);
    const comeback = within(screen.getByRole('region', { name: t.comebackTitle })).getAllByRole('listitem');
    expect(comeback.map((li) => li.textContent)).toEqual([t.comeback(1, 1, 'minute'), t.comeback(2, 10, 'minute'), expect.stringMatching(/^1 card in \d+ days$/)]);
    expect(screen.getByRole('link', { name: t.seeProgress })).toHaveAttribute('href', '/progress');
  });

  it('when nothing is due, says when the next card is due and offers cram or new items', async () => {
    const ids = ['hw-device-decommissioning', 'hw-media-classification', 'hw-hardware-maintenance', 'hw-virtualization-hardware'];
    useAppStore.getState().replaceProgress(graded(ids, Date.now() - 5 * MINUTE));
    const { user } = await renderApp('/flashcards?category=hardware-lifecycle');
    expect(screen.getByRole('heading', { name: t.emptyTitle })).toBeInTheDocument();
    expect(screen.getByText(t.nothingDue)).toBeInTheDocument();
    expect(screen.getByText(/^The next card is due in 5 min \(/)).toBeInTheDocument();
    expect(screen.getByText(t.allLearned)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: t.cramThese(4) }));
    expect(screen.getByText(t.cramCount(4))).toBeInTheDocument();
    const before = useAppStore.getState().progress.memory;
    await user.keyboard(' 1');
    // Cram records the answer but leaves the schedule alone.
    expect(events()).toHaveLength(5);
    expect(events()[4]).toEqual(expect.objectContaining({ mode: 'flashcards', correct: false }));
    expect(useAppStore.getState().progress.memory).toEqual(before);
  });

  it('keeps to the daily limit of new cards, counted from today’s answers, and offers more on request', async () => {
    useAppStore.getState().setNewPerDay(3);
    useAppStore.getState().replaceProgress(graded(['core-security-in-the-cloud', 'core-security-of-the-cloud', 'core-underlying-infrastructure'], Date.now() - 2 * MINUTE));
    const { user } = await renderApp('/flashcards');
    expect(screen.getByText(t.limitReached(3))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t.learnNew(3) }));
    expect(screen.getByText(t.position(1, 3))).toBeInTheDocument();
    expect(screen.getByText(t.planCounts(0, 3))).toBeInTheDocument();
  });

  it('filters only my mistakes, and says so when there are none', async () => {
    await renderApp('/flashcards?mistakes=1');
    expect(screen.getByText(t.noMistakes)).toBeInTheDocument();
  });

  it('opens a filtered session from the choices, and lists every shortcut on ?', async () => {
    const { user, router } = await renderApp('/flashcards');
    await user.click(screen.getByText(t.filtersSummary([])));
    await user.selectOptions(screen.getByRole('combobox', { name: t.category }), 'network-firewall');
    await waitFor(() => expect(router.state.location.search).toBe('?category=network-firewall'));
    expect(question()).toHaveTextContent('Configuring the logical network and firewall rules of a VPC');

    // Typing "?" in the category list is not a shortcut; on the card it is.
    await user.keyboard('?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(question());
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: t.shortcutsTitle });
    for (const { action } of t.shortcuts) expect(within(dialog).getByText(action)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: t.close }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  describe('drawn for a new learner before the saved copy is read (as the prerendered page is)', () => {
    const FIRST = t.question('Security "in" the cloud: protecting whatever is put into or connected to the cloud');
    const frame = () => question().closest('[data-learner]');
    beforeEach(() => {
      // The store has read its (empty) copy once already; the test plays the moment before that read.
      hydrateSavedState();
      useAppStore.setState({ savedStateLoaded: false, savedStateFound: false });
    });
    afterEach(() => useAppStore.setState({ savedStateLoaded: true, savedStateFound: false }));

    it('keeps the very same card for a new learner once the copy is read: nothing is drawn again', async () => {
      await renderApp('/flashcards');
      expect(question()).toHaveTextContent(FIRST);
      expect(frame()).toHaveAttribute('data-learner', 'unknown');
      const drawn = question();
      act(() => useAppStore.setState({ savedStateLoaded: true, savedStateFound: false }));
      expect(question()).toBe(drawn);
      expect(frame()).toHaveAttribute('data-learner', 'new');
    });

    it('plans a returning learner’s own session once their progress is read: due cards first', async () => {
      const ids = ['hw-device-decommissioning', 'hw-media-classification'];
      await renderApp('/flashcards');
      expect(screen.getByText(t.planCounts(0, 10))).toBeInTheDocument();
      // Their saved progress arrives: two cards answered "Again" an hour ago are due again.
      act(() => useAppStore.setState({ progress: graded(ids, Date.now() - 60 * MINUTE, 'again'), savedStateLoaded: true, savedStateFound: true }));
      expect(screen.getByText(t.planCounts(2, 8))).toBeInTheDocument();
      expect(screen.getByText(t.kind.due)).toBeInTheDocument();
      expect(question()).toHaveTextContent(HW_FIRST);
      expect(frame()).toHaveAttribute('data-learner', 'returning');
    });
  });

  it('ignores shortcuts while typing in a field or with a modifier key', async () => {
    const { user } = await renderApp('/flashcards?category=hardware-lifecycle');
    await user.click(screen.getByText(t.filtersSummary(['Hardware lifecycle'])));
    screen.getByRole('combobox', { name: t.category }).focus();
    await user.keyboard('c ');
    expect(screen.queryByRole('heading', { name: t.why })).not.toBeInTheDocument();
    screen.getByRole('button', { name: t.turn }).focus();
    await user.keyboard('{Control>}a{/Control}{Alt>}s{/Alt}{Meta>}c{/Meta}');
    expect(screen.queryByText(t.wrong)).not.toBeInTheDocument();
    expect(screen.queryByText(t.right)).not.toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: t.why })).toBeInTheDocument();
    await user.keyboard('{Control>}3{/Control}{Alt>}1{/Alt}');
    expect(events()).toHaveLength(0);
  });
});
