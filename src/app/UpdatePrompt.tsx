import { useRegisterSW } from 'virtual:pwa-register/react';
import { en } from '@/strings/en';
import styles from './Layout.module.css';

/**
 * Registers the service worker (the app then works offline) and, when a new
 * version has been downloaded, asks before reloading into it, so no answer is
 * lost mid-session. Being ready offline needs no message: it just works.
 */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <section className={`${styles.notice} ${styles.update}`} role="status" aria-label={en.update.label}>
      <p>{en.update.available}</p>
      <div className={styles.noticeActions}>
        <button type="button" className={styles.noticeButton} onClick={() => void updateServiceWorker(true)}>
          {en.update.reload}
        </button>
        <button type="button" className={styles.noticeButton} onClick={() => setNeedRefresh(false)}>
          {en.update.later}
        </button>
      </div>
    </section>
  );
}
