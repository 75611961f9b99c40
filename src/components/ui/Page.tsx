import type { ReactNode } from 'react';
import { en } from '@/strings/en';
import styles from './Page.module.css';

interface PageProps {
  title: string;
  /** The document title's first part; the app name follows. Defaults to the heading. */
  documentTitle?: string;
  lead?: ReactNode;
  children?: ReactNode;
}

/** A page: its document title, one h1 (the focus target after navigation) and an optional lead. */
export function Page({ title, documentTitle, lead, children }: PageProps) {
  return (
    <div className={styles.page}>
      <title>{`${documentTitle ?? title} · ${en.appName}`}</title>
      <h1 className={styles.heading} tabIndex={-1} data-page-heading="">
        {title}
      </h1>
      {lead ? <p className={styles.lead}>{lead}</p> : null}
      {children}
    </div>
  );
}
