/** Present mode's page object: the chooser, the room's screen and the presenter's window, by role and label. */
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { buildDeck, parseSet, type PresentDeck } from '../../src/domain/present-deck';
import type { Content, ResponsibilityItem } from '../../src/domain/schema';
import type { BucketId } from '../../src/domain/sort';
import { validateContent } from '../../src/domain/validate';
import { presentStrings } from '../../src/strings/present';
import { en } from '../../src/strings/en';
import { readContentFiles } from '../../scripts/content-files';

const loaded = validateContent(readContentFiles(join(import.meta.dirname, '..', '..', 'content')));
if (!loaded.ok) throw new Error(`content is invalid: ${loaded.errors.join('; ')}`);
export const content: Content = loaded.content;

export function item(id: string): ResponsibilityItem {
  const found = content.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

/** The deck a lesson link shows, worked out the way the app does, so a story knows the right answers. */
export function deckFor(setValue: string, seed: number, size?: number): PresentDeck {
  const set = parseSet(setValue);
  if (!set) throw new Error(`not a set: ${setValue}`);
  const result = buildDeck(content, set, seed, size);
  if (!result.ok) throw new Error(`no deck for ${setValue}: ${result.problem}`);
  return result.deck;
}

/** The word a bucket shows in an owner lesson. */
export const ownerWord = (bucket: BucketId): string => (bucket === 'customer' || bucket === 'aws' || bucket === 'shared' ? en.owner[bucket] : bucket);

/** The progress events saved in this browser (none is the same as empty). */
export async function savedEvents(page: Page): Promise<number> {
  return page.evaluate(() => {
    const raw = localStorage.getItem('srm-trainer');
    if (!raw) return 0;
    const saved: unknown = JSON.parse(raw);
    const events =
      typeof saved === 'object' && saved !== null && 'state' in saved && typeof saved.state === 'object' && saved.state !== null && 'progress' in saved.state
        ? saved.state.progress
        : undefined;
    return typeof events === 'object' && events !== null && 'events' in events && Array.isArray(events.events) ? events.events.length : -1;
  });
}

export class PresentChooserView {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/present');
    await this.page.locator('h1[data-ready]').waitFor();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: presentStrings.title });
  }

  kind(kind: keyof typeof presentStrings.kinds): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^${presentStrings.kinds[kind]}`) });
  }

  get category(): Locator {
    return this.page.getByRole('combobox', { name: presentStrings.categoryLabel });
  }

  get size(): Locator {
    return this.page.getByRole('combobox', { name: presentStrings.sizeLabel });
  }

  get start(): Locator {
    return this.page.getByRole('link', { name: presentStrings.start });
  }

  get scale(): Locator {
    return this.page.getByRole('slider', { name: presentStrings.scaleLabel });
  }

  get contrast(): Locator {
    return this.page.getByRole('checkbox', { name: presentStrings.contrastLabel });
  }

  get lessonLink(): Locator {
    return this.page.getByRole('textbox', { name: presentStrings.linkLabel });
  }
}

/** The room's screen. */
export class AudienceView {
  constructor(readonly page: Page) {}

  async open(search: string): Promise<void> {
    await this.page.goto(`/present?${search}`);
    await this.surface.waitFor();
  }

  /** The presentation fills the window as a modal dialog (a "Start over?" question would be a second one, inside it). */
  get surface(): Locator {
    return this.page.getByRole('dialog').first();
  }

  get duty(): Locator {
    return this.surface.getByRole('article').getByRole('heading', { level: 2 });
  }

  get position(): Locator {
    return this.surface.getByText(/^Item \d+ of \d+$|^The end$/);
  }

  button(name: string): Locator {
    return this.surface.getByRole('button', { name, exact: true });
  }

  get forward(): Locator {
    return this.surface.getByRole('button', { name: new RegExp(`^(${presentStrings.reveal}|${presentStrings.next}|${presentStrings.toBoard})$`) });
  }

  addHand(word: string): Locator {
    return this.button(presentStrings.addHand(word));
  }

  removeHand(word: string): Locator {
    return this.button(presentStrings.removeHand(word));
  }

  /** The count of hands shown for a bucket (in the show-of-hands row). */
  count(word: string): Locator {
    return this.surface
      .getByRole('region', { name: presentStrings.pollTitle })
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', { name: presentStrings.addHand(word), exact: true }) })
      .locator('[data-bucket]');
  }

  get results(): Locator {
    return this.surface.getByRole('region', { name: presentStrings.resultsTitle });
  }

  resultRow(word: string): Locator {
    return this.results.getByRole('listitem').filter({ hasText: word });
  }

  get board(): Locator {
    return this.surface.getByRole('region', { name: presentStrings.boardTitle });
  }

  get status(): Locator {
    return this.surface.getByRole('status');
  }
}

/** The presenter's window. */
export class PresenterWindow {
  constructor(readonly page: Page) {}

  get surface(): Locator {
    return this.page.getByRole('dialog', { name: presentStrings.presenterTitle });
  }

  get onScreen(): Locator {
    return this.surface.getByRole('region', { name: presentStrings.onScreen });
  }

  get upNext(): Locator {
    return this.surface.getByRole('region', { name: presentStrings.upNext });
  }

  get notes(): Locator {
    return this.surface.getByRole('region', { name: presentStrings.notesTitle });
  }

  button(name: string): Locator {
    return this.surface.getByRole('button', { name, exact: true });
  }

  count(word: string): Locator {
    return this.surface
      .getByRole('region', { name: presentStrings.pollTitle })
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', { name: presentStrings.addHand(word), exact: true }) })
      .locator('[data-bucket]');
  }

  get timer(): Locator {
    return this.surface.getByRole('timer');
  }
}
