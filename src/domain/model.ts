/** Pure look-ups and filters over the validated content. */
import type { Category, Layer, Owner, ResponsibilityItem } from './schema.ts';
import { LAYERS } from './vocabulary.ts';

export interface ItemFilter {
  readonly owner?: Owner | undefined;
  readonly category?: string | undefined;
  readonly query?: string | undefined;
}

/** Lower-case, accent-free words, so "Décommission" finds "decommissioning". */
export function searchTokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function haystack(item: ResponsibilityItem, categoryName: string): string {
  return searchTokens(
    [item.duty, item.explanation, item.misconception ?? '', item.source.quote ?? '', categoryName, item.id].join(' '),
  ).join(' ');
}

/**
 * Items matching every given criterion. The query matches when each of its
 * words starts a word in the item's text (so "patch ec2" finds "patching ... EC2").
 */
export function filterItems(
  items: readonly ResponsibilityItem[],
  categories: readonly Category[],
  filter: ItemFilter,
): ResponsibilityItem[] {
  const names = new Map(categories.map((c) => [c.id, c.name]));
  const words = searchTokens(filter.query ?? '');
  return items.filter((item) => {
    if (filter.owner && item.owner !== filter.owner) return false;
    if (filter.category && item.category !== filter.category) return false;
    if (!words.length) return true;
    const text = ` ${haystack(item, names.get(item.category) ?? '')}`;
    return words.every((w) => text.includes(` ${w}`));
  });
}

/** Items placed in each band of the classic diagram, in diagram order. */
export function itemsByLayer(items: readonly ResponsibilityItem[]): ReadonlyMap<Layer, ResponsibilityItem[]> {
  const byLayer = new Map<Layer, ResponsibilityItem[]>(LAYERS.map((layer) => [layer, []]));
  for (const item of items) {
    if (item.layer) byLayer.get(item.layer)?.push(item);
  }
  return byLayer;
}

/** The party that owns each layer of the diagram. */
export function layerOwner(layer: Layer): Owner {
  return layer === 'aws-software' || layer === 'aws-infrastructure' ? 'aws' : 'customer';
}

/** "On RDS, who is responsible for: Patching the operating system under each service?" reads twice: drop the tail. */
export function dutyOnService(duty: string): string {
  return duty.replace(/ (?:under|for) (?:each|a) service$/, '');
}

/** The item before and after the given one, in content order, for paging through items. */
export function neighbours(
  items: readonly ResponsibilityItem[],
  id: string,
): { previous: ResponsibilityItem | undefined; next: ResponsibilityItem | undefined } {
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) return { previous: undefined, next: undefined };
  return { previous: items[index - 1], next: items[index + 1] };
}
