/**
 * The content files, bundled into their own lazily loaded chunk and validated
 * with the same code the build uses. import.meta.glob lives here, in app/,
 * so domain/ stays free of bundler specifics.
 */
import { parseContent, type RawFile } from '@/domain/validate';

function files(modules: Record<string, unknown>): RawFile[] {
  return Object.entries(modules).map(([path, data]) => ({ path: path.replace(/^\//, ''), data }));
}

const items = import.meta.glob('/content/items/*.json', { eager: true, import: 'default' });
const questions = import.meta.glob('/content/questions/*.json', { eager: true, import: 'default' });
const [categories] = files(import.meta.glob('/content/categories.json', { eager: true, import: 'default' }));
const [sources] = files(import.meta.glob('/content/sources.json', { eager: true, import: 'default' }));

if (!categories || !sources) throw new Error('content/categories.json and content/sources.json are required');

export const content = parseContent({ items: files(items), questions: files(questions), categories, sources });
