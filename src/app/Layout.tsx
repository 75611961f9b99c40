import { Suspense, useEffect, useId, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import summary from 'virtual:content-summary';
import { cx } from '@/components/ui/cx';
import { ContentContext, type ContentSource } from '@/store/content';
import { selectTheme, useAppStore } from '@/store';
import { en } from '@/strings/en';
import styles from './Layout.module.css';
import { NAV_LINKS } from './nav';
import { loadContent } from './load-content';
import { PageErrorBoundary } from './RouteError';
import { RouteLoading } from './RouteLoading';
import { StorageNotices } from './StorageNotices';
import { UpdatePrompt } from './UpdatePrompt';
import { applyTheme } from './theme';

const CONTENT: ContentSource = { load: loadContent, summary };

function Logo() {
  return (
    <svg className={styles.logo} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect x="2" y="3" width="28" height="12" rx="3" fill="var(--customer)" />
      <rect x="2" y="17" width="28" height="12" rx="3" fill="var(--aws)" />
    </svg>
  );
}

/** After an in-app navigation, move focus to the new page's heading so screen readers announce it. */
function useFocusHeadingOnNavigate(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.querySelector<HTMLElement>('[data-page-heading]')?.focus();
  }, [pathname]);
}

export function Layout() {
  const theme = useAppStore(selectTheme);
  const [menuOpen, setMenuOpen] = useState(false);
  const { pathname } = useLocation();
  const [menuPath, setMenuPath] = useState(pathname);
  const navId = useId();
  useFocusHeadingOnNavigate();

  // Close the phone menu when the page changes (state derived during render, not in an effect).
  if (menuPath !== pathname) {
    setMenuPath(pathname);
    setMenuOpen(false);
  }

  useEffect(() => applyTheme(theme), [theme]);

  return (
    <div className={styles.shell}>
      <a className={styles.skip} href="#main">
        {en.skipToContent}
      </a>
      <header className={styles.header}>
        <div className={styles.bar}>
          <Link className={styles.brand} to="/">
            <Logo />
            {en.appName}
          </Link>
          <button
            type="button"
            className={styles.menuButton}
            aria-expanded={menuOpen}
            aria-controls={navId}
            onClick={() => setMenuOpen((open) => !open)}
          >
            {en.nav.menu}
          </button>
          <nav id={navId} className={styles.nav} aria-label={en.nav.label} data-open={menuOpen}>
            <ul className={styles.links}>
              {NAV_LINKS.map((link) => (
                <li key={link.to}>
                  <NavLink className={cx(styles.link)} to={link.to} end={link.to === '/'}>
                    {link.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <StorageNotices />
      <UpdatePrompt />
      <main id="main" className={styles.main} tabIndex={-1}>
        <ContentContext value={CONTENT}>
          <PageErrorBoundary resetKey={pathname}>
            <Suspense fallback={<RouteLoading />}>
              <Outlet />
            </Suspense>
          </PageErrorBoundary>
        </ContentContext>
      </main>
    </div>
  );
}
