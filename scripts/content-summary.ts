/** A Vite plugin for the browser and the prerender builds (see vite.config.ts and prerender.ts). */
import { readdirSync } from 'node:fs';
import type { Plugin } from 'vite';
import { validateContent } from '../src/domain/validate.ts';
import { readContentFiles } from './content-files.ts';

const SUMMARY = 'virtual:content-summary';
const CONTENT = 'virtual:content';

/**
 * Two modules made from content/ at build time:
 * - `virtual:content`: the content, validated here and shipped as JSON, so the browser
 *   neither loads the validator nor spends its start-up checking what the build checked.
 *   Invalid content makes a module that throws the same ContentError the page shows
 *   (the production build stops earlier, in buildStart).
 * - `virtual:content-summary`: how many items, categories and questions there are, so a
 *   page that only shows the counts (Home) need not load the content.
 * The content is read and validated once for both, and a build stops when it is invalid.
 */
type ContentResult = ReturnType<typeof validateContent>;

/** The content read and validated once per root, shared by the browser and prerender builds; a change clears it. */
const validated = new Map<string, ContentResult>();

function readContent(contentRoot: string): ContentResult {
  let result = validated.get(contentRoot);
  if (!result) {
    try {
      result = validateContent(readContentFiles(contentRoot));
    } catch (error) {
      result = { ok: false, errors: [error instanceof Error ? error.message : String(error)] };
    }
    validated.set(contentRoot, result);
  }
  return result;
}

export function contentSummary(contentRoot: string): Plugin {
  let command: 'build' | 'serve' = 'serve';
  return {
    name: 'srm:content-summary',
    configResolved(config) {
      command = config.command;
    },
    // A build stops on invalid content, naming file, item and field.
    buildStart() {
      const result = readContent(contentRoot);
      if (command === 'build' && !result.ok) this.error(`The study content is invalid:\n- ${result.errors.join('\n- ')}`);
    },
    watchChange(id) {
      if (id.startsWith(contentRoot)) validated.delete(contentRoot);
    },
    resolveId: (source) => (source === SUMMARY || source === CONTENT ? `\0${source}` : undefined),
    // The dev server watches the files that existed when the modules were made; a file added or removed remakes them too.
    configureServer(server) {
      const changed = (file: string): void => {
        if (!file.startsWith(contentRoot) || !file.endsWith('.json')) return;
        validated.delete(contentRoot);
        for (const id of [`\0${SUMMARY}`, `\0${CONTENT}`]) {
          const module = server.moduleGraph.getModuleById(id);
          if (module) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.add(contentRoot);
      server.watcher.on('add', changed);
      server.watcher.on('unlink', changed);
    },
    load(source) {
      if (source !== `\0${SUMMARY}` && source !== `\0${CONTENT}`) return undefined;
      for (const file of readdirSync(contentRoot, { recursive: true, encoding: 'utf8' })) if (file.endsWith('.json')) this.addWatchFile(`${contentRoot}/${file}`);
      const result = readContent(contentRoot);
      if (source === `\0${SUMMARY}`) {
        const { items, categories, questions } = result.ok ? result.content : { items: [], categories: [], questions: [] };
        return `export default ${JSON.stringify({ items: items.length, categories: categories.length, questions: questions.length })};`;
      }
      if (!result.ok) {
        return `import { ContentError } from '/src/domain/content-error.ts';\nthrow new ContentError(${JSON.stringify(result.errors)});\nexport default undefined;`;
      }
      // JSON.parse of one string is faster for V8 than evaluating a large object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(result.content))});`;
    },
  };
}
