// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/app/load-content';
import { prerender, prerenderPaths, shorten } from '@/app/server';
import { planSession } from '@/domain/flashcards-session';
import { EMPTY_PROGRESS } from '@/domain/progress-schema';
import { cardQuestion } from '@/features/flashcards/card-text';
import { DEFAULT_SETTINGS } from '@/store/settings-slice';
import { flashcardsStrings } from '@/strings/flashcards';
import { sortStrings } from '@/strings/sort';
import { en } from '@/strings/en';

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#x27;').replace(/"/g, '&quot;');

describe('prerendering', () => {
  it('renders every route and one page per item', async () => {
    const content = await loadContent();
    const paths = await prerenderPaths();
    for (const route of ['/', '/model', '/flashcards', '/sort', '/quiz', '/progress', '/present', '/settings']) expect(paths).toContain(route);
    expect(paths.filter((path) => path.startsWith('/items/'))).toHaveLength(content.items.length);
  });

  it('gives an item page its content, its own title and a description that says who owns it', async () => {
    const content = await loadContent();
    const item = content.items.find((candidate) => candidate.id === 'platform-os-patching-ec2');
    if (!item) throw new Error('the test item is missing');
    const page = await prerender(`/items/${item.id}`);
    expect(page.title).toBe(`${item.duty} · ${en.appName}`);
    expect(page.description.startsWith(en.meta.itemOwner(en.owner[item.owner]))).toBe(true);
    expect(page.description.length).toBeLessThanOrEqual(160);
    expect(page.html).toContain(`<h1`);
    expect(page.html).toContain(item.explanation.slice(0, 40));
    // The title goes in <head>, not in the page's markup.
    expect(page.html).not.toContain('<title>');
  });

  it('renders a study mode that depends on the saved progress as its heading and lead only', async () => {
    const page = await prerender('/sort');
    expect(page.html).toContain(en.modes.sort.title);
    expect(page.html).toContain(en.modes.sort.lead);
    expect(page.html).toContain(en.needsScript);
    expect(page.html).not.toContain(sortStrings.start);
  });

  it("renders Flashcards as a new learner's session, their first card showing, so it paints without JavaScript", async () => {
    const content = await loadContent();
    const plan = planSession({ items: content.items, progress: EMPTY_PROGRESS, now: Date.now(), newPerDay: DEFAULT_SETTINGS.newPerDay });
    const first = plan.cards[0];
    const item = content.items.find((candidate) => candidate.id === first?.itemId);
    if (!first || !item) throw new Error('a new learner has no first card');
    const page = await prerender('/flashcards');
    expect(page.html).toContain(en.modes.flashcards.title);
    expect(page.html).toContain(escapeHtml(cardQuestion(item, first)));
    expect(page.html).toContain(flashcardsStrings.turn);
    expect(page.html).toContain(flashcardsStrings.position(1, plan.cards.length));
    // Marked as drawn before the saved progress was read (a returning visitor's copy hides it until then).
    expect(page.html).toContain('data-learner="unknown"');
    expect(page.html).toContain(en.needsScript);
  });

  it('prefixes links with the base path of a sub-path deployment', async () => {
    const page = await prerender('/model', '/srm-trainer');
    expect(page.html).toContain('href="/srm-trainer/items/');
    expect(page.html).not.toMatch(/href="\/items\//);
  });
});

describe('shorten', () => {
  it('keeps short text and cuts long text at a word, with an ellipsis', () => {
    expect(shorten('Short text.')).toBe('Short text.');
    const long = 'word '.repeat(60);
    const cut = shorten(long, 30);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut).toMatch(/word…$/);
  });
});
