/** JSON Schemas for the content files, generated from the zod schemas so editors can autocomplete. */
import * as z from 'zod/mini';
import { CategoryFileSchema, ItemFileSchema, QuestionFileSchema, SourceFileSchema } from './schema.ts';

const files = {
  'items.schema.json': ItemFileSchema,
  'questions.schema.json': QuestionFileSchema,
  'categories.schema.json': CategoryFileSchema,
  'sources.schema.json': SourceFileSchema,
} as const;

/** File name to pretty-printed JSON text, ready to write into content/schema/. */
export function contentJsonSchemas(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(files).map(([name, schema]) => [name, `${JSON.stringify(z.toJSONSchema(schema, { io: 'input' }), null, 2)}\n`]),
  );
}
