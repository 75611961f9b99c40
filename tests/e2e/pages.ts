/** Page objects built on roles and labels, with the app's own strings. */
import type { Locator, Page } from '@playwright/test';
import type { Owner } from '../../src/domain/schema';
import { en } from '../../src/strings/en';

export const ROUTES = ['/', '/model', '/items/platform-os-patching-ec2', '/flashcards', '/sort', '/quiz', '/progress', '/present', '/settings', '/no-such-page'] as const;

export class App {
  constructor(readonly page: Page) {}

  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await this.ready();
  }

  /** Waits until the page is live: hydrated or rendered, with its saved progress and its handlers (the heading's data-ready). */
  async ready(): Promise<void> {
    await this.page.locator('h1[data-ready]').waitFor();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get nav(): Locator {
    return this.page.getByRole('navigation', { name: en.nav.label });
  }

  get menuButton(): Locator {
    return this.page.getByRole('button', { name: en.nav.menu });
  }
}

export class ModelView extends App {
  get search(): Locator {
    return this.page.getByRole('searchbox', { name: en.model.search });
  }

  owner(owner: Owner | 'any'): Locator {
    return this.page.getByRole('radio', { name: owner === 'any' ? en.model.anyOwner : en.owner[owner], exact: true });
  }

  get category(): Locator {
    return this.page.getByRole('combobox', { name: en.model.categoryFilter });
  }

  view(view: 'diagram' | 'list'): Locator {
    return this.page.getByRole('radio', { name: en.model.views[view], exact: true });
  }

  band(owner: Owner): Locator {
    return this.page.getByRole('region', { name: owner === 'aws' ? en.model.ofBand : en.model.inBand });
  }

  get results(): Locator {
    return this.page.getByRole('list', { name: en.model.listTitle }).getByRole('listitem');
  }

  get status(): Locator {
    return this.page.getByRole('status');
  }
}
