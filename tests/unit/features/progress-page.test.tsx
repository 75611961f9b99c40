import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportProgress } from '@/domain/transfer';
import { recordAnswer } from '@/domain/record';
import { EMPTY_PROGRESS, type Progress } from '@/domain/progress-schema';
import { useAppStore } from '@/store';
import { en } from '@/strings/en';
import { progressStrings } from '@/strings/progress';
import { renderApp } from '../render-app';

const NOW = Date.now();

function progressWith(answers: [string, boolean, string][]): Progress {
  return answers.reduce(
    (progress, [itemId, correct, chosen], i) => recordAnswer(progress, { itemId, mode: 'quiz', correct, chosen }, NOW - (answers.length - i) * 60_000),
    EMPTY_PROGRESS,
  );
}

const file = (text: string) => new File([text], 'progress.json', { type: 'application/json' });

beforeEach(() => {
  useAppStore.getState().resetProgress();
});

describe('Progress page', () => {
  it('before a first answer, says where to start instead of showing empty figures', async () => {
    await renderApp('/progress');
    expect(screen.getByText(progressStrings.empty)).toBeInTheDocument();
    const start = screen.getByRole('region', { name: progressStrings.firstStepsLabel });
    expect(within(start).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/flashcards', '/sort', '/quiz', '/settings']);
    expect(screen.queryByRole('table', { name: progressStrings.masteryCaption })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: progressStrings.activityTitle })).not.toBeInTheDocument();
    // Importing a copy from another device is where a learner on a new device starts.
    expect(screen.getByLabelText(progressStrings.import)).toBeInTheDocument();
  });

  it('shows the figures from the first answer on', async () => {
    useAppStore.getState().replaceProgress(progressWith([['glb-regions', true, 'aws']]));
    await renderApp('/progress');
    expect(screen.queryByText(progressStrings.empty)).not.toBeInTheDocument();
    expect(screen.getByRole('table', { name: progressStrings.masteryCaption })).toBeInTheDocument();
    expect(screen.getByText(progressStrings.misconceptionsNone)).toBeInTheDocument();
  });

  it('shows mastery, the streak and the misconceptions a learner keeps making', async () => {
    useAppStore.getState().replaceProgress(
      progressWith([
        ['platform-os-patching-ec2', false, 'aws'],
        ['platform-os-patching-ec2', false, 'aws'],
        ['glb-regions', true, 'aws'],
      ]),
    );
    await renderApp('/progress');
    const streak = screen.getByRole('heading', { name: progressStrings.streak }).parentElement;
    expect(streak).toHaveTextContent('1 day');
    const habits = screen.getByRole('heading', { name: progressStrings.misconceptionsTitle }).parentElement;
    expect(within(habits as HTMLElement).getByRole('link', { name: 'Patching the guest operating system on EC2 instances' })).toHaveAttribute(
      'href',
      '/items/platform-os-patching-ec2',
    );
    expect(habits).toHaveTextContent(progressStrings.misconception(en.owner.aws));
    const table = screen.getByRole('table', { name: progressStrings.masteryCaption });
    expect(within(table).getByRole('row', { name: /Global infrastructure/ })).toHaveTextContent(/1 of \d+/);
  });

  it('imports a progress file only after showing what it will replace and asking', async () => {
    const incoming = progressWith([['glb-regions', true, 'aws'], ['phy-power', true, 'aws']]);
    const { user } = await renderApp('/progress');
    await user.upload(screen.getByLabelText(progressStrings.import), file(JSON.stringify(exportProgress(incoming, NOW))));
    const dialog = await screen.findByRole('dialog', { name: progressStrings.importTitle });
    expect(dialog).toHaveTextContent(progressStrings.importCurrent(0, 0));
    expect(dialog).toHaveTextContent(/The file: 2 answers on 2 items/);
    expect(useAppStore.getState().progress).toEqual(EMPTY_PROGRESS);
    await user.click(within(dialog).getByRole('button', { name: progressStrings.importConfirm }));
    expect(useAppStore.getState().progress).toEqual(incoming);
    expect(await screen.findByText(progressStrings.imported(2))).toBeInTheDocument();
  });

  it('cancelling an import changes nothing', async () => {
    const { user } = await renderApp('/progress');
    await user.upload(screen.getByLabelText(progressStrings.import), file(JSON.stringify(exportProgress(progressWith([['glb-regions', true, 'aws']]), NOW))));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: progressStrings.cancel }));
    expect(useAppStore.getState().progress).toEqual(EMPTY_PROGRESS);
  });

  it.each([
    ['a file that is not JSON', '{{{nope', progressStrings.importErrors['not-json']],
    ['a file from another app', JSON.stringify({ deck: 'anki' }), progressStrings.importErrors.foreign],
    ['a damaged progress file', JSON.stringify({ format: 'srm-trainer-progress', version: 1, exportedAt: 1, progress: { events: 3 } }), progressStrings.importErrors.damaged],
  ])('refuses %s with a clear message and keeps the current progress', async (_name, text, message) => {
    const before = progressWith([['glb-regions', true, 'aws']]);
    useAppStore.getState().replaceProgress(before);
    const { user } = await renderApp('/progress');
    await user.upload(screen.getByLabelText(progressStrings.import), file(text));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(useAppStore.getState().progress).toEqual(before);
  });

  it('resets only after confirmation', async () => {
    useAppStore.getState().replaceProgress(progressWith([['glb-regions', true, 'aws']]));
    const { user } = await renderApp('/progress');
    await user.click(screen.getByRole('button', { name: progressStrings.reset }));
    const dialog = await screen.findByRole('dialog', { name: progressStrings.resetTitle });
    // The safe choice has focus: Enter on a dialog opened by mistake keeps the progress.
    expect(within(dialog).getByRole('button', { name: progressStrings.cancel })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: progressStrings.cancel }));
    expect(useAppStore.getState().progress.events).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: progressStrings.reset }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: progressStrings.resetConfirm }));
    await waitFor(() => expect(useAppStore.getState().progress).toEqual(EMPTY_PROGRESS));
    expect(await screen.findByText(progressStrings.empty)).toBeInTheDocument();
  });
});

