import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NAV_LINKS } from '@/app/nav';
import { STORAGE_KEY } from '@/store';
import { en } from '@/strings/en';
import { renderApp } from '../render-app';

describe('app shell', () => {
  it('navigates to every page from the menu', async () => {
    // Start elsewhere, so that every link is a real page change.
    const { user } = await renderApp('/nowhere');
    for (const link of NAV_LINKS) {
      const nav = screen.getByRole('navigation', { name: en.nav.label });
      const target = within(nav).getByRole('link', { name: link.label });
      await user.click(target);
      await waitFor(() => expect(target).toHaveAttribute('aria-current', 'page'));
      // Focus moves to the new page's heading, so a screen reader announces where the learner is.
      await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    }
  });

  it('opens and closes the phone menu, and closes it after choosing a page', async () => {
    const { user } = await renderApp('/');
    const button = screen.getByRole('button', { name: en.nav.menu });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(screen.getByRole('navigation', { name: en.nav.label })).getByRole('link', { name: en.nav.model }));
    await screen.findByRole('heading', { level: 1, name: en.model.title });
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows a not-found page for an unknown address', async () => {
    await renderApp('/no/such/page');
    expect(screen.getByRole('heading', { level: 1, name: en.notFound.title })).toBeInTheDocument();
  });

  it('remembers the theme chosen in Settings', async () => {
    const { user } = await renderApp('/settings');
    expect(screen.getByRole('radio', { name: en.settings.themeSystem })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: en.settings.themeDark }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    // Saved once the browser is idle, not in the click itself.
    await waitFor(() => expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({ state: { settings: { theme: 'dark' } } }));
    await user.click(screen.getByRole('radio', { name: en.settings.themeSystem }));
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });
});
