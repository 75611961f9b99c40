import { useEffect, useRef, type ReactNode } from 'react';
import { en } from '@/strings/en';
import styles from './Page.module.css';

interface PageProps {
  title: string;
  /** The document title's first part; the app name follows. Defaults to the heading. */
  documentTitle?: string;
  lead?: ReactNode;
  children?: ReactNode;
  /** A placeholder while the page's code or the saved progress loads: never marked ready. */
  pending?: boolean;
}

/** A page: its document title, one h1 (the focus target after navigation) and an optional lead. */
export function Page({ title, documentTitle, lead, children, pending = false }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Once the page is live in the browser (hydrated or rendered, its handlers attached), the heading says so:
  // data-ready lets browser tests and tools wait for it instead of for a guess.
  useEffect(() => {
    if (!pending) heading.current?.setAttribute('data-ready', '');
  }, [pending]);
  return (
    <div className={styles.page}>
      <title>{`${documentTitle ?? title} · ${en.appName}`}</title>
      <h1 ref={heading} className={styles.heading} tabIndex={-1} data-page-heading="">
        {title}
      </h1>
      {lead ? <p className={styles.lead}>{lead}</p> : null}
      {children}
    </div>
  );
}
