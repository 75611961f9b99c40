import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { content } from '@/app/content-data';
import { buildQuiz, examDeadline, type QuizOptions, type QuizQuestion } from '@/domain/quiz';
import { quotesFor } from '@/domain/quiz-session';
import { useAppStore } from '@/store';
import type { ExamSession } from '@/store/study-slice';
import { quizStrings } from '@/strings/quiz';
import { en } from '@/strings/en';
import { renderApp } from '../render-app';

// Whole quizzes driven click by click: slower than the default 5 s on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const t = quizStrings;
const rightIds = (q: QuizQuestion) => q.options.filter((o) => o.correct).map((o) => o.id);
const wrongIds = (q: QuizQuestion) => q.options.filter((o) => !o.correct).map((o) => o.id);
const itemsById = new Map(content.items.map((i) => [i.id, i]));

/** The first seed whose quiz satisfies `wanted`, so a test can ask for "a quiz that opens with a Choose two". */
function seedWhere(options: Omit<QuizOptions, 'seed'>, wanted: (quiz: QuizQuestion[]) => boolean): { seed: number; quiz: QuizQuestion[] } {
  for (let seed = 1; seed < 2000; seed++) {
    const quiz = buildQuiz(content, { ...options, seed });
    if (wanted(quiz)) return { seed, quiz };
  }
  throw new Error('no seed gives that quiz');
}

function first(quiz: readonly QuizQuestion[]): QuizQuestion {
  const q = quiz[0];
  if (!q) throw new Error('empty quiz');
  return q;
}

/** The label text of an option as the learner sees it (the owner's word for "who" questions). */
const optionName = (q: QuizQuestion, id: string): string => {
  const option = q.options.find((o) => o.id === id);
  if (!option) throw new Error(`no option ${id}`);
  return option.owner ? en.owner[option.owner] : option.text;
};

const question = () => screen.getByRole('group', { name: /./ });

beforeEach(() => {
  useAppStore.getState().resetProgress();
  useAppStore.setState({ quizAttempts: [], examSession: null });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('Quiz setup', () => {
  it('offers practice and the exam, every category ticked, and recent attempts (none yet)', async () => {
    await renderApp('/quiz');
    expect(screen.getByRole('heading', { level: 1, name: t.title })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: t.setup.modes.practice })).toBeChecked();
    const categories = screen.getByRole('group', { name: t.setup.categoriesLegend });
    expect(within(categories).getAllByRole('checkbox')).toHaveLength(content.categories.length);
    for (const box of within(categories).getAllByRole('checkbox')) expect(box).toBeChecked();
    expect(screen.getByText(t.recent.none)).toBeInTheDocument();
  });

  it('sets the exam to 20 questions in 40 minutes, and the time follows the length until changed', async () => {
    const { user } = await renderApp('/quiz');
    await user.click(screen.getByRole('radio', { name: t.setup.modes.exam }));
    const length = screen.getByRole('spinbutton', { name: t.setup.length });
    const minutes = screen.getByRole('spinbutton', { name: t.setup.minutes });
    expect(length).toHaveValue(20);
    expect(minutes).toHaveValue(40);
    await user.clear(length);
    await user.type(length, '30');
    expect(minutes).toHaveValue(60);
    await user.clear(minutes);
    await user.type(minutes, '45');
    await user.clear(length);
    await user.type(length, '10');
    expect(minutes).toHaveValue(45);
  });

  it('refuses to start with no category ticked, and says why', async () => {
    const { user } = await renderApp('/quiz');
    await user.click(screen.getByRole('button', { name: t.setup.selectNone }));
    await user.click(screen.getByRole('button', { name: t.setup.start.practice }));
    expect(screen.getByText(t.setup.categoriesError)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: t.title })).toBeInTheDocument();
  });
});

