/** The flashcards page, by roles and labels, with the app's own strings. */
import type { Locator, Page } from '@playwright/test';
import type { Owner } from '../../src/domain/schema';
import type { Grade } from '../../src/domain/scheduling';
import { flashcardsStrings } from '../../src/strings/flashcards';
import { en } from '../../src/strings/en';
import { App } from './pages';

const t = flashcardsStrings;

export class FlashcardsView extends App {
  get card(): Locator {
    return this.page.getByRole('article');
  }

  get question(): Locator {
    return this.card.getByRole('heading', { level: 2 });
  }

  get turnButton(): Locator {
    return this.page.getByRole('button', { name: t.turn });
  }

  commitButton(owner: Owner): Locator {
    return this.page.getByRole('button', { name: en.owner[owner], exact: true });
  }

  gradeButton(grade: Grade): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${t.grades[grade]}\\b`) });
  }

  position(n: number, total: number): Locator {
    return this.page.getByText(t.position(n, total), { exact: true });
  }

  get why(): Locator {
    return this.card.getByRole('heading', { name: t.why });
  }

  get status(): Locator {
    return this.page.getByRole('region', { name: t.sessionLabel }).getByRole('status');
  }

  get summaryHeading(): Locator {
    return this.page.getByRole('heading', { name: t.summaryTitle });
  }

  stat(label: string): Locator {
    return this.page.locator('dt', { hasText: label }).locator('..');
  }

  get emptyHeading(): Locator {
    return this.page.getByRole('heading', { name: t.emptyTitle });
  }

  get shortcutsDialog(): Locator {
    return this.page.getByRole('dialog', { name: t.shortcutsTitle });
  }

  get filters(): Locator {
    return this.page.locator('details').filter({ has: this.page.getByRole('form', { name: t.filtersTitle }) });
  }
}

/** The first card as the page showed it before the app started: is the page marked as a returning visitor's, and the card shown. */
export interface CardBeforeApp {
  returning: boolean;
  question: string | undefined;
  visible: boolean;
}

/**
 * Records, on every page the test opens from now on, the first card as it is once the HTML is parsed and the
 * page's script has run (the app itself starts after the first paint); returns a reader for the latest page.
 */
export async function watchCardBeforeApp(page: Page): Promise<() => Promise<CardBeforeApp | undefined>> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const question = document.querySelector('main article h2');
      (window as Window & { cardBeforeApp?: unknown }).cardBeforeApp = {
        returning: document.documentElement.hasAttribute('data-returning'),
        question: question?.textContent ?? undefined,
        visible: question ? getComputedStyle(question).visibility === 'visible' : false,
      };
    });
  });
  return () => page.evaluate(() => (window as Window & { cardBeforeApp?: CardBeforeApp }).cardBeforeApp);
}
