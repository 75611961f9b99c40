/**
 * Recording answers: the one part of the store that needs the scheduler
 * (ts-fsrs). It sits apart from the store's slices so that only the pages
 * that record answers (flashcards, sort, quiz) load it, not every first page.
 */
import { recordAnswer, type Answer } from '@/domain/record';
import { useAppStore, type AppStore } from './index';

export interface RecordOptions {
  /** When the answer was given (defaults to now). */
  now?: number;
  /** `false` (cram) logs the answer without moving the schedule. */
  schedule?: boolean;
}

/** Records one answer from any mode. */
export function record(answer: Answer, options: RecordOptions = {}, store: AppStore = useAppStore): void {
  store.setState((state) => ({
    progress: recordAnswer(state.progress, answer, options.now ?? Date.now(), {
      retention: state.settings.retention,
      ...(options.schedule === undefined ? {} : { schedule: options.schedule }),
    }),
  }));
}

/** Records several answers given together (a submitted exam) in one update, so storage is written once. */
export function recordMany(answers: readonly Answer[], options: Pick<RecordOptions, 'now'> = {}, store: AppStore = useAppStore): void {
  store.setState((state) => {
    const now = options.now ?? Date.now();
    return { progress: answers.reduce((progress, answer) => recordAnswer(progress, answer, now, { retention: state.settings.retention }), state.progress) };
  });
}