describe('Practice', () => {
  it('enforces "Choose two": checkboxes, and no submitting until exactly two are ticked; then scores all-or-nothing', async () => {
    const { seed, quiz } = seedWhere({ length: 3, sources: 'authored' }, (q) => first(q).choose === 2);
    const q = first(quiz);
    const { user } = await renderApp(`/quiz?seed=${seed}&length=3&sources=authored`);
    await user.click(screen.getByRole('button', { name: t.setup.start.practice }));

    expect(screen.getByRole('heading', { level: 2, name: q.stem })).toHaveTextContent('(Choose two.)');
    expect(within(question()).queryAllByRole('radio')).toHaveLength(0);
    expect(within(question()).getAllByRole('checkbox')).toHaveLength(q.options.length);
    const [right1 = '', right2 = ''] = rightIds(q);
    const [wrong1 = ''] = wrongIds(q);

    await user.click(screen.getByRole('checkbox', { name: optionName(q, right1) }));
    await user.click(screen.getByRole('button', { name: t.question.submit }));
    expect(screen.getByText(t.question.needMore(2))).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: t.feedback.right })).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: optionName(q, wrong1) }));
    await user.click(screen.getByRole('checkbox', { name: optionName(q, right2) }));
    expect(screen.getByText(t.question.selected(3, 2))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t.question.submit }));
    expect(screen.queryByRole('heading', { name: t.feedback.wrong })).not.toBeInTheDocument();
    expect(useAppStore.getState().progress.events).toHaveLength(0);

    // One right and one wrong: all-or-nothing, as on the exam.
    await user.click(screen.getByRole('checkbox', { name: optionName(q, right2) }));
    await user.click(screen.getByRole('button', { name: t.question.submit }));
    const focused = await screen.findByRole('heading', { name: t.feedback.wrong });
    await waitFor(() => expect(focused).toHaveFocus());
    const events = useAppStore.getState().progress.events;
    expect(events.map((e) => e.itemId)).toEqual([...new Set(q.itemIds)]);
    expect(events.every((e) => e.mode === 'quiz' && !e.correct && e.chosen === [right1, wrong1].sort().join(','))).toBe(true);
  });

  it('explains every option after an answer, and quotes the seed article behind the question', async () => {
    const { seed, quiz } = seedWhere({ length: 2, sources: 'generated' }, (q) => quotesFor(first(q), itemsById, content.sources).length > 0);
    const q = first(quiz);
    const quote = quotesFor(q, itemsById, content.sources)[0];
    const { user } = await renderApp(`/quiz?seed=${seed}&length=2&sources=generated`);
    await user.click(screen.getByRole('button', { name: t.setup.start.practice }));
    for (const id of rightIds(q)) await user.click(screen.getByRole(q.choose > 1 ? 'checkbox' : 'radio', { name: optionName(q, id) }));
    await user.click(screen.getByRole('button', { name: t.question.submit }));

    const focused = await screen.findByRole('heading', { name: t.feedback.right });
    await waitFor(() => expect(focused).toHaveFocus());
    const options = within(screen.getByRole('list', { name: t.feedback.optionsLabel })).getAllByRole('listitem');
    expect(options).toHaveLength(q.options.length);
    q.options.forEach((option, i) => {
      expect(options[i]).toHaveTextContent(option.why);
      if (option.correct) expect(options[i]).toHaveTextContent(t.feedback.correctOption);
      else expect(options[i]).not.toHaveTextContent(t.feedback.correctOption);
    });
    expect(screen.getAllByRole('blockquote').map((b) => b.textContent)).toContain(quote?.quote);
    expect(screen.getAllByText(t.feedback.quoteFrom(quote?.sourceTitle ?? '')).length).toBeGreaterThan(0);
    // The right answer recorded as a review event on each item the question tests.
    expect(useAppStore.getState().progress.events.map((e) => [e.itemId, e.correct])).toEqual([...new Set(q.itemIds)].map((id) => [id, true]));
  });

  it('works from the keyboard: 1-5 or A-E choose, Enter submits, N goes on; not with a modifier held', async () => {
    const { seed, quiz } = seedWhere({ length: 2, sources: 'authored' }, (q) => q.every((x) => x.choose === 1));
    const [q1, q2] = [first(quiz), quiz[1]];
    const { user } = await renderApp(`/quiz?seed=${seed}&length=2&sources=authored`);
    await user.click(screen.getByRole('button', { name: t.setup.start.practice }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: q1.stem })).toHaveFocus());

    await user.keyboard('{Control>}2{/Control}');
    await user.keyboard('{Alt>}b{/Alt}');
    expect(within(question()).getAllByRole('radio').filter((r) => r instanceof HTMLInputElement && r.checked)).toHaveLength(0);

    await user.keyboard('2');
    expect(within(question()).getAllByRole('radio')[1]).toBeChecked();
    await user.keyboard('c');
    expect(within(question()).getAllByRole('radio')[2]).toBeChecked();
    expect(within(question()).getAllByRole('radio')[2]).toHaveFocus();
    const chosen = q1.options[2]?.id ?? '';
    await user.keyboard('{Enter}');
    const verdict = await screen.findByRole('heading', { name: rightIds(q1).includes(chosen) ? t.feedback.right : t.feedback.wrong });
    await waitFor(() => expect(verdict).toHaveFocus());

    await user.keyboard('n');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: q2?.stem ?? '' })).toHaveFocus());
    expect(screen.getByText(t.question.count(1, 2))).toBeInTheDocument();
  });

  it('asks before leaving a practice for another page, and stays when told to keep going', async () => {
    const { seed, quiz } = seedWhere({ length: 2, sources: 'generated' }, (q) => first(q).choose === 1);
    const q = first(quiz);
    const { user, router } = await renderApp(`/quiz?seed=${seed}&length=2&sources=generated`);
    await user.click(screen.getByRole('button', { name: t.setup.start.practice }));
    await user.click(screen.getByRole('radio', { name: optionName(q, rightIds(q)[0] ?? '') }));
    await user.click(screen.getByRole('button', { name: t.question.submit }));
    await user.click(within(screen.getByRole('navigation', { name: en.nav.label })).getByRole('link', { name: en.nav.model }));
    const dialog = await screen.findByRole('dialog', { name: t.question.leaveTitle });
    await user.click(within(dialog).getByRole('button', { name: t.question.keepGoing }));
    expect(router.state.location.pathname).toBe('/quiz');
    expect(screen.getByRole('heading', { name: t.feedback.right })).toBeInTheDocument();

    await user.click(within(screen.getByRole('navigation', { name: en.nav.label })).getByRole('link', { name: en.nav.model }));
    await user.click(within(await screen.findByRole('dialog', { name: t.question.leaveTitle })).getByRole('button', { name: t.question.leaveConfirm }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/model'), { timeout: 5000 });
    // The answer given stays recorded; the unfinished quiz is not saved as an attempt.
    expect(useAppStore.getState().progress.events.length).toBeGreaterThan(0);
    expect(useAppStore.getState().quizAttempts).toHaveLength(0);
  });

  it('saves the finished attempt and lists it on the start screen with its score and result', async () => {
    const { seed, quiz } = seedWhere({ length: 1, sources: 'generated' }, (q) => first(q).choose === 1);
    const q = first(quiz);
    const { user } = await renderApp(`/quiz?seed=${seed}&length=1&sources=generated`);
    await user.click(screen.getByRole('button', { name: t.setup.start.practice }));
    await user.click(screen.getByRole('radio', { name: optionName(q, rightIds(q)[0] ?? '') }));
    await user.click(screen.getByRole('button', { name: t.question.submit }));
    await user.click(await screen.findByRole('button', { name: t.question.finish }));

    expect(await screen.findByRole('heading', { level: 1, name: t.resultTitle })).toHaveFocus();
    expect(screen.getByText(t.result.passed)).toBeInTheDocument();
    expect(screen.getByText('1000')).toBeInTheDocument();
    const [attempt] = useAppStore.getState().quizAttempts;
    expect(attempt).toMatchObject({ mode: 'practice', seed, correct: 1, total: 1, scaled: 1000, questionIds: [q.id] });

    await user.click(screen.getByRole('button', { name: t.result.newQuiz }));
    const recent = screen.getByRole('table', { name: t.recent.caption });
    const row = within(recent).getAllByRole('row')[1];
    expect(row).toHaveTextContent(t.recent.modes.practice);
    expect(row).toHaveTextContent('1000');
    expect(row).toHaveTextContent(t.result.passed);
  });
});

