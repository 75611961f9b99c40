import { Suspense, useDeferredValue, type ComponentType } from 'react';
import { Page } from '@/components/ui/Page';
import { selectSavedStateLoaded, useAppStore } from '@/store';
import { en } from '@/strings/en';
import styles from './Layout.module.css';

/** What a page that needs the learner's saved progress shows before it is read: its own heading and lead. */
export interface PendingPage {
  title: string;
  documentTitle?: string;
  lead?: string;
}

function Pending({ title, documentTitle, lead }: PendingPage) {
  return (
    <Page title={title} documentTitle={documentTitle ?? title} lead={lead} pending>
      <div className={styles.pending} aria-busy="true">
        <noscript>
          <p>{en.needsScript}</p>
        </noscript>
      </div>
    </Page>
  );
}

/**
 * A page built from the learner's saved progress (a study session, the
 * progress figures, settings) is prerendered as its heading and lead only, and
 * mounts once the saved copy is in the store: it never starts from the empty
 * defaults the prerendered HTML was made with.
 */
export function AfterSavedState({ page: Component, pending }: { page: ComponentType; pending: PendingPage }) {
  // Deferred: the page mounts in a background render that yields to the browser, not in one long task.
  const loaded = useDeferredValue(useAppStore(selectSavedStateLoaded));
  // While the page's chunk or the content loads, the same heading and lead stay: nothing jumps.
  return <Suspense fallback={<Pending {...pending} />}>{loaded ? <Component /> : <Pending {...pending} />}</Suspense>;
}
