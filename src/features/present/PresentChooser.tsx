import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useHref } from 'react-router';
import { buildDeck, presentSearch, setSize, type PresentSet } from '@/domain/present-deck';
import type { Owner, Service } from '@/domain/schema';
import { OWNERS } from '@/domain/vocabulary';
import { availableServices } from '@/domain/sort';
import buttons from '@/components/ui/Button.module.css';
import { cx } from '@/components/ui/cx';
import fields from '@/components/ui/Field.module.css';
import { Page } from '@/components/ui/Page';
import { useAppStore } from '@/store';
import { useContent } from '@/store/content';
import { presentStrings } from '@/strings/present';
import { en } from '@/strings/en';
import { BucketLabel } from './BucketLabel';
import { choiceOf, randomSeed, SET_CHOICES, setOf, type Choice } from './choice';
import { DisplaySettings } from './DisplaySettings';
import { promptFor, setName } from './labels';
import styles from './PresentChooser.module.css';
import surface from './PresentSurface.module.css';
import { selectPresentContrast, selectPresentScale } from './store';

const SIZES = [5, 10, 12, 20] as const;

export interface ChooserProps {
  /** A lesson link that could not be opened: the raw set value and why. */
  readonly problem?: { readonly value: string; readonly kind: 'unknown-set' | 'empty-set' } | undefined;
  /** The lesson just left, to resume or to start from. */
  readonly resume?: { readonly set: PresentSet; readonly seed: number; readonly size?: number | undefined; readonly index: number } | undefined;
}

