import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { en } from '@/strings/en';
import { renderApp } from '../render-app';

const results = () => screen.getByRole('list', { name: en.model.listTitle });
const resultCount = () => within(results()).getAllByRole('listitem').length;

/** Clicks an element (holding a modifier key, if given) and says whether the app kept the click from the browser. */
async function clickTakenByApp(user: UserEvent, element: Element, modifier?: string): Promise<boolean> {
  let taken = false;
  const seen = (event: MouseEvent): void => {
    taken = event.defaultPrevented;
    event.preventDefault(); // jsdom cannot load another page or open a tab
  };
  window.addEventListener('click', seen);
  if (modifier) await user.keyboard(`{${modifier}>}`);
  await user.click(element);
  if (modifier) await user.keyboard(`{/${modifier}}`);
  window.removeEventListener('click', seen);
  return taken;
}

describe('Model page', () => {
  it('draws the customer band above the AWS band, every item in the diagram or beyond it', async () => {
    await renderApp('/model');
    expect(screen.getByRole('status')).toHaveTextContent(/Showing all 1\d\d responsibilities/);
    const bands = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(bands.indexOf(en.model.inBand)).toBeLessThan(bands.indexOf(en.model.ofBand));
    expect(bands.indexOf(en.model.ofBand)).toBeLessThan(bands.indexOf(en.model.beyondTitle));
    const inBand = screen.getByRole('region', { name: en.model.inBand });
    expect(within(inBand).getByRole('link', { name: 'Patching the guest operating system on EC2 instances' })).toBeInTheDocument();
    const chips = screen.getAllByRole('region').flatMap((region) => within(region).queryAllByRole('link'));
    expect(new Set(chips.map((c) => c.getAttribute('href'))).size).toBeGreaterThanOrEqual(100);
  });

  it('filters the diagram too, keeping each match in its layer', async () => {
    const { user } = await renderApp('/model');
    await user.type(screen.getByRole('searchbox', { name: en.model.search }), 'hypervisor');
    const ofBand = screen.getByRole('region', { name: en.model.ofBand });
    expect(within(ofBand).getAllByRole('link').length).toBeGreaterThan(0);
    for (const link of within(ofBand).getAllByRole('link')) expect(link.getAttribute('href')).toMatch(/^\/items\//);
    expect(screen.getByRole('status')).toHaveTextContent(/Showing \d+ of/);
  });

  it('switches between the diagram and the list, keeping the filters', async () => {
    const { user } = await renderApp('/model?q=root');
    await user.click(screen.getByRole('radio', { name: en.model.views.list }));
    expect(within(results()).getAllByRole('link', { name: /root/i }).length).toBeGreaterThan(0);
    expect(screen.queryByRole('region', { name: en.model.inBand })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: en.model.views.diagram }));
    expect(screen.getByRole('region', { name: en.model.inBand })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: en.model.search })).toHaveValue('root');
  });

  it('narrows the list as the learner types, and says how many remain', async () => {
    const { user } = await renderApp('/model?view=list');
    const total = resultCount();
    await user.type(screen.getByRole('searchbox', { name: en.model.search }), 'fire suppress');
    expect(resultCount()).toBeLessThan(total);
    expect(within(results()).getAllByRole('link', { name: /fire/i }).length).toBeGreaterThan(0);
    expect(screen.getByRole('status')).toHaveTextContent(new RegExp(`Showing ${resultCount()} of`));
  });

  it('says so when nothing matches, and clearing the filters brings everything back', async () => {
    const { user } = await renderApp('/model?view=list');
    const total = resultCount();
    await user.type(screen.getByRole('searchbox', { name: en.model.search }), 'zzqx');
    expect(screen.getByText(en.model.noResults)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: en.model.clearFilters }));
    expect(resultCount()).toBe(total);
    expect(screen.getByRole('searchbox', { name: en.model.search })).toHaveValue('');
  });

  it('filters by owner and by category together', async () => {
    const { user } = await renderApp('/model?view=list');
    await user.click(screen.getByRole('radio', { name: en.owner.aws }));
    const awsCount = resultCount();
    for (const item of within(results()).getAllByRole('listitem')) expect(item).toHaveTextContent(en.owner.aws);
    await user.selectOptions(screen.getByRole('combobox', { name: en.model.categoryFilter }), 'physical-environmental');
    expect(resultCount()).toBeLessThan(awsCount);
    for (const item of within(results()).getAllByRole('listitem')) expect(item).toHaveTextContent('Physical and environmental');
  });

  it('opens with the filters a shared link carries', async () => {
    await renderApp('/model?owner=customer&category=identity-access&q=root&view=list');
    expect(screen.getByRole('radio', { name: en.owner.customer })).toBeChecked();
    expect(screen.getByRole('searchbox', { name: en.model.search })).toHaveValue('root');
    const items = within(results()).getAllByRole('listitem');
    for (const item of items) expect(item).toHaveTextContent(/Customer.*Identity and access/);
    expect(within(results()).getAllByRole('link', { name: /root/i }).length).toBeGreaterThan(0);
  });

  it('follows an item link within the app, and leaves a modified click to the browser', async () => {
    const { user, router } = await renderApp('/model');
    const inBand = screen.getByRole('region', { name: en.model.inBand });
    const chip = within(inBand).getByRole('link', { name: 'Patching the guest operating system on EC2 instances' });
    expect(chip).toHaveAttribute('href', '/items/platform-os-patching-ec2');
    // Ctrl+click (a new tab) is the browser's: the app neither takes it nor moves.
    expect(await clickTakenByApp(user, chip, 'Control')).toBe(false);
    expect(router.state.location.pathname).toBe('/model');
    // A plain click is the app's: it moves within the app, and the browser does not load the page again.
    expect(await clickTakenByApp(user, chip)).toBe(true);
    expect(router.state.location.pathname).toBe('/items/platform-os-patching-ec2');
    expect(await screen.findByRole('heading', { level: 1, name: 'Patching the guest operating system on EC2 instances' })).toBeInTheDocument();
  });

  it('follows a link from the list view with the keyboard', async () => {
    const { user, router } = await renderApp('/model?view=list&q=hypervisor');
    const [first] = within(results()).getAllByRole('link');
    if (!first) throw new Error('no match for hypervisor');
    const route = first.getAttribute('href');
    first.focus();
    await user.keyboard('{Enter}');
    expect(router.state.location.pathname).toBe(route);
  });
});
