/**
 * The prerender entry: renders a route to HTML at build time, from the same
 * routes, content and store defaults the browser hydrates with (see
 * scripts/prerender.ts and main.tsx). Never part of the browser bundle.
 */
import { StrictMode } from 'react';
import { prerender as prerenderToStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import type { Content } from '@/domain/schema';
import { en } from '@/strings/en';
import { loadContent } from './load-content';
import { AppRoutes } from './routes';

export interface PrerenderedPage {
  /** The route, without the base path: "/", "/model", "/items/<id>". */
  path: string;
  /** The markup of #root. */
  html: string;
  /** The document title and the description for search results and link previews. */
  title: string;
  description: string;
}

const PAGES = ['/', '/model', '/flashcards', '/sort', '/quiz', '/progress', '/present', '/settings'] as const;

/** Every page worth a file of its own: each route and each item. */
export async function prerenderPaths(): Promise<string[]> {
  const data = await loadContent();
  return [...PAGES, ...data.items.map((item) => `/items/${item.id}`)];
}

/** A description of at most `max` characters, cut at a word. */
export function shorten(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:.]$/, '')}…`;
}

function describe(path: string, data: Content): string {
  const item = path.startsWith('/items/') ? data.items.find((candidate) => `/items/${candidate.id}` === path) : undefined;
  if (item) return shorten(`${en.meta.itemOwner(en.owner[item.owner])} ${item.explanation}`);
  const leads: Record<string, string> = {
    '/': en.home.lead,
    '/model': en.model.lead,
    '/flashcards': en.modes.flashcards.lead,
    '/sort': en.modes.sort.lead,
    '/quiz': en.modes.quiz.lead,
    '/progress': en.progress.lead,
    '/present': en.modes.present.lead,
  };
  return shorten(leads[path] ?? en.meta.description);
}

// React renders the page's <title> where <Page> puts it; it belongs in <head>.
const TITLE = /<title>([^<]*)<\/title>/;

/** Renders one route as the browser's first render will: defaults, no saved progress, no JavaScript needed to read it. */
export async function prerender(path: string, basename = '/'): Promise<PrerenderedPage> {
  const location = `${basename.replace(/\/$/, '')}${path}`;
  // prerender waits for the lazy page and the content, so the HTML is the finished page.
  const { prelude } = await prerenderToStream(
    <StrictMode>
      <StaticRouter basename={basename} location={location}>
        <AppRoutes />
      </StaticRouter>
    </StrictMode>,
    // One finished document: no boundary is split out to be filled in by a script.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const markup = await new Response(prelude).text();
  if (markup.includes('<script')) throw new Error(`${path} rendered a script: the page would need JavaScript (and break the CSP)`);
  if (/<[^>]+\sstyle="/.test(markup)) throw new Error(`${path} rendered a style attribute: the CSP blocks it (style it from a stylesheet)`);
  const title = TITLE.exec(markup)?.[1];
  if (title === undefined) throw new Error(`${path} rendered no <title>`);
  return { path, html: markup.replace(TITLE, ''), title, description: describe(path, await loadContent()) };
}
