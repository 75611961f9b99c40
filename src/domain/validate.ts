/**
 * Parses the raw content files and checks what a schema alone cannot:
 * references between files, duplicate ids, answer keys. Every problem becomes
 * one sentence naming the file, the item or question, and the field, so an
 * instructor who edited a JSON file can fix it without reading code.
 */
import type * as z from 'zod/mini';
import { ContentError } from './content-error.ts';
import {
  CategoryFileSchema,
  ItemListFileSchema,
  ItemSchema,
  QuestionListFileSchema,
  QuestionSchema,
  SourceFileSchema,
  type Category,
  type Content,
  type Question,
  type ResponsibilityItem,
  type Source,
} from './schema.ts';

/** A content file as read from disk: its path (for messages) and its parsed JSON. */
export interface RawFile {
  readonly path: string;
  readonly data: unknown;
}

export interface RawContent {
  readonly items: readonly RawFile[];
  readonly questions: readonly RawFile[];
  readonly categories: RawFile;
  readonly sources: RawFile;
}

export type ValidationResult =
  | { readonly ok: true; readonly content: Content }
  | { readonly ok: false; readonly errors: readonly string[] };

const CHOOSE_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five'] as const;

function quoteList(values: readonly unknown[]): string {
  const quoted = values.map((v) => JSON.stringify(v));
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1) ?? ''}`;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** `['items', 3, 'source', 'ref']` becomes `item "x", field "source.ref"`. */
function describePath(data: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  const field: string[] = [];
  const entities: Record<string, string> = { items: 'item', questions: 'question', categories: 'category', sources: 'source', options: 'option' };
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    const entity = typeof key === 'string' ? entities[key] : undefined;
    if (entity && typeof next === 'number' && field.length === 0) {
      const id = valueAt(data, [...path.slice(0, i + 2), 'id']);
      parts.push(typeof id === 'string' && id ? `${entity} "${id}"` : `${entity} number ${next + 1}`);
      i++;
    } else if (key === 'byService' && typeof next === 'string' && field.length === 0) {
      parts.push(`service "${next}"`);
      i++;
    } else {
      field.push(String(key));
    }
  }
  if (field.length) parts.push(`field "${field.join('.')}"`);
  return parts.join(', ');
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const value = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_value':
      return `must be ${issue.values.length > 1 ? 'one of ' : ''}${quoteList(issue.values)} (it is ${describeValue(value)})`;
    case 'invalid_type':
      return value === undefined ? 'is missing' : `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`} (it is ${describeValue(value)})`;
    case 'unrecognized_keys':
      return `is not a known field (${issue.keys.map((k) => `"${k}"`).join(', ')}); check the spelling against content/README.md`;
    case 'invalid_key':
      return 'is not a known service';
    default:
      return `${issue.message} (it is ${describeValue(value)})`;
  }
}

function report(file: RawFile, issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[], errors: string[]): void {
  for (const issue of issues) {
    // Unknown keys are reported on their parent; name the key itself as the field.
    const own = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    const path = [...prefix, ...own];
    const where = describePath(file.data, path);
    const shifted = { ...issue, path: [...prefix, ...issue.path] } as z.core.$ZodIssue;
    errors.push(`${file.path}: ${where ? `${where}: ` : ''}${describeIssue(shifted, file.data)}`);
  }
}

function parseFile<T>(schema: z.ZodMiniType<T>, file: RawFile, errors: string[]): T | undefined {
  const result = schema.safeParse(file.data);
  if (result.success) return result.data;
  report(file, result.error.issues, [], errors);
  return undefined;
}

/**
 * Parses a file's list entry by entry, so one bad item is reported on its own
 * and the valid ones still count (no cascade of "missing item" errors).
 */
function parseList<E, T>(
  file: RawFile,
  envelopeSchema: z.ZodMiniType<E>,
  key: string,
  list: (envelope: E) => readonly unknown[],
  entry: z.ZodMiniType<T>,
  errors: string[],
): T[] {
  const envelope = parseFile(envelopeSchema, file, errors);
  if (!envelope) return [];
  return list(envelope).flatMap((value, index) => {
    const result = entry.safeParse(value);
    if (result.success) return [result.data];
    report(file, result.error.issues, [key, index], errors);
    return [];
  });
}

function declaredIds(file: RawFile, key: string): string[] {
  const list = valueAt(file.data, [key]);
  return Array.isArray(list) ? list.flatMap((entry: unknown) => {
    const id = valueAt(entry, ['id']);
    return typeof id === 'string' ? [id] : [];
  }) : [];
}

function fileStem(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.json$/, '');
}

function findDuplicates<T extends { id: string }>(entries: readonly { file: string; value: T }[], label: string, errors: string[]): void {
  const seen = new Map<string, string>();
  for (const { file, value } of entries) {
    const first = seen.get(value.id);
    if (first !== undefined) errors.push(`${file}: ${label} "${value.id}": the id is already used in ${first}; ids must be unique`);
    else seen.set(value.id, file);
  }
}

