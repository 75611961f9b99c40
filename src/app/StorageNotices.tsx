import { downloadText } from '@/components/ui/download';
import { selectDismissRecovered, selectNotices, useAppStore } from '@/store';
import { readBackup } from '@/store/storage';
import { en } from '@/strings/en';
import styles from './Layout.module.css';

/** Tells the learner when saved data could not be used or cannot be kept, and offers the backup. */
export function StorageNotices() {
  const notices = useAppStore(selectNotices);
  const dismiss = useAppStore(selectDismissRecovered);
  const { recovered } = notices;
  return (
    <>
      {recovered ? (
        <section className={styles.notice} role="alert" aria-labelledby="recovered-title">
          <h2 id="recovered-title" className={styles.noticeTitle}>
            {en.storage.recoveredTitle}
          </h2>
          <p>{en.storage.recoveredText}</p>
          <div className={styles.noticeActions}>
            <button
              type="button"
              className={styles.noticeButton}
              onClick={() => downloadText(en.storage.backupFileName, readBackup(recovered.backupKey) ?? '')}
            >
              {en.storage.downloadBackup}
            </button>
            <button type="button" className={styles.noticeButton} onClick={dismiss}>
              {en.storage.dismiss}
            </button>
          </div>
        </section>
      ) : null}
      {notices.storageUnavailable ? (
        <p className={styles.notice} role="status">
          {en.storage.unavailable}
        </p>
      ) : null}
    </>
  );
}
