import { describe, expect, it } from 'vitest';
import { filterItems, itemsByLayer, layerOwner, neighbours, searchTokens } from '@/domain/model';
import type { Category, ResponsibilityItem } from '@/domain/schema';

const item = (id: string, owner: ResponsibilityItem['owner'], category: string, duty: string, layer?: ResponsibilityItem['layer']): ResponsibilityItem => ({
  id,
  owner,
  category,
  duty,
  explanation: `About ${duty}`,
  source: { ref: 'x' },
  ...(layer ? { layer } : {}),
});

const items = [
  item('patch', 'customer', 'os', 'Patching the guest OS on EC2', 'os-network-firewall'),
  item('fire', 'aws', 'physical', 'Fire suppression in data centers', 'aws-infrastructure'),
  item('awareness', 'shared', 'compliance', 'Awareness and training'),
];
const categories: Category[] = [
  { id: 'os', name: 'Operating systems', description: '' },
  { id: 'physical', name: 'Physical', description: '' },
  { id: 'compliance', name: 'Compliance', description: '' },
];

describe('searchTokens', () => {
  it('lower-cases, drops accents and splits on punctuation', () => {
    expect(searchTokens('Décommission, EC2-instances!')).toEqual(['decommission', 'ec2', 'instances']);
  });
});

describe('filterItems', () => {
  it('returns everything with no filter', () => {
    expect(filterItems(items, categories, {})).toHaveLength(3);
  });

  it('matches word beginnings in any order', () => {
    expect(filterItems(items, categories, { query: 'ec2 patch' }).map((i) => i.id)).toEqual(['patch']);
    expect(filterItems(items, categories, { query: 'atch' })).toEqual([]);
  });

  it('searches the category name too', () => {
    expect(filterItems(items, categories, { query: 'physical' }).map((i) => i.id)).toEqual(['fire']);
  });

  it('combines owner, category and query', () => {
    expect(filterItems(items, categories, { owner: 'aws' }).map((i) => i.id)).toEqual(['fire']);
    expect(filterItems(items, categories, { owner: 'aws', category: 'os' })).toEqual([]);
    expect(filterItems(items, categories, { category: 'compliance', query: 'training' }).map((i) => i.id)).toEqual(['awareness']);
  });
});

describe('the diagram', () => {
  it('places items in their layer and leaves unplaced ones out', () => {
    const byLayer = itemsByLayer(items);
    expect(byLayer.get('os-network-firewall')?.map((i) => i.id)).toEqual(['patch']);
    expect(byLayer.get('aws-infrastructure')?.map((i) => i.id)).toEqual(['fire']);
    expect([...byLayer.values()].flat()).toHaveLength(2);
  });

  it('gives the top four layers to the customer and the bottom two to AWS', () => {
    expect(layerOwner('customer-data')).toBe('customer');
    expect(layerOwner('encryption-protection')).toBe('customer');
    expect(layerOwner('aws-software')).toBe('aws');
    expect(layerOwner('aws-infrastructure')).toBe('aws');
  });
});

describe('neighbours', () => {
  it('finds the previous and next items', () => {
    expect(neighbours(items, 'fire')).toEqual({ previous: items[0], next: items[2] });
    expect(neighbours(items, 'patch').previous).toBeUndefined();
    expect(neighbours(items, 'missing')).toEqual({ previous: undefined, next: undefined });
  });
});
