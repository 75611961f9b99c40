/** A Vite plugin for the browser and the prerender builds (see vite.config.ts and prerender.ts). */
import { readdirSync } from 'node:fs';
import type { Plugin } from 'vite';
import { validateContent } from '../src/domain/validate.ts';
import { readContentFiles } from './content-files.ts';

/**
 * `virtual:content-summary`: how many items, categories and questions there
 * are, so a page that only shows the counts (Home) need not load the content.
 */
export function contentSummary(contentRoot: string): Plugin {
  const id = 'virtual:content-summary';
  return {
    name: 'srm:content-summary',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(source) {
      if (source !== `\0${id}`) return undefined;
      const result = validateContent(readContentFiles(contentRoot));
      const { items, categories, questions } = result.ok ? result.content : { items: [], categories: [], questions: [] };
      for (const file of readdirSync(contentRoot, { recursive: true, encoding: 'utf8' })) if (file.endsWith('.json')) this.addWatchFile(`${contentRoot}/${file}`);
      return `export default ${JSON.stringify({ items: items.length, categories: categories.length, questions: questions.length })};`;
    },
  };
}

