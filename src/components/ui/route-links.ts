import type { MouseEvent } from 'react';
import { useHref, useNavigate } from 'react-router';

/** What a plain anchor carries so that `useRouteLinks`' click handler can follow it within the app. */
export interface RouteLinkProps {
  href: string;
  'data-route': string;
}

/**
 * Links for long lists (the Model page's hundred-odd items): plain anchors, plus one click
 * handler on their container that follows them within the app, as react-router's <Link>
 * would. A <Link> per item runs the router's hooks for every one of them each time the
 * page is drawn or hydrated; an anchor is only an element. Clicks with a modifier key or
 * another button keep the browser's own behaviour (a new tab, a download), and the href
 * carries the app's base path, so the link also works before the app has started.
 */
export function useRouteLinks(): { link: (to: string) => RouteLinkProps; onClick: (event: MouseEvent<HTMLElement>) => void } {
  const navigate = useNavigate();
  const base = useHref('/').replace(/\/$/, '');
  return {
    link: (to) => ({ href: `${base}${to}`, 'data-route': to }),
    onClick(event) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
      const anchor = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-route]') : null;
      const to = anchor?.dataset.route;
      if (!anchor || to === undefined || !event.currentTarget.contains(anchor) || (anchor.target && anchor.target !== '_self')) return;
      event.preventDefault();
      navigate(to);
    },
  };
}
