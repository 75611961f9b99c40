import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '@/strings/en';
import { renderApp } from '../render-app';

describe('Item page', () => {
  it('shows the owner, the explanation, the misconception and the verbatim quote with its source', async () => {
    await renderApp('/items/platform-os-patching-ec2');
    expect(screen.getByRole('heading', { level: 1, name: 'Patching the guest operating system on EC2 instances' })).toBeInTheDocument();
    expect(screen.getByText(en.ownerLong.customer)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: en.item.misconception })).toBeInTheDocument();
    const quote = screen.getByText(/operating system patching on Elastic Compute Cloud \(EC2\) instances/);
    expect(quote.closest('blockquote')).not.toBeNull();
    expect(screen.getByText(/From “The Shared Responsibility Model/)).toBeInTheDocument();
  });

  it('shows who owns a duty on each service', async () => {
    await renderApp('/items/svc-os-patching');
    const table = screen.getByRole('table');
    const ec2 = within(table).getByRole('row', { name: /^EC2/ });
    expect(ec2).toHaveTextContent(en.owner.customer);
    const rds = within(table).getByRole('row', { name: /^RDS/ });
    expect(rds).toHaveTextContent(en.owner.aws);
    expect(within(table).getByRole('row', { name: /^Elastic Beanstalk/ })).toHaveTextContent(en.owner.shared);
  });

  it('moves to the next item and back', async () => {
    const { user } = await renderApp('/items/core-security-in-the-cloud');
    const pager = screen.getByRole('navigation', { name: en.item.pagerLabel });
    await user.click(within(pager).getByRole('link', { name: /^Next/ }));
    expect(await screen.findByRole('heading', { level: 1, name: /Security "of" the cloud/i })).toBeInTheDocument();
  });

  it('says plainly when an item id does not exist', async () => {
    await renderApp('/items/no-such-thing');
    expect(screen.getByRole('heading', { level: 1, name: en.item.notFoundTitle })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: en.item.backToModel })).toBeInTheDocument();
  });
});
