import { useId, useRef, useState } from 'react';
import { exportProgress, parseProgressFile, summarizeProgress, type ImportedFile } from '@/domain/transfer';
import btn from '@/components/ui/Button.module.css';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { downloadText } from '@/components/ui/download';
import { selectProgress, selectReplaceProgress, selectResetProgress, useAppStore } from '@/store';
import { en } from '@/strings/en';
import { progressStrings } from '@/strings/progress';
import styles from './ProgressPage.module.css';

type Message = { kind: 'ok' | 'error'; text: string } | null;

/** Export, import (validated, confirmed, never partial) and reset (confirmed). */
export function DataPanel() {
  const progress = useAppStore(selectProgress);
  const replaceProgress = useAppStore(selectReplaceProgress);
  const resetProgress = useAppStore(selectResetProgress);
  const [pending, setPending] = useState<ImportedFile | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const hintId = useId();
  const current = summarizeProgress(progress);
  const incoming = pending ? summarizeProgress(pending.progress) : null;

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setMessage(null);
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ kind: 'error', text: progressStrings.importErrors.unreadable });
      return;
    } finally {
      // Choosing the same file again must fire a change event.
      if (fileInput.current) fileInput.current.value = '';
    }
    const result = parseProgressFile(text);
    if (result.ok) setPending(result.file);
    else setMessage({ kind: 'error', text: progressStrings.importErrors[result.problem] });
  };

  return (
    <section aria-labelledby="data-title" className={styles.section}>
      <h2 id="data-title">{progressStrings.dataTitle}</h2>
      <p>{progressStrings.dataLead}</p>
      <div className={styles.actions}>
        <button
          type="button"
          className={btn.button}
          onClick={() => {
            const now = Date.now();
            downloadText(progressStrings.exportFileName(en.format.isoDate(now)), JSON.stringify(exportProgress(progress, now), null, 1));
          }}
        >
          {progressStrings.export}
        </button>
        <span className={styles.fileField}>
          <label htmlFor={inputId} className={btn.button}>
            {progressStrings.import}
          </label>
          <input
            ref={fileInput}
            id={inputId}
            className={styles.fileInput}
            type="file"
            accept="application/json,.json"
            aria-describedby={hintId}
            onChange={(event) => void onFile(event.target.files?.[0])}
          />
        </span>
        <button type="button" className={btn.button} onClick={() => setConfirmReset(true)}>
          {progressStrings.reset}
        </button>
      </div>
      <p id={hintId} className={styles.statNote}>
        {progressStrings.importHint}
      </p>
      <div role="status">{message?.kind === 'ok' ? <p className={styles.ok}>{message.text}</p> : null}</div>
      <div role="alert">{message?.kind === 'error' ? <p className={styles.error}>{message.text}</p> : null}</div>

      <ConfirmDialog
        open={pending !== null}
        title={progressStrings.importTitle}
        confirmLabel={progressStrings.importConfirm}
        cancelLabel={progressStrings.cancel}
        danger
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (!pending) return;
          replaceProgress(pending.progress);
          setMessage({ kind: 'ok', text: progressStrings.imported(summarizeProgress(pending.progress).answers) });
          setPending(null);
        }}
      >
        <p>{progressStrings.importCurrent(current.answers, current.items)}</p>
        {incoming ? <p>{progressStrings.importIncoming(incoming.answers, incoming.items, incoming.lastAt ? en.format.date(incoming.lastAt) : '')}</p> : null}
        <p>{progressStrings.importWarning}</p>
      </ConfirmDialog>

      <ConfirmDialog
        open={confirmReset}
        title={progressStrings.resetTitle}
        confirmLabel={progressStrings.resetConfirm}
        cancelLabel={progressStrings.cancel}
        danger
        onCancel={() => setConfirmReset(false)}
        onConfirm={() => {
          resetProgress();
          setConfirmReset(false);
          setMessage({ kind: 'ok', text: progressStrings.resetDone });
        }}
      >
        <p>{progressStrings.resetText}</p>
      </ConfirmDialog>
    </section>
  );
}