describe('Home', () => {
  it('suggests starting with flashcards before any study', async () => {
    await renderApp('/');
    expect(screen.getByRole('link', { name: en.next.start })).toHaveAttribute('href', '/flashcards');
  });

  it('sends a learner with due cards to review them first', async () => {
    // A wrong answer brings the card back within minutes: by now it is due.
    useAppStore.getState().replaceProgress(progressWith([['platform-os-patching-ec2', false, 'aws'], ['platform-os-patching-ec2', false, 'aws']]));
    await renderApp('/');
    // The plan loads with the content, after the page.
    expect(await screen.findByText(en.next.due(1))).toBeInTheDocument();
    expect(screen.getByRole('link', { name: en.next.reviewDue })).toHaveAttribute('href', '/flashcards');
    expect(screen.getByText(en.next.streak(1))).toBeInTheDocument();
  });

  it('sends a learner with misconceptions and nothing due to the sort exercise', async () => {
    // Two wrong answers, then a right one a minute ago: not due for a while, but the habit is not fixed yet.
    useAppStore.getState().replaceProgress(
      progressWith([
        ['platform-os-patching-ec2', false, 'aws'],
        ['platform-os-patching-ec2', false, 'aws'],
        ['platform-os-patching-ec2', true, 'customer'],
      ]),
    );
    await renderApp('/');
    expect(await screen.findByText(en.next.nothingDue)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: en.next.fixMisconceptions })).toHaveAttribute('href', '/sort');
  });
});

describe('Progress page study history', () => {
  it('lists the best sort rounds and recent quiz attempts', async () => {
    useAppStore.getState().saveSortResult('service:rds', { correct: 7, total: 8, ms: 65_000, at: NOW });
    useAppStore.getState().addQuizAttempt({
      id: 'a1',
      mode: 'exam',
      seed: 1,
      categories: [],
      sources: 'both',
      startedAt: NOW - 600_000,
      finishedAt: NOW,
      questionIds: ['q1'],
      answers: {},
      correct: 15,
      total: 20,
      scaled: 775,
      byCategory: [],
      msPerQuestion: {},
    });
    await renderApp('/progress');
    const sort = screen.getByRole('table', { name: progressStrings.sortCaption });
    expect(within(sort).getByRole('row', { name: /By service: RDS/ })).toHaveTextContent(/7 of 8.*1 min 05 s/);
    const quiz = screen.getByRole('table', { name: progressStrings.quizCaption });
    expect(within(quiz).getAllByRole('row')[1]).toHaveTextContent(/Exam simulation.*15 of 20 \(775\).*Pass/);
  });
});
