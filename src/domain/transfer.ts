/**
 * Progress files: what "Export progress" writes and "Import" accepts. A file
 * is parsed and validated in full before anything is replaced; a foreign,
 * newer or damaged file is refused with the reason. Files keep each item's
 * memory in one flat record by item id, however the app keeps it inside, so
 * files from any version of the app open in any other.
 */
import * as z from 'zod/mini';
import { lazy } from './lazy.ts';
import { bucketMemory, flattenMemory, progressSchemas, studiedCount, type Progress } from './progress-schema.ts';

export const EXPORT_FORMAT = 'srm-trainer-progress';
export const EXPORT_VERSION = 1;

/** A file's envelope (any version), and the whole file of this version. Built on first use (see lazy). */
const fileSchemas = lazy(() => ({
  envelope: z.object({ format: z.string(), version: z.number() }),
  file: z.object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: z.number(),
    progress: progressSchemas().flatProgress,
  }),
}));
export type ExportFile = z.infer<ReturnType<typeof fileSchemas>['file']>;

/** An imported file, with its progress as the app keeps it. */
export interface ImportedFile {
  readonly exportedAt: number;
  readonly progress: Progress;
}

export function exportProgress(progress: Progress, now: number): ExportFile {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now, progress: { ...progress, memory: flattenMemory(progress.memory) } };
}

export type ImportProblem = 'not-json' | 'foreign' | 'newer' | 'damaged';
export type ImportResult = { readonly ok: true; readonly file: ImportedFile } | { readonly ok: false; readonly problem: ImportProblem; readonly detail: string };

export function parseProgressFile(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
  const envelope = fileSchemas().envelope.safeParse(data);
  if (!envelope.success || envelope.data.format !== EXPORT_FORMAT) return { ok: false, problem: 'foreign', detail: '' };
  if (envelope.data.version > EXPORT_VERSION) return { ok: false, problem: 'newer', detail: String(envelope.data.version) };
  const file = fileSchemas().file.safeParse(data);
  if (!file.success) {
    const issue = file.error.issues[0];
    return { ok: false, problem: 'damaged', detail: issue ? `${issue.path.join('.')}: ${issue.message}` : '' };
  }
  const { exportedAt, progress } = file.data;
  return { ok: true, file: { exportedAt, progress: { ...progress, memory: bucketMemory(progress.memory) } } };
}

export interface ProgressSummary {
  readonly items: number;
  readonly answers: number;
  readonly lastAt: number | undefined;
}

/** What a copy of progress holds, in the terms the import confirmation uses. */
export function summarizeProgress(progress: Progress): ProgressSummary {
  const folded = Object.values(progress.folded);
  const answers = progress.events.length + folded.reduce((sum, totals) => sum + totals.reviews, 0);
  // A loop, not Math.max(...times): an imported file is not bounded yet, and spreading
  // 150,000 or more arguments overflows the stack.
  let lastAt: number | undefined;
  for (const at of [...progress.events.map((e) => e.at), ...folded.map((t) => t.lastAt)]) lastAt = lastAt === undefined ? at : Math.max(lastAt, at);
  return { items: studiedCount(progress), answers, lastAt };
}
