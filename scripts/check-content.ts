/**
 * npm run content:check: validates content/ and checks that content/schema/ is current.
 * With --write it (re)generates content/schema/ from the zod schemas.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentJsonSchemas } from '../src/domain/json-schema';
import { validateContent } from '../src/domain/validate';
import { readContentFiles } from './content-files';

const root = join(import.meta.dirname, '..', 'content');
const write = process.argv.includes('--write');
let failed = false;

const schemaDir = join(root, 'schema');
mkdirSync(schemaDir, { recursive: true });
for (const [name, text] of Object.entries(contentJsonSchemas())) {
  const path = join(schemaDir, name);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (current === text) continue;
  if (write) {
    writeFileSync(path, text);
    console.log(`wrote content/schema/${name}`);
  } else {
    console.error(`content/schema/${name} is out of date: run npm run content:schema`);
    failed = true;
  }
}

const result = validateContent(readContentFiles(root));
if (result.ok) {
  const { items, questions, categories } = result.content;
  console.log(`content: ${items.length} items in ${categories.length} categories, ${questions.length} questions, all valid`);
} else {
  console.error(`content: ${result.errors.length} problem(s):\n- ${result.errors.join('\n- ')}`);
  failed = true;
}
process.exit(failed ? 1 : 0);
