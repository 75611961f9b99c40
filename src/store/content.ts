/**
 * The validated content, provided once by the app shell. It is static for a
 * session, so a React context is enough; progress lives in the zustand store.
 *
 * The content is a chunk of its own, loaded when a page first needs it: the
 * context holds the loader, and useContent() suspends until it has loaded
 * (a Suspense boundary in the layout shows the wait; a prerendered page keeps
 * its HTML meanwhile). The summary (counts) is built in, for pages that need
 * no more.
 */
import { createContext, use, useContext } from 'react';
import type { Content } from '@/domain/schema';

export interface ContentSummary {
  items: number;
  categories: number;
  questions: number;
}

export interface ContentSource {
  load: () => Promise<Content>;
  summary: ContentSummary;
}

export const ContentContext = createContext<ContentSource | null>(null);

function useContentSource(): ContentSource {
  const value = useContext(ContentContext);
  if (!value) throw new Error('useContent() needs the ContentContext provider from the app shell');
  return value;
}

export function useContent(): Content {
  return use(useContentSource().load());
}

export function useContentSummary(): ContentSummary {
  return useContentSource().summary;
}
