// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/app/load-content';
import { prerender, prerenderPaths, shorten } from '@/app/server';
import { flashcardsStrings } from '@/strings/flashcards';
import { en } from '@/strings/en';

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

  it('renders a study mode as its heading and lead only: it never starts from the empty defaults', async () => {
    const page = await prerender('/flashcards');
    expect(page.html).toContain(en.modes.flashcards.title);
    expect(page.html).toContain(en.modes.flashcards.lead);
    expect(page.html).toContain(en.needsScript);
    expect(page.html).not.toContain(flashcardsStrings.turn);
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
