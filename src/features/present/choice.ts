/** The chooser's form, as data: which kind of set is picked, with the last category, owner and service chosen. */
import type { PresentSet } from '@/domain/present-deck';
import type { Owner, Service } from '@/domain/schema';

export const SET_CHOICES = ['category', 'owner', 'sort-owner', 'sort-service', 'sort-pentest', 'sort-control', 'all'] as const;
export type SetChoice = (typeof SET_CHOICES)[number];

export interface Choice {
  readonly kind: SetChoice;
  readonly category: string;
  readonly owner: Owner;
  readonly service: Service;
}

export function setOf(choice: Choice): PresentSet {
  switch (choice.kind) {
    case 'category':
      return { kind: 'category', category: choice.category };
    case 'owner':
      return { kind: 'owner', owner: choice.owner };
    case 'sort-service':
      return { kind: 'sort', sort: 'service', service: choice.service };
    case 'sort-owner':
      return { kind: 'sort', sort: 'owner' };
    case 'sort-pentest':
      return { kind: 'sort', sort: 'pentest' };
    case 'sort-control':
      return { kind: 'sort', sort: 'control' };
    case 'all':
      return { kind: 'all' };
  }
}

/** The form showing a set (the lesson just left), the rest from the defaults. */
export function choiceOf(set: PresentSet | undefined, defaults: Omit<Choice, 'kind'>): Choice {
  if (!set) return { ...defaults, kind: 'category' };
  switch (set.kind) {
    case 'category':
      return { ...defaults, kind: 'category', category: set.category };
    case 'owner':
      return { ...defaults, kind: 'owner', owner: set.owner };
    case 'all':
      return { ...defaults, kind: 'all' };
    case 'sort':
      return set.sort === 'service' ? { ...defaults, kind: 'sort-service', service: set.service } : { ...defaults, kind: `sort-${set.sort}` };
  }
}

/** A fresh shuffle: any whole number a link can carry. */
export function randomSeed(): number {
  if (typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function') return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
  return Math.floor(Math.random() * 0xffffffff);
}