/** The start screen: choose a set, size and order, set up the projector display, then present. */
export function PresentChooser({ problem, resume }: ChooserProps) {
  const content = useContent();
  const scale = useAppStore(selectPresentScale);
  const contrast = useAppStore(selectPresentContrast);
  const services = useMemo(() => availableServices(content.items), [content.items]);
  const [choice, setChoice] = useState<Choice>(() =>
    choiceOf(resume?.set, {
      category: content.categories[0]?.id ?? '',
      owner: 'customer',
      service: services[0] ?? 'ec2',
    }),
  );
  const [seed, setSeed] = useState(() => resume?.seed ?? randomSeed());
  const [size, setSizeChoice] = useState<number | undefined>(resume?.size);
  const set = setOf(choice);
  const available = setSize(content, set, seed);
  const shownSize = size !== undefined && size < available ? size : undefined;
  const result = buildDeck(content, set, seed, shownSize);
  const deck = result.ok ? result.deck : undefined;
  const firstItem = deck ? content.items.find((item) => item.id === deck.cards[0]?.itemId) : undefined;
  const search = presentSearch({ set, seed, size: shownSize, index: 0, view: 'audience' });
  const lessonHref = useHref(`/present?${search}`);
  const lessonUrl = typeof window === 'undefined' ? lessonHref : new URL(lessonHref, window.location.origin).href;
  const resumeSearch = resume ? presentSearch({ ...resume, view: 'audience' }) : undefined;
  const resumeDeck = resume ? buildDeck(content, resume.set, resume.seed, resume.size) : undefined;
  const resumeRef = useRef<HTMLAnchorElement>(null);

  const keysTitleId = useId();
  const sizeId = useId();
  const linkId = useId();
  const linkHintId = useId();
  const orderHintId = useId();
  const selectIds = { category: useId(), owner: useId(), 'sort-service': useId() };

  // Back from a lesson: focus where the teacher is likely to go next.
  useEffect(() => {
    resumeRef.current?.focus();
  }, []);

  const kindCounts = useMemo(
    () => new Map(SET_CHOICES.map((kind) => [kind, setSize(content, setOf({ ...choice, kind }), seed)])),
    [content, choice, seed],
  );
  // Categories, owners and services hold the same items whatever the order.
  const optionCounts = useMemo(
    () => ({
      category: new Map(content.categories.map((c) => [c.id, setSize(content, { kind: 'category', category: c.id })])),
      owner: new Map(OWNERS.map((owner) => [owner, setSize(content, { kind: 'owner', owner })])),
      service: new Map(services.map((service) => [service, setSize(content, { kind: 'sort', sort: 'service', service })])),
    }),
    [content, services],
  );

  return (
    <Page title={presentStrings.title} documentTitle={presentStrings.documentTitle} lead={presentStrings.lead}>
      {problem ? (
        <p className={styles.problem} role="alert">
          {presentStrings.problems[problem.kind](problem.value)}
        </p>
      ) : null}
      {resume && resumeSearch && resumeDeck?.ok ? (
        <p>
          <Link ref={resumeRef} className={cx(buttons.button, buttons.large)} to={`/present?${resumeSearch}`}>
            {resume.index < resumeDeck.deck.cards.length
              ? presentStrings.resume(setName(resume.set, content.categories), resume.index + 1, resumeDeck.deck.cards.length)
              : presentStrings.resumeBoard(setName(resume.set, content.categories))}
          </Link>
        </p>
      ) : null}

      <div className={styles.layout}>
        <form className={styles.form} onSubmit={(event) => event.preventDefault()}>
          <fieldset className={styles.sets}>
            <legend className={styles.legend}>
              {presentStrings.setLegend}
            </legend>
            {SET_CHOICES.map((kind) => (
              <div key={kind} className={styles.option}>
                <label className={styles.radio}>
                  <input type="radio" name="set" value={kind} checked={choice.kind === kind} onChange={() => setChoice({ ...choice, kind })} />
                  <span>
                    {presentStrings.kinds[kind]}
                    <span className={styles.count}>{presentStrings.itemCount(kindCounts.get(kind) ?? 0)}</span>
                  </span>
                </label>
                {choice.kind === kind && kind === 'category' ? (
                  <span className={styles.sub}>
                    <label htmlFor={selectIds.category}>{presentStrings.categoryLabel}</label>
                    <select
                      id={selectIds.category}
                      className={cx(fields.input, styles.select)}
                      value={choice.category}
                      onChange={(event) => setChoice({ ...choice, category: event.target.value })}
                    >
                      {content.categories.map((category) => (
                        <option key={category.id} value={category.id}>
                          {presentStrings.optionCount(category.name, optionCounts.category.get(category.id) ?? 0)}
                        </option>
                      ))}
                    </select>
                  </span>
                ) : null}
                {choice.kind === kind && kind === 'owner' ? (
                  <span className={styles.sub}>
                    <label htmlFor={selectIds.owner}>{presentStrings.ownerLabel}</label>
                    <select
                      id={selectIds.owner}
                      className={cx(fields.input, styles.select)}
                      value={choice.owner}
                      onChange={(event) => setChoice({ ...choice, owner: OWNERS.find((o) => o === event.target.value) ?? choice.owner })}
                    >
                      {OWNERS.map((owner: Owner) => (
                        <option key={owner} value={owner}>
                          {presentStrings.optionCount(en.owner[owner], optionCounts.owner.get(owner) ?? 0)}
                        </option>
                      ))}
                    </select>
                  </span>
                ) : null}
                {choice.kind === kind && kind === 'sort-service' ? (
                  <span className={styles.sub}>
                    <label htmlFor={selectIds['sort-service']}>{presentStrings.serviceLabel}</label>
                    <select
                      id={selectIds['sort-service']}
                      className={cx(fields.input, styles.select)}
                      value={choice.service}
                      onChange={(event) => setChoice({ ...choice, service: services.find((s) => s === event.target.value) ?? choice.service })}
                    >
                      {services.map((service: Service) => (
                        <option key={service} value={service}>
                          {presentStrings.optionCount(en.service[service], optionCounts.service.get(service) ?? 0)}
                        </option>
                      ))}
                    </select>
                  </span>
                ) : null}
              </div>
            ))}
          </fieldset>

          <div className={styles.row}>
            <div className={styles.field}>
              <label htmlFor={sizeId}>{presentStrings.sizeLabel}</label>
              <select
                id={sizeId}
                className={cx(fields.input, styles.select)}
                value={shownSize ?? ''}
                onChange={(event) => setSizeChoice(event.target.value ? Number(event.target.value) : undefined)}
              >
                <option value="">{presentStrings.sizeAll(available)}</option>
                {SIZES.filter((n) => n < available).map((n) => (
                  <option key={n} value={n}>
                    {presentStrings.sizeSome(n)}
                  </option>
                ))}
              </select>
            </div>
            <div className={styles.field}>
              <button type="button" className={buttons.button} aria-describedby={orderHintId} onClick={() => setSeed(randomSeed())}>
                {presentStrings.shuffle}
              </button>
              <span id={orderHintId} className={styles.hint}>
                {presentStrings.orderHint(seed)}
              </span>
            </div>
          </div>

          <div className={styles.field}>
            <label htmlFor={linkId}>{presentStrings.linkLabel}</label>
            <input
              id={linkId}
              className={cx(fields.input, styles.link)}
              type="text"
              readOnly
              value={lessonUrl}
              aria-describedby={linkHintId}
              onFocus={(event) => event.currentTarget.select()}
            />
            <span id={linkHintId} className={styles.hint}>
              {presentStrings.linkHint}
            </span>
          </div>

          <p className={styles.start}>
            <Link className={cx(buttons.button, buttons.primary, buttons.large)} to={`/present?${search}`}>
              {presentStrings.start}
            </Link>
          </p>
        </form>

        <div className={styles.side}>
          <DisplaySettings headingLevel={2} />
          {deck && firstItem ? (
            <figure className={cx(styles.preview, contrast && surface.contrast)} style={{ fontSize: `${scale}rem` }}>
              <figcaption className={styles.previewLabel}>{presentStrings.previewLabel}</figcaption>
              <p className={styles.previewPrompt}>{promptFor(deck)}</p>
              <p className={styles.previewDuty}>{firstItem.duty}</p>
              <p className={styles.previewBuckets}>
                {deck.buckets.map((bucket) => (
                  <BucketLabel key={bucket} kind={deck.answerKind} bucket={bucket} />
                ))}
              </p>
            </figure>
          ) : null}
          <section className={styles.shortcuts} aria-labelledby={keysTitleId}>
            <h2 id={keysTitleId} className={styles.shortcutsTitle}>
              {presentStrings.shortcutsTitle}
            </h2>
            <dl className={styles.keys}>
              {presentStrings.shortcuts.map(([keys, what]) => (
                <div key={keys} className={styles.key}>
                  <dt>{keys}</dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
          </section>
        </div>
      </div>
    </Page>
  );
}
