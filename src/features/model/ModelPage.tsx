import { useEffect, useId, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { filterItems } from '@/domain/model';
import type { Owner } from '@/domain/schema';
import { OWNERS } from '@/domain/vocabulary';
import { cx } from '@/components/ui/cx';
import fields from '@/components/ui/Field.module.css';
import { OwnerBadge } from '@/components/ui/OwnerBadge';
import { Page } from '@/components/ui/Page';
import { OwnerSegments, Segment } from '@/components/ui/Segmented';
import { useRouteLinks } from '@/components/ui/route-links';
import { useContent } from '@/store/content';
import { en } from '@/strings/en';
import { ModelDiagram } from './ModelDiagram';
import styles from './ModelPage.module.css';

const VIEWS = ['diagram', 'list'] as const;
type View = (typeof VIEWS)[number];

function isOwner(value: string | null): value is Owner {
  return OWNERS.some((owner) => owner === value);
}

export function ModelPage() {
  const { items, categories } = useContent();
  const [params, setParams] = useSearchParams();
  const routeLinks = useRouteLinks();
  // The query is local state so typing is instant; the URL follows, so a filtered view can be shared.
  const [query, setQuery] = useState(() => params.get('q') ?? '');
  const ownerParam = params.get('owner');
  const owner = isOwner(ownerParam) ? ownerParam : undefined;
  const categoryParam = params.get('category');
  const category = categories.some((c) => c.id === categoryParam) ? (categoryParam ?? undefined) : undefined;
  const shown = filterItems(items, categories, { owner, category, query });
  const categoryNames = new Map(categories.map((c) => [c.id, c.name]));
  const searchId = useId();
  const hintId = useId();
  const categoryId = useId();

  const update = (key: string, value: string | undefined): void => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  };
  const filtered = Boolean(owner || category || query);

  // Filters set on the prerendered page before it came alive stay in the form (hydration keeps what the
  // browser shows) but not in the state: apply them once, so the list matches the form. Empty values (from
  // Enter pressed before the app loaded) leave the address.
  const formRef = useRef<HTMLFormElement>(null);
  const viewRef = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    const typed = String(data.get('q') ?? '');
    const shown = {
      q: typed.trim(),
      owner: String(data.get('owner') ?? ''),
      category: String(data.get('category') ?? ''),
      view: viewRef.current?.querySelector<HTMLInputElement>('input:checked')?.value === 'list' ? 'list' : '',
    };
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(shown)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (typed !== query) setQuery(typed);
    if (next.toString() !== params.toString()) setParams(next, { replace: true, preventScrollReset: true });
    // Once, on mount: later changes go through the form's own handlers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const view: View = params.get('view') === 'list' ? 'list' : 'diagram';

  return (
    <Page title={en.model.title} documentTitle={en.nav.model} lead={en.model.lead}>
      <form ref={formRef} className={styles.filters} role="search" aria-label={en.model.filtersLabel} onSubmit={(e) => e.preventDefault()}>
        <div className={fields.field}>
          <label htmlFor={searchId}>{en.model.search}</label>
          <input
            id={searchId}
            name="q"
            type="search"
            className={cx(fields.input, fields.fill)}
            value={query}
            aria-describedby={hintId}
            autoComplete="off"
            onChange={(event) => {
              setQuery(event.target.value);
              update('q', event.target.value.trim() || undefined);
            }}
          />
          <span id={hintId} className={styles.hint}>
            {en.model.searchHint}
          </span>
        </div>
        <OwnerSegments legend={en.model.ownerFilter} anyLabel={en.model.anyOwner} name="owner" value={owner} onChange={(value) => update('owner', value)} />
        <div className={fields.field}>
          <label htmlFor={categoryId}>{en.model.categoryFilter}</label>
          <select id={categoryId} name="category" className={cx(fields.input, fields.fill)} value={category ?? ''} onChange={(event) => update('category', event.target.value || undefined)}>
            <option value="">{en.model.anyCategory}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        {filtered ? (
          <button
            type="button"
            className={styles.clear}
            onClick={() => {
              setQuery('');
              setParams(view === 'list' ? new URLSearchParams({ view }) : new URLSearchParams(), { replace: true, preventScrollReset: true });
            }}
          >
            {en.model.clearFilters}
          </button>
        ) : null}
      </form>

      <fieldset ref={viewRef} className={styles.viewSwitch}>
        <legend className="visually-hidden">{en.model.viewLegend}</legend>
        {VIEWS.map((value) => (
          <Segment key={value} name="view" value={value} checked={view === value} onChange={() => update('view', value === 'diagram' ? undefined : value)}>
            {en.model.views[value]}
          </Segment>
        ))}
      </fieldset>

      <p className={styles.results} role="status">
        {en.model.results(shown.length, items.length)}
      </p>
      {shown.length === 0 ? <p>{en.model.noResults}</p> : null}
      {view === 'diagram' ? (
        <ModelDiagram items={shown} categories={categories} />
      ) : (
      <ul className={styles.list} aria-label={en.model.listTitle} onClick={routeLinks.onClick}>
        {shown.map((item) => (
          <li key={item.id} className={styles.card}>
            <a className={styles.cardLink} {...routeLinks.link(`/items/${item.id}`)}>
              {item.duty}
            </a>
            <span className={styles.cardMeta}>
              <OwnerBadge owner={item.owner} />
              <span>{categoryNames.get(item.category)}</span>
            </span>
          </li>
        ))}
      </ul>
      )}
    </Page>
  );
}
