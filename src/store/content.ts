/**
 * The validated content, provided once by the app shell. It is static for a
 * session, so a React context is enough; progress lives in the zustand store.
 */
import { createContext, useContext } from 'react';
import type { Content } from '@/domain/schema';

export const ContentContext = createContext<Content | null>(null);

export function useContent(): Content {
  const content = useContext(ContentContext);
  if (!content) throw new Error('useContent() needs the ContentContext provider from the app shell');
  return content;
}
