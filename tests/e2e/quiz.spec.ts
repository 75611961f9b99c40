import AxeBuilder from '@axe-core/playwright';
import { scaledScore } from '../../src/domain/quiz';
import { quizStrings } from '../../src/strings/quiz';
import { en } from '../../src/strings/en';
import { progressStrings } from '../../src/strings/progress';
import { expect, tabTo, test } from './fixtures';
import { content, quizFor, QuizView, rightIndexes, seedWhere, wrongIndexes } from './quiz.page';

const t = quizStrings;
// Whole quizzes on a busy two-core machine: more than the default 30 s.
test.describe.configure({ timeout: 120_000 });
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const KEYS = ['1', '2', '3', '4', '5'];
const LETTERS = ['a', 'b', 'c', 'd', 'e'];

async function axe(quiz: QuizView, state: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page: quiz.page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${state}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function noSidewaysScroll(quiz: QuizView, state: string): Promise<void> {
  const overflow = await quiz.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${state} scrolls sideways`).toBeLessThanOrEqual(0);
}

test('a learner practises with the keyboard alone: chooses by number and letter, reads why, and finishes', async ({ page }) => {
  // Three questions that include a "Choose two", so both kinds of answer are typed.
  const seed = seedWhere({ length: 3, sources: 'both' }, (q) => q.some((x) => x.choose === 2) && q.some((x) => x.choose === 1));
  const questions = quizFor({ length: 3, seed, sources: 'both' });
  const quiz = new QuizView(page);
  await quiz.open(`/quiz?length=3&seed=${seed}`);
  await tabTo(page, quiz.startButton('practice'));
  await page.keyboard.press('Enter');

  for (const [i, q] of questions.entries()) {
    await expect(quiz.stem(q)).toBeFocused();
    await expect(page.getByText(t.question.count(i, 3))).toBeVisible();
    // The second question is answered wrongly on purpose, with letters; the others rightly, with numbers.
    const wrong = i === 1;
    const picks = wrong ? [...wrongIndexes(q).slice(0, q.choose)] : rightIndexes(q);
    if (q.choose > 1) {
      // Enter with one of two ticked is refused and says why.
      await page.keyboard.press(KEYS[picks[0] ?? 0] ?? '1');
      await page.keyboard.press('Enter');
      await expect(page.getByText(t.question.needMore(2))).toBeVisible();
      for (const pick of picks.slice(1)) await page.keyboard.press((wrong ? LETTERS : KEYS)[pick] ?? '1');
    } else {
      for (const pick of picks) await page.keyboard.press((wrong ? LETTERS : KEYS)[pick] ?? '1');
    }
    for (const pick of picks) await expect(quiz.option(q, pick)).toBeChecked();
    await page.keyboard.press('Enter');

    await expect(quiz.verdict(!wrong)).toBeFocused();
    for (const option of q.options) await expect(quiz.explanations).toContainText(option.why);
    await page.keyboard.press('n');
  }

  await expect(quiz.heading).toHaveText(t.resultTitle);
  await expect(quiz.score).toContainText(String(scaledScore(2, 3)));
  await expect(quiz.score).toContainText(t.result.summary(2, 3, 67));
  await expect(quiz.breakdown).toBeVisible();

  // The attempt is kept: after a reload it is listed on the start screen.
  await page.reload();
  await expect(quiz.recent.getByRole('row').nth(1)).toContainText(t.recent.modes.practice);
  await expect(quiz.recent.getByRole('row').nth(1)).toContainText(String(scaledScore(2, 3)));
});

test('an exam reloaded halfway keeps its answers, flags and clock, then is submitted, scored and shown on Progress', async ({ page }) => {
  const seed = 31;
  const questions = quizFor({ length: 4, seed, sources: 'both' });
  const [q1, q2] = questions;
  if (!q1 || !q2) throw new Error('quiz too short');
  const quiz = new QuizView(page);
  await quiz.open(`/quiz?mode=exam&length=4&minutes=8&seed=${seed}`);
  await expect(quiz.mode('exam')).toBeChecked();
  await quiz.startButton('exam').click();
  await expect(quiz.heading).toHaveText(t.examTitle);
  expect(await quiz.secondsLeft()).toBeGreaterThanOrEqual(8 * 60 - 2);

  for (const i of rightIndexes(q1)) await quiz.option(q1, i).click();
  await quiz.examButton('next').click();
  for (const i of rightIndexes(q2)) await quiz.option(q2, i).click();
  await quiz.flag.click();
  await expect(quiz.flag).toHaveAttribute('aria-pressed', 'true');

  // Let the clock run a little, then reload: the time carries on rather than starting again.
  await expect.poll(() => quiz.secondsLeft(), { timeout: 10_000 }).toBeLessThanOrEqual(8 * 60 - 3);
  const before = await quiz.secondsLeft();
  await page.reload();
  await expect(page.getByText(t.exam.resumed)).toBeVisible();
  await expect(quiz.stem(q2)).toBeVisible();
  await expect(page.getByText(t.question.count(1, 4))).toBeVisible();
  for (const i of rightIndexes(q2)) await expect(quiz.option(q2, i)).toBeChecked();
  await expect(quiz.flag).toHaveAttribute('aria-pressed', 'true');
  const after = await quiz.secondsLeft();
  expect(after).toBeLessThanOrEqual(before);
  expect(after).toBeGreaterThan(before - 20);

  await quiz.examButton('review').click();
  await expect(page.getByText(t.exam.reviewSummary(2, 2, 1))).toBeVisible();
  await page.getByRole('button', { name: t.exam.submit, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: t.exam.submitTitle });
  await expect(dialog).toContainText(t.exam.submitText(2));
  await dialog.getByRole('button', { name: t.exam.submitConfirm }).click();

  await expect(quiz.heading).toHaveText(t.resultTitle);
  const scaled = scaledScore(2, 4);
  await expect(quiz.score).toContainText(String(scaled));
  await expect(quiz.score).toContainText(t.result.failed);
  const categories = new Map(content.categories.map((c) => [c.id, c.name]));
  for (const id of new Set(questions.map((q) => q.category))) await expect(quiz.breakdown).toContainText(categories.get(id) ?? id);
  await expect(page.getByRole('region', { name: t.result.reviewTitle }).getByRole('listitem').filter({ has: page.locator('details') })).toHaveCount(4);

  // Every item the exam tested is now studied, and the attempt is in the history.
  const studied = new Set(questions.flatMap((q) => q.itemIds)).size;
  await quiz.nav.getByRole('link', { name: en.nav.progress }).click();
  await expect(page.getByRole('heading', { name: progressStrings.studied }).locator('..')).toContainText(progressStrings.studiedValue(studied, content.items.length));
  const attempts = page.getByRole('region', { name: progressStrings.quizTitle });
  await expect(attempts).toContainText(progressStrings.quizModes.exam);
  await expect(attempts).toContainText(String(scaled));
});

test('the exam submits itself when time runs out, and an exam reopened after its deadline is submitted at once', async ({ page }) => {
  await page.clock.install();
  const quiz = new QuizView(page);
  await quiz.open('/quiz?mode=exam&length=3&minutes=2&seed=8');
  await quiz.startButton('exam').click();
  // The clock keeps flowing on a busy machine, so allow for a few real seconds.
  expect(await quiz.secondsLeft()).toBeGreaterThan(90);
  await expect(page.getByText(t.exam.warnings['one-minute'])).toHaveCount(0);
  await page.clock.runFor(61_000);
  await expect.poll(() => quiz.secondsLeft()).toBeLessThanOrEqual(59);
  await expect(page.getByRole('status').filter({ hasText: t.exam.warnings['one-minute'] })).toBeVisible();
  await expect(quiz.heading).toHaveText(t.examTitle);
  await page.clock.runFor(60_000);
  await expect(quiz.heading).toHaveText(t.resultTitle);
  await expect(page.getByText(t.result.timedOut)).toBeVisible();

  // Another exam, left open past its deadline while the page is closed.
  await quiz.page.getByRole('button', { name: t.result.newQuiz }).click();
  await quiz.open('/quiz?mode=exam&length=3&minutes=1&seed=9');
  await quiz.startButton('exam').click();
  await expect(quiz.timer).toBeVisible();
  await page.goto('/');
  await page.clock.fastForward(90_000);
  await quiz.open('/quiz');
  await expect(quiz.heading).toHaveText(t.resultTitle);
  await expect(page.getByText(t.result.timedOut)).toBeVisible();
  await page.reload();
  await expect(quiz.recent.getByRole('row')).toHaveCount(3);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('practice has no axe violations: setup, question, message, feedback, result', async ({ page }) => {
      const seed = seedWhere({ length: 2, sources: 'generated' }, (q) => q[0]?.choose === 2);
      const [q1, q2] = quizFor({ length: 2, seed, sources: 'generated' });
      if (!q1 || !q2) throw new Error('quiz too short');
      const quiz = new QuizView(page);
      await quiz.open(`/quiz?length=2&sources=generated&seed=${seed}`);
      await axe(quiz, 'setup');
      await quiz.startButton('practice').click();
      await expect(quiz.stem(q1)).toBeVisible();
      await quiz.submitAnswer.click();
      await expect(page.getByText(t.question.needMore(q1.choose))).toBeVisible();
      await axe(quiz, 'question with a message');
      for (const i of wrongIndexes(q1).slice(0, q1.choose)) await quiz.option(q1, i).click();
      await quiz.submitAnswer.click();
      await expect(quiz.verdict(false)).toBeVisible();
      await axe(quiz, 'feedback');
      await page.getByRole('button', { name: t.question.next }).click();
      for (const i of rightIndexes(q2)) await quiz.option(q2, i).click();
      await quiz.submitAnswer.click();
      await page.getByRole('button', { name: t.question.finish }).click();
      await expect(quiz.score).toBeVisible();
      await axe(quiz, 'result');
    });

    test('the exam has no axe violations: question, review, submit dialog, setup with attempts', async ({ page }) => {
      const quiz = new QuizView(page);
      await quiz.open('/quiz?mode=exam&length=3&seed=4');
      await quiz.startButton('exam').click();
      await quiz.flag.click();
      await expect(quiz.timer).toBeVisible();
      await axe(quiz, 'exam question');
      await quiz.examButton('review').click();
      await expect(page.getByRole('heading', { name: t.exam.reviewTitle })).toBeVisible();
      await axe(quiz, 'exam review');
      await page.getByRole('button', { name: t.exam.submit, exact: true }).click();
      await expect(page.getByRole('dialog', { name: t.exam.submitTitle })).toBeVisible();
      await axe(quiz, 'submit dialog');
      await page.getByRole('dialog').getByRole('button', { name: t.exam.submitConfirm }).click();
      await page.getByRole('button', { name: t.result.newQuiz }).click();
      await expect(quiz.recent).toBeVisible();
      await axe(quiz, 'setup with recent attempts');
    });
  });
}

for (const viewport of [
  { width: 320, height: 700, name: 'a 320 px screen (400% zoom)' },
  { width: 375, height: 740, name: 'a 375 px phone' },
  { width: 640, height: 450, name: '200% zoom' },
  { width: 1920, height: 1080, name: 'a 1920 px projector' },
]) {
  test(`on ${viewport.name} the quiz fits without scrolling sideways`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const seed = seedWhere({ length: 1, sources: 'authored' }, (q) => q.some((x) => x.choose === 2));
    const [q] = quizFor({ length: 1, seed, sources: 'authored' });
    if (!q) throw new Error('empty quiz');
    const quiz = new QuizView(page);
    await quiz.open(`/quiz?length=1&sources=authored&seed=${seed}`);
    await noSidewaysScroll(quiz, 'setup');
    await quiz.startButton('practice').click();
    await noSidewaysScroll(quiz, 'question');
    const box = await quiz.option(q, 0).locator('xpath=ancestor::label').boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    for (const i of rightIndexes(q)) await quiz.option(q, i).click();
    await quiz.submitAnswer.click();
    await expect(quiz.verdict(true)).toBeVisible();
    await noSidewaysScroll(quiz, 'feedback');
    await page.getByRole('button', { name: t.question.finish }).click();
    await expect(quiz.score).toBeVisible();
    await noSidewaysScroll(quiz, 'result');
  });
}
