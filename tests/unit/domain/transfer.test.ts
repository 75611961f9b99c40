import { describe, expect, it } from 'vitest';
import { recordAnswer, type Answer } from '@/domain/record';
import { EMPTY_PROGRESS, flattenMemory, memoryOf, type Progress } from '@/domain/progress-schema';
import { EXPORT_FORMAT, EXPORT_VERSION, exportProgress, parseProgressFile, summarizeProgress } from '@/domain/transfer';

const NOW = Date.UTC(2026, 10, 28, 9, 0);
const MINUTE = 60_000;
const DAY = 86_400_000;

const answers: Answer[] = [
  { itemId: 'patch-guest-os', mode: 'sort', correct: false, chosen: 'aws' },
  { itemId: 'patch-guest-os', mode: 'flashcards', correct: true, chosen: null, grade: 'easy' },
  { itemId: 'physical-security', mode: 'quiz', correct: true, chosen: 'a' },
  { itemId: 'encrypt-data', mode: 'sort', correct: true, chosen: 'customer' },
  { itemId: 'crammed-only', mode: 'sort', correct: true, chosen: 'customer' },
];

function studied(maxEvents = 100): Progress {
  return answers.reduce(
    (progress, answer, i) => recordAnswer(progress, answer, NOW - 3 * DAY + i * MINUTE, { maxEvents, schedule: answer.itemId !== 'crammed-only' }),
    EMPTY_PROGRESS,
  );
}

const fileOf = (progress: Progress): string => JSON.stringify(exportProgress(progress, NOW));

function problemOf(text: string): string {
  const result = parseProgressFile(text);
  return result.ok ? 'accepted' : result.problem;
}

describe('exportProgress', () => {
  it('wraps the progress with the file format, version and export time', () => {
    const progress = studied();
    expect(exportProgress(progress, NOW)).toEqual({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: NOW, progress: { ...progress, memory: flattenMemory(progress.memory) } });
  });

  it('writes each item’s memory in one flat record by item id, as files have always had it', () => {
    const progress = studied();
    const file = exportProgress(progress, NOW);
    expect(Object.keys(file.progress.memory).sort()).toEqual(['encrypt-data', 'patch-guest-os', 'physical-security']);
    expect(file.progress.memory['patch-guest-os']).toEqual(memoryOf(progress, 'patch-guest-os'));
  });
});

describe('parseProgressFile', () => {
  it('gives back exactly the progress that was exported', () => {
    for (const progress of [EMPTY_PROGRESS, studied(), studied(2)]) {
      const result = parseProgressFile(fileOf(progress));
      expect(result.ok).toBe(true);
      if (result.ok) {
        expect(result.file.progress).toEqual(progress);
        expect(result.file.exportedAt).toBe(NOW);
      }
    }
  });

  it('accepts a file pretty-printed or edited by hand, as long as it is whole', () => {
    const result = parseProgressFile(JSON.stringify(exportProgress(studied(), NOW), null, 2));
    expect(result.ok).toBe(true);
  });

  it('refuses text that is not JSON, with the parser’s reason', () => {
    for (const text of ['', 'not json', '{"format": "srm-trainer-progress",', fileOf(studied()).slice(0, 50)]) {
      const result = parseProgressFile(text);
      expect(result).toMatchObject({ ok: false, problem: 'not-json' });
      if (!result.ok) expect(result.detail).not.toBe('');
    }
  });

  it('refuses a JSON file that is not one of ours', () => {
    expect(problemOf('null')).toBe('foreign');
    expect(problemOf('[]')).toBe('foreign');
    expect(problemOf('42')).toBe('foreign');
    expect(problemOf(JSON.stringify({ name: 'my-package', version: 1 }))).toBe('foreign');
    expect(problemOf(JSON.stringify({ ...exportProgress(studied(), NOW), format: 'anki-deck' }))).toBe('foreign');
    // The bare progress, without the envelope, is not a progress file either.
    expect(problemOf(JSON.stringify(studied()))).toBe('foreign');
  });

  it('refuses a file from a newer version of the app, naming the version', () => {
    const result = parseProgressFile(JSON.stringify({ ...exportProgress(studied(), NOW), version: EXPORT_VERSION + 1 }));
    expect(result).toEqual({ ok: false, problem: 'newer', detail: String(EXPORT_VERSION + 1) });
  });

  it('refuses a damaged file, naming where the damage is', () => {
    const file = exportProgress(studied(), NOW);
    const [first, ...rest] = file.progress.events;
    const cases: [unknown, string][] = [
      [{ ...file, progress: undefined }, 'progress'],
      [{ ...file, progress: { ...file.progress, events: [{ ...first, at: 'yesterday' }, ...rest] } }, 'progress.events.0.at'],
      [{ ...file, progress: { ...file.progress, events: [{ ...first, mode: 'guess' }, ...rest] } }, 'progress.events.0.mode'],
      [{ ...file, progress: { ...file.progress, memory: { x: { ...file.progress.memory['patch-guest-os'], stability: null } } } }, 'progress.memory.x.stability'],
      [{ ...file, progress: { ...file.progress, foldedDays: { '20000': -1 } } }, 'progress.foldedDays.20000'],
      [{ ...file, exportedAt: 'today' }, 'exportedAt'],
    ];
    for (const [damaged, path] of cases) {
      const result = parseProgressFile(JSON.stringify(damaged));
      expect(result).toMatchObject({ ok: false, problem: 'damaged' });
      if (!result.ok) expect(result.detail.startsWith(`${path}:`)).toBe(true);
    }
  });

  it('refuses a file that claims an older version this app never wrote', () => {
    expect(problemOf(JSON.stringify({ ...exportProgress(studied(), NOW), version: 0 }))).toBe('damaged');
  });
});

describe('summarizeProgress', () => {
  it('says an empty progress holds nothing', () => {
    expect(summarizeProgress(EMPTY_PROGRESS)).toEqual({ items: 0, answers: 0, lastAt: undefined });
  });

  it('counts the items studied, every answer and the time of the latest one', () => {
    expect(summarizeProgress(studied())).toEqual({ items: 3, answers: 5, lastAt: NOW - 3 * DAY + 4 * MINUTE });
  });

  it('counts answers folded out of the log too', () => {
    const progress = studied(1);
    expect(progress.events).toHaveLength(1);
    expect(summarizeProgress(progress)).toEqual({ items: 3, answers: 5, lastAt: NOW - 3 * DAY + 4 * MINUTE });
  });

  it('summarizes a file with far more answers than the app keeps (not yet bounded) without failing', () => {
    const events = Array.from({ length: 200_000 }, (_, i) => ({ itemId: 'patch-guest-os', mode: 'sort' as const, correct: true, chosen: 'customer', at: NOW - DAY + i }));
    expect(summarizeProgress({ ...EMPTY_PROGRESS, events })).toEqual({ items: 0, answers: 200_000, lastAt: NOW - DAY + 199_999 });
  });

  it('finds the latest answer among folded totals when the log is empty', () => {
    const progress = studied(0);
    expect(progress.events).toEqual([]);
    expect(summarizeProgress(progress)).toEqual({ items: 3, answers: 5, lastAt: NOW - 3 * DAY + 4 * MINUTE });
  });
});
