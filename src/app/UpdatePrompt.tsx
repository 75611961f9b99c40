import { useRegisterSW } from 'virtual:pwa-register/react';
import { en } from '@/strings/en';
import styles from './Layout.module.css';

/**
 * Registers the service worker (the app then works offline) and, when a new
 * version has been downloaded, asks before reloading into it.
 */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh && !offlineReady) return null;
  return (
    <section className={`${styles.notice} ${styles.update}`} role="status" aria-label={en.update.label}>
      <p>{needRefresh ? en.update.available : en.update.offlineReady}</p>
      <div className={styles.noticeActions}>
        {needRefresh ? (
          <button type="button" className={styles.noticeButton} onClick={() => void updateServiceWorker(true)}>
            {en.update.reload}
          </button>
        ) : null}
        <button
          type="button"
          className={styles.noticeButton}
          onClick={() => {
            setNeedRefresh(false);
            setOfflineReady(false);
          }}
        >
          {needRefresh ? en.update.later : en.storage.dismiss}
        </button>
      </div>
    </section>
  );
}
