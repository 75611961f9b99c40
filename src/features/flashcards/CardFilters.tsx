import { useId } from 'react';
import type { Category } from '@/domain/schema';
import buttons from '@/components/ui/Button.module.css';
import { cx } from '@/components/ui/cx';
import fields from '@/components/ui/Field.module.css';
import { OwnerSegments } from '@/components/ui/Segmented';
import { flashcardsStrings } from '@/strings/flashcards';
import { en } from '@/strings/en';
import styles from './Flashcards.module.css';
import { isFiltered, type SessionChoice } from './filters';

const t = flashcardsStrings;

interface CardFiltersProps {
  choice: SessionChoice;
  categories: readonly Category[];
  onChange: (choice: SessionChoice) => void;
}

/** Which cards to study: category, owner, only mistakes, and cram. Kept in the address, so a link opens the same session. */
export function CardFilters({ choice, categories, onChange }: CardFiltersProps) {
  const categoryId = useId();
  const mistakesId = useId();
  const mistakesHintId = useId();
  const cramId = useId();
  const cramHintId = useId();
  const { filter, cram } = choice;
  const categoryName = categories.find((c) => c.id === filter.category)?.name;
  const active = [
    categoryName,
    filter.owner ? en.owner[filter.owner] : undefined,
    filter.mistakes ? t.mistakesActive : undefined,
    cram ? t.cramActive : undefined,
  ].filter((part): part is string => Boolean(part));
  const set = (patch: Partial<SessionChoice['filter']> & { cram?: boolean }): void => {
    const { cram: nextCram = cram, ...filterPatch } = patch;
    onChange({ filter: { ...filter, ...filterPatch }, cram: nextCram });
  };

  return (
    <details className={styles.filters}>
      <summary className={styles.filtersSummary}>{t.filtersSummary(active)}</summary>
      <form className={styles.filtersForm} aria-label={t.filtersTitle} onSubmit={(event) => event.preventDefault()}>
        <p className={styles.hint}>{t.filtersHint}</p>
        <div className={fields.field}>
          <label htmlFor={categoryId}>{t.category}</label>
          <select id={categoryId} className={cx(fields.input, fields.fill)} value={filter.category ?? ''} onChange={(event) => set({ category: event.target.value || undefined })}>
            <option value="">{t.anyCategory}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <OwnerSegments legend={t.owner} anyLabel={t.anyOwner} name="flashcards-owner" value={filter.owner} onChange={(owner) => set({ owner })} />
        <div className={styles.checks}>
          <div className={styles.check}>
            <input id={mistakesId} type="checkbox" checked={Boolean(filter.mistakes)} aria-describedby={mistakesHintId} onChange={(event) => set({ mistakes: event.target.checked })} />
            <label htmlFor={mistakesId}>{t.mistakes}</label>
            <span id={mistakesHintId} className={styles.hint}>
              {t.mistakesHint}
            </span>
          </div>
          <div className={styles.check}>
            <input id={cramId} type="checkbox" checked={cram} aria-describedby={cramHintId} onChange={(event) => set({ cram: event.target.checked })} />
            <label htmlFor={cramId}>{t.cram}</label>
            <span id={cramHintId} className={styles.hint}>
              {t.cramHint}
            </span>
          </div>
        </div>
        {isFiltered(choice) ? (
          <button type="button" className={buttons.button} onClick={() => onChange({ filter: {}, cram: false })}>
            {t.clearFilters}
          </button>
        ) : null}
      </form>
    </details>
  );
}
