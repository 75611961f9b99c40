/** The quiz page, by roles and labels, with the app's own strings. */
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { buildQuiz, type QuizOptions, type QuizQuestion } from '../../src/domain/quiz';
import { validateContent } from '../../src/domain/validate';
import { quizStrings } from '../../src/strings/quiz';
import { en } from '../../src/strings/en';
import { readContentFiles } from '../../scripts/content-files';
import { App } from './pages';

const t = quizStrings;

const checked = validateContent(readContentFiles(join(import.meta.dirname, '..', '..', 'content')));
if (!checked.ok) throw new Error(`content is invalid:\n${checked.errors.join('\n')}`);
/** The same validated content the app bundles, so a story knows each question's right answers. */
export const content = checked.content;

/** The quiz a seed gives, exactly as the app builds it. */
export function quizFor(options: QuizOptions): QuizQuestion[] {
  return buildQuiz(content, options);
}

/** The first seed whose quiz satisfies `wanted`. */
export function seedWhere(options: Omit<QuizOptions, 'seed'>, wanted: (quiz: QuizQuestion[]) => boolean): number {
  for (let seed = 1; seed < 5000; seed++) if (wanted(buildQuiz(content, { ...options, seed }))) return seed;
  throw new Error('no seed gives that quiz');
}

export const rightIndexes = (q: QuizQuestion): number[] => q.options.flatMap((o, i) => (o.correct ? [i] : []));
export const wrongIndexes = (q: QuizQuestion): number[] => q.options.flatMap((o, i) => (o.correct ? [] : [i]));

/** "7:59" -> 479 */
export function seconds(clock: string): number {
  const parts = clock.trim().split(':').map(Number);
  return parts.reduce((total, part) => total * 60 + part, 0);
}

export class QuizView extends App {
  mode(mode: 'practice' | 'exam'): Locator {
    return this.page.getByRole('radio', { name: t.setup.modes[mode], exact: true });
  }

  startButton(mode: 'practice' | 'exam'): Locator {
    return this.page.getByRole('button', { name: t.setup.start[mode] });
  }

  /** The question being asked (or shown with its feedback). */
  stem(q: QuizQuestion): Locator {
    return this.page.getByRole('heading', { level: 2, name: q.stem, exact: true });
  }

  option(q: QuizQuestion, index: number): Locator {
    const option = q.options[index];
    const name = option?.owner ? en.owner[option.owner] : (option?.text ?? '');
    return this.page.getByRole(q.choose > 1 ? 'checkbox' : 'radio', { name, exact: true });
  }

  get submitAnswer(): Locator {
    return this.page.getByRole('button', { name: t.question.submit });
  }

  verdict(right: boolean): Locator {
    return this.page.getByRole('heading', { level: 3, name: right ? t.feedback.right : t.feedback.wrong });
  }

  get explanations(): Locator {
    return this.page.getByRole('list', { name: t.feedback.optionsLabel });
  }

  get timer(): Locator {
    return this.page.getByRole('timer', { name: t.exam.timeLeft });
  }

  async secondsLeft(): Promise<number> {
    return seconds((await this.timer.textContent()) ?? '');
  }

  get flag(): Locator {
    return this.page.getByRole('button', { name: t.exam.flag });
  }

  examButton(name: 'previous' | 'next' | 'review' | 'submit' | 'quit'): Locator {
    return this.page.getByRole('button', { name: t.exam[name], exact: true });
  }

  get score(): Locator {
    return this.page.getByRole('region', { name: t.result.scoreLabel });
  }

  get breakdown(): Locator {
    return this.page.getByRole('table', { name: t.result.categoriesCaption });
  }

  get recent(): Locator {
    return this.page.getByRole('table', { name: t.recent.caption });
  }
}