function checkItem(file: string, item: ResponsibilityItem, sources: ReadonlyMap<string, Source>, categoryIds: ReadonlySet<string>, errors: string[]): void {
  const where = `${file}: item "${item.id}"`;
  if (!categoryIds.has(item.category)) errors.push(`${where}, field "category": "${item.category}" is not a category in content/categories.json`);
  else if (fileStem(file) !== item.category) errors.push(`${where}, field "category": the item is in ${fileStem(file)}.json but says category "${item.category}"; move it or fix the category`);
  const source = sources.get(item.source.ref);
  if (!source) errors.push(`${where}, field "source.ref": "${item.source.ref}" is not a source in content/sources.json`);
  else if (source.primary && !item.source.quote) errors.push(`${where}, field "source.quote": the item comes from the source article, so it needs a verbatim quote from it`);
  else if (!source.primary && item.source.quote !== undefined) errors.push(`${where}, field "source.quote": quotes are only for the source article; explain facts from "${source.id}" in your own words instead`);
  for (const ref of item.references ?? []) {
    if (!sources.has(ref)) errors.push(`${where}, field "references": "${ref}" is not a source in content/sources.json`);
  }
}

function checkQuestion(
  file: string,
  question: Question,
  itemIds: ReadonlySet<string>,
  categoryIds: ReadonlySet<string>,
  sources: ReadonlyMap<string, Source>,
  errors: string[],
): void {
  const where = `${file}: question "${question.id}"`;
  const optionIds = question.options.map((o) => o.id);
  const expectedIds = optionIds.map((_, i) => String.fromCharCode(97 + i));
  if (optionIds.join() !== expectedIds.join()) errors.push(`${where}, field "options": option ids must run ${quoteList(expectedIds)} in order (they are ${quoteList(optionIds)})`);
  const answers = new Set(question.answer);
  if (answers.size !== question.answer.length) errors.push(`${where}, field "answer": an option is named twice`);
  for (const id of question.answer) {
    if (!optionIds.includes(id)) errors.push(`${where}, field "answer": "${id}" is not one of the question's options`);
  }
  if (question.type === 'single' && question.answer.length !== 1) {
    errors.push(`${where}, field "answer": a "single" question has exactly one answer (it has ${question.answer.length})`);
  }
  if (question.type === 'multiple') {
    const count = question.answer.length;
    const word = CHOOSE_WORDS[count] ?? String(count);
    if (count < 2) errors.push(`${where}, field "answer": a "multiple" question has at least two answers (it has ${count})`);
    else if (count >= question.options.length) errors.push(`${where}, field "answer": every option is an answer; leave at least one wrong option`);
    else if (!question.stem.includes(`(Choose ${word}.)`)) errors.push(`${where}, field "stem": a question with ${count} answers must say "(Choose ${word}.)" in its stem`);
  }
  for (const id of question.itemIds) {
    if (!itemIds.has(id)) errors.push(`${where}, field "itemIds": "${id}" is not an item in content/items`);
  }
  if (!categoryIds.has(question.category)) errors.push(`${where}, field "category": "${question.category}" is not a category in content/categories.json`);
  for (const ref of question.references ?? []) {
    if (!sources.has(ref)) errors.push(`${where}, field "references": "${ref}" is not a source in content/sources.json`);
  }
}

/** Validates all content; on success returns it typed, otherwise every problem found. */
export function validateContent(raw: RawContent): ValidationResult {
  const errors: string[] = [];
  const categories: readonly Category[] = parseFile(CategoryFileSchema, raw.categories, errors)?.categories ?? [];
  const sourceList: readonly Source[] = parseFile(SourceFileSchema, raw.sources, errors)?.sources ?? [];
  const itemEntries = [...raw.items]
    .sort((a, b) => a.path.localeCompare(b.path))
    .flatMap((file) => parseList(file, ItemListFileSchema, 'items', (e) => e.items, ItemSchema, errors).map((value) => ({ file: file.path, value })));
  const questionEntries = [...raw.questions]
    .sort((a, b) => a.path.localeCompare(b.path))
    .flatMap((file) => parseList(file, QuestionListFileSchema, 'questions', (e) => e.questions, QuestionSchema, errors).map((value) => ({ file: file.path, value })));

  findDuplicates(categories.map((value) => ({ file: raw.categories.path, value })), 'category', errors);
  findDuplicates(sourceList.map((value) => ({ file: raw.sources.path, value })), 'source', errors);
  findDuplicates(itemEntries, 'item', errors);
  findDuplicates(questionEntries, 'question', errors);

  const sources = new Map(sourceList.map((s) => [s.id, s]));
  const categoryIds = new Set(categories.map((c) => c.id));
  // Ids of invalid items count too: their own error is enough, without one more per question citing them.
  const itemIds = new Set([...itemEntries.map((e) => e.value.id), ...raw.items.flatMap((file) => declaredIds(file, 'items'))]);
  for (const { file, value } of itemEntries) checkItem(file, value, sources, categoryIds, errors);
  for (const { file, value } of questionEntries) checkQuestion(file, value, itemIds, categoryIds, sources, errors);

  if (errors.length) return { ok: false, errors };
  // Items follow the category order, so every view lists them the same way.
  const order = new Map(categories.map((c, i) => [c.id, i]));
  const items = itemEntries.map((e) => e.value).sort((a, b) => (order.get(a.category) ?? 0) - (order.get(b.category) ?? 0));
  return { ok: true, content: { items, questions: questionEntries.map((e) => e.value), categories, sources: sourceList } };
}

/** Like validateContent, but throws one readable error listing every problem. */
export function parseContent(raw: RawContent): Content {
  const result = validateContent(raw);
  if (!result.ok) throw new ContentError(result.errors);
  return result.content;
}

export { ContentError };
