/** Reads content/ from disk in the shape the validator takes (build, tests and scripts share it). */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RawContent, RawFile } from '../src/domain/validate';

function readJson(root: string, path: string): RawFile {
  const shown = relative(process.cwd(), path) || path;
  try {
    return { path: shown, data: JSON.parse(readFileSync(path, 'utf8')) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${shown}: not valid JSON (${reason}). Content lives in ${relative(process.cwd(), root) || '.'}.`, { cause: error });
  }
}

function readFolder(root: string, folder: string): RawFile[] {
  const dir = join(root, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readJson(root, join(dir, name)));
}

export function readContentFiles(root: string): RawContent {
  return {
    items: readFolder(root, 'items'),
    questions: readFolder(root, 'questions'),
    categories: readJson(root, join(root, 'categories.json')),
    sources: readJson(root, join(root, 'sources.json')),
  };
}