function examSession(options: { length: number; seed: number; startedAt: number; minutes: number; patch?: Partial<ExamSession> }): ExamSession {
  return {
    seed: options.seed,
    length: options.length,
    minutes: options.minutes,
    categories: [],
    sources: 'both',
    startedAt: options.startedAt,
    deadline: examDeadline(options.startedAt, options.minutes),
    answers: {},
    flagged: [],
    index: 0,
    msPerQuestion: {},
    ...options.patch,
  };
}

describe('Exam simulation', () => {
  it('flags a question for review, lists it under Flagged, and jumps back to it', async () => {
    const { user } = await renderApp('/quiz?mode=exam&length=3&seed=5');
    await user.click(screen.getByRole('button', { name: t.setup.start.exam }));
    expect(screen.getByRole('heading', { level: 1, name: t.examTitle })).toBeInTheDocument();
    const quiz = buildQuiz(content, { length: 3, seed: 5, sources: 'both' });

    const flag = screen.getByRole('button', { name: t.exam.flag });
    expect(flag).toHaveAttribute('aria-pressed', 'false');
    await user.keyboard('f');
    expect(flag).toHaveAttribute('aria-pressed', 'true');
    expect(useAppStore.getState().examSession?.flagged).toEqual([quiz[0]?.id]);

    await user.click(screen.getByRole('button', { name: t.exam.next }));
    await user.click(screen.getByRole('button', { name: t.exam.flag }));
    await user.click(screen.getByRole('button', { name: t.exam.flag }));
    expect(useAppStore.getState().examSession?.flagged).toEqual([quiz[0]?.id]);

    await user.click(screen.getByRole('button', { name: t.exam.review }));
    expect(screen.getByRole('heading', { level: 2, name: t.exam.reviewTitle })).toHaveFocus();
    expect(screen.getByText(t.exam.reviewSummary(0, 3, 1))).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: t.exam.reviewFilters.flagged }));
    const list = screen.getByRole('list', { name: t.exam.reviewListLabel });
    const buttons = within(list).getAllByRole('button');
    expect(buttons).toHaveLength(1);
    const jump = within(list).getByRole('button', { name: new RegExp(`^${t.exam.reviewItem(0)} `) });
    expect(jump).toHaveTextContent(t.exam.statusFlagged);
    await user.click(jump);
    expect(screen.getByText(t.question.count(0, 3))).toBeInTheDocument();
    expect(screen.getByRole('button', { name: t.exam.flag })).toHaveAttribute('aria-pressed', 'true');
  });

  it('asks before submitting with questions unanswered, then scores them as wrong and records every item', async () => {
    const quiz = buildQuiz(content, { length: 3, seed: 9, sources: 'both' });
    const q = first(quiz);
    const { user } = await renderApp('/quiz?mode=exam&length=3&seed=9');
    await user.click(screen.getByRole('button', { name: t.setup.start.exam }));
    for (const id of rightIds(q)) await user.click(screen.getByRole(q.choose > 1 ? 'checkbox' : 'radio', { name: optionName(q, id) }));
    // Nothing is recorded while answers can still change.
    expect(useAppStore.getState().progress.events).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: t.exam.submit }));
    const dialog = await screen.findByRole('dialog', { name: t.exam.submitTitle });
    expect(dialog).toHaveTextContent(t.exam.submitText(2));
    await user.click(within(dialog).getByRole('button', { name: t.exam.cancel }));
    expect(useAppStore.getState().examSession).not.toBeNull();

    await user.click(screen.getByRole('button', { name: t.exam.submit }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: t.exam.submitConfirm }));
    expect(await screen.findByRole('heading', { level: 1, name: t.resultTitle })).toBeInTheDocument();
    expect(useAppStore.getState().examSession).toBeNull();
    const [attempt] = useAppStore.getState().quizAttempts;
    expect(attempt).toMatchObject({ mode: 'exam', correct: 1, total: 3, scaled: 400 });
    const events = useAppStore.getState().progress.events;
    expect(events).toHaveLength(quiz.reduce((n, x) => n + new Set(x.itemIds).size, 0));
    expect(events.filter((e) => e.correct).map((e) => e.itemId)).toEqual([...new Set(q.itemIds)]);
    expect(events.filter((e) => !e.correct).every((e) => e.chosen === null)).toBe(true);
    expect(screen.getByRole('table', { name: t.result.categoriesCaption })).toBeInTheDocument();
    expect(screen.getByText(t.result.failed)).toBeInTheDocument();
  });

  it('resumes an exam in progress at its question, with its answers and the true remaining time', async () => {
    const now = Date.now();
    const quiz = buildQuiz(content, { length: 4, seed: 12, sources: 'both' });
    const [q1, , q3] = quiz;
    const answer = rightIds(q3 ?? first(quiz));
    useAppStore.getState().startExam(
      examSession({ length: 4, seed: 12, minutes: 8, startedAt: now - 3 * 60_000, patch: { index: 2, answers: { [q3?.id ?? '']: answer }, flagged: [q1?.id ?? ''] } }),
    );
    await renderApp('/quiz');
    expect(screen.getByRole('heading', { level: 1, name: t.examTitle })).toBeInTheDocument();
    expect(screen.getByText(t.exam.resumed)).toBeInTheDocument();
    expect(screen.getByText(t.question.count(2, 4))).toBeInTheDocument();
    expect(screen.getByRole('timer', { name: t.exam.timeLeft })).toHaveTextContent(/^(5:00|4:59)$/);
    for (const id of answer) expect(screen.getByRole((q3?.choose ?? 1) > 1 ? 'checkbox' : 'radio', { name: optionName(q3 ?? first(quiz), id) })).toBeChecked();
  });

  it('submits the exam by itself when the time runs out, warning at 1 minute left', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    const start = Date.now();
    const quiz = buildQuiz(content, { length: 3, seed: 21, sources: 'both' });
    const q = first(quiz);
    useAppStore.getState().startExam(
      examSession({ length: 3, seed: 21, minutes: 6, startedAt: start - 4 * 60_000, patch: { answers: { [q.id]: rightIds(q) } } }),
    );
    await renderApp('/quiz');
    const timer = screen.getByRole('timer', { name: t.exam.timeLeft });
    expect(timer).toHaveTextContent('2:00');
    expect(screen.queryByText(t.exam.warnings['one-minute'])).not.toBeInTheDocument();

    act(() => vi.advanceTimersByTime(60_500));
    expect(timer).toHaveTextContent('1:00');
    expect(screen.getByText(t.exam.warnings['one-minute'])).toBeInTheDocument();
    expect(useAppStore.getState().examSession).not.toBeNull();

    act(() => vi.advanceTimersByTime(60_000));
    expect(await screen.findByRole('heading', { level: 1, name: t.resultTitle })).toBeInTheDocument();
    expect(screen.getByText(t.result.timedOut)).toBeInTheDocument();
    expect(useAppStore.getState().examSession).toBeNull();
    const [attempt] = useAppStore.getState().quizAttempts;
    expect(attempt).toMatchObject({ mode: 'exam', correct: 1, total: 3 });
    expect(attempt?.finishedAt).toBe(start + 2 * 60_000);
    expect(useAppStore.getState().progress.events.length).toBeGreaterThanOrEqual(3);
  });

  it('submits at once when the page opens after the deadline has passed', async () => {
    const now = Date.now();
    useAppStore.getState().startExam(examSession({ length: 2, seed: 3, minutes: 4, startedAt: now - 10 * 60_000 }));
    await renderApp('/quiz');
    expect(await screen.findByRole('heading', { level: 1, name: t.resultTitle })).toBeInTheDocument();
    expect(screen.getByText(t.result.timedOut)).toBeInTheDocument();
    expect(useAppStore.getState().quizAttempts).toHaveLength(1);
    expect(useAppStore.getState().quizAttempts[0]).toMatchObject({ correct: 0, total: 2, scaled: 100, finishedAt: now - 6 * 60_000 });
  });

  it('quits without a score or any review event, after asking', async () => {
    const { user } = await renderApp('/quiz?mode=exam&length=2&seed=4');
    await user.click(screen.getByRole('button', { name: t.setup.start.exam }));
    await user.keyboard('1');
    await user.click(screen.getByRole('button', { name: t.exam.quit }));
    await user.click(within(await screen.findByRole('dialog', { name: t.exam.quitTitle })).getByRole('button', { name: t.exam.quitConfirm }));
    expect(await screen.findByRole('heading', { level: 1, name: t.title })).toBeInTheDocument();
    expect(useAppStore.getState().examSession).toBeNull();
    expect(useAppStore.getState().quizAttempts).toHaveLength(0);
    expect(useAppStore.getState().progress.events).toHaveLength(0);
  });
});
