/** The sort mode, driven by roles and labels with the app's own strings. */
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { ResponsibilityItem } from '../../src/domain/schema';
import { buildRound, type BucketId, type SortRound, type SortRoundSpec } from '../../src/domain/sort';
import { validateContent } from '../../src/domain/validate';
import { sortStrings } from '../../src/strings/sort';
import { readContentFiles } from '../../scripts/content-files';
import { App } from './pages';

const content = validateContent(readContentFiles(join(import.meta.dirname, '..', '..', 'content')));
if (!content.ok) throw new Error(`The content is invalid: ${content.errors.join('; ')}`);
export const items: readonly ResponsibilityItem[] = content.content.items;
export const itemOf = (id: string): ResponsibilityItem | undefined => items.find((item) => item.id === id);

/** The round a spec gives: the same one the app builds from the same link. */
export const roundFor = (spec: SortRoundSpec): SortRound => buildRound(items, spec);

export class SortView extends App {
  // Start screen
  kind(kind: keyof typeof sortStrings.kinds): Locator {
    return this.page.getByRole('radio', { name: sortStrings.kinds[kind] });
  }

  feedbackMode(mode: keyof typeof sortStrings.feedback): Locator {
    return this.page.getByRole('radio', { name: sortStrings.feedback[mode] });
  }

  get service(): Locator {
    return this.page.getByRole('combobox', { name: sortStrings.serviceLabel });
  }

  get start(): Locator {
    return this.page.getByRole('button', { name: sortStrings.start });
  }

  get bests(): Locator {
    return this.page.getByRole('table', { name: sortStrings.bestsCaption });
  }

  // The round
  get pile(): Locator {
    return this.page.getByRole('region', { name: sortStrings.pileTitle });
  }

  card(duty: string): Locator {
    return this.page.getByRole('button', { name: duty, exact: true });
  }

  bucket(bucket: BucketId): Locator {
    return this.page.getByRole('region', { name: sortStrings.buckets[bucket], exact: true });
  }

  get feedback(): Locator {
    return this.page.getByRole('region', { name: sortStrings.feedbackTitle });
  }

  get announcer(): Locator {
    return this.page.getByRole('status', { name: sortStrings.announcerLabel });
  }

  /** dnd-kit's own live region (drag start, over, cancel). */
  get dragAnnouncer(): Locator {
    return this.page.locator('[id^="DndLiveRegion"]');
  }

  get placeBar(): Locator {
    return this.page.getByRole('group', { name: /^Put “/ });
  }

  get checkAll(): Locator {
    return this.page.getByRole('button', { name: sortStrings.checkAll });
  }

  get undo(): Locator {
    return this.page.getByRole('button', { name: sortStrings.undo });
  }

  get results(): Locator {
    return this.page.getByRole('region', { name: sortStrings.resultsTitle });
  }

  /** The seed the app put in the address bar. */
  seed(): number {
    return Number(new URL(this.page.url()).searchParams.get('seed'));
  }

  /**
   * A real mouse drag: press on the card, move in steps (dnd-kit needs a few
   * pixels to tell a drag from a click), release over the bucket's heading.
   */
  async drag(duty: string, bucket: BucketId): Promise<void> {
    const card = this.card(duty);
    await card.scrollIntoViewIfNeeded();
    const from = await card.boundingBox();
    const target = this.bucket(bucket).getByRole('heading');
    const to = await target.boundingBox();
    if (!from || !to) throw new Error(`Cannot drag “${duty}” to ${bucket}: not on screen`);
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 4, { steps: 3 });
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await this.page.mouse.up();
  }

  /**
   * A finger drag through Chromium's touch input (CDP): press and hold until
   * dnd-kit's TouchSensor picks the card up, then slide to the bucket and lift.
   */
  async touchDrag(duty: string, bucket: BucketId): Promise<void> {
    const from = await this.card(duty).boundingBox();
    const to = await this.bucket(bucket).getByRole('heading').boundingBox();
    if (!from || !to) throw new Error(`Cannot drag “${duty}” to ${bucket}: not on screen`);
    const cdp = await this.page.context().newCDPSession(this.page);
    const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
    const end = { x: to.x + to.width / 2, y: to.y + to.height / 2 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [start] });
    await this.page.waitForTimeout(400);
    for (let step = 1; step <= 12; step++) {
      const point = { x: start.x + ((end.x - start.x) * step) / 12, y: start.y + ((end.y - start.y) * step) / 12 };
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
      await this.page.waitForTimeout(25);
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
  }
}

export type { Page };
