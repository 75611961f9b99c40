import { useId, useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { DEFAULT_ROUND_SIZE, SORT_KINDS, availableServices, eligibleItems, parseRoundSpec, type SortKind } from '@/domain/sort';
import type { Service } from '@/domain/schema';
import { cx } from '@/components/ui/cx';
import fields from '@/components/ui/Field.module.css';
import { Page } from '@/components/ui/Page';
import buttons from '@/components/ui/Button.module.css';
import { selectSortBests, useAppStore } from '@/store';
import { useContent } from '@/store/content';
import { sortStrings } from '@/strings/sort';
import { en } from '@/strings/en';
import { FEEDBACK_MODES, bestKeysInOrder, feedbackFrom, type FeedbackMode, type LinkProblem } from './sort-labels';
import styles from './Sort.module.css';

interface SortStartProps {
  problem?: LinkProblem | undefined;
  onStart: (spec: { kind: SortKind; service?: Service | undefined }, feedback: FeedbackMode) => void;
}

/** Choose the kind of round (and service) and how feedback comes; see the best rounds so far. */
export function SortStart({ problem, onStart }: SortStartProps) {
  const { items } = useContent();
  const [params] = useSearchParams();
  const services = useMemo(() => availableServices(items), [items]);
  const linked = parseRoundSpec(params, 0);
  const [kind, setKind] = useState<SortKind>(linked.kind);
  const [service, setService] = useState<Service | undefined>(() => services.find((s) => s === linked.service) ?? services[0]);
  const [feedback, setFeedback] = useState<FeedbackMode>(() => feedbackFrom(params));
  const serviceId = useId();

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    onStart(kind === 'service' ? { kind, service } : { kind }, feedback);
  };

  return (
    <Page title={sortStrings.title} documentTitle={en.nav.sort} lead={sortStrings.lead}>
      {problem ? (
        <p role="alert" className={styles.problem}>
          {sortStrings.linkProblems[problem]}
        </p>
      ) : null}
      <form className={styles.setup} aria-label={sortStrings.setupLabel} onSubmit={submit}>
        <fieldset className={styles.choices}>
          <legend className={styles.legend}>{sortStrings.kindLegend}</legend>
          <p className={styles.hint}>{sortStrings.roundSize(DEFAULT_ROUND_SIZE)}</p>
          <div className={styles.options}>
            {SORT_KINDS.map((option) => {
              const pool = option === 'service' ? undefined : eligibleItems(items, option).length;
              return (
                <label key={option} className={cx(styles.option, kind === option && styles.optionChosen)}>
                  <input type="radio" name="kind" value={option} checked={kind === option} onChange={() => setKind(option)} className={styles.radio} />
                  <span className={styles.optionText}>
                    <span className={styles.optionTitle}>{sortStrings.kinds[option]}</span>
                    <span className={styles.optionHint}>{sortStrings.kindHints[option]}</span>
                    {pool === undefined ? null : <span className={styles.optionHint}>{sortStrings.kindPool(pool)}</span>}
                  </span>
                </label>
              );
            })}
          </div>
          {kind === 'service' ? (
            <div className={styles.field}>
              <label htmlFor={serviceId}>{sortStrings.serviceLabel}</label>
              <select
                id={serviceId}
                className={fields.input}
                value={service ?? ''}
                onChange={(event) => setService(services.find((s) => s === event.target.value))}
              >
                {services.map((s) => (
                  <option key={s} value={s}>
                    {sortStrings.serviceOption(en.service[s], eligibleItems(items, 'service', s).length)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </fieldset>

        <fieldset className={styles.choices}>
          <legend className={styles.legend}>{sortStrings.feedbackLegend}</legend>
          <div className={styles.options}>
            {FEEDBACK_MODES.map((mode) => (
              <label key={mode} className={cx(styles.option, feedback === mode && styles.optionChosen)}>
                <input type="radio" name="feedback" value={mode} checked={feedback === mode} onChange={() => setFeedback(mode)} className={styles.radio} />
                <span className={styles.optionText}>
                  <span className={styles.optionTitle}>{sortStrings.feedback[mode]}</span>
                  <span className={styles.optionHint}>{sortStrings.feedbackHints[mode]}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        <button type="submit" className={cx(buttons.button, buttons.primary, buttons.large)}>
          {sortStrings.start}
        </button>
      </form>

      <Bests />
    </Page>
  );
}

/** The best score and time of each kind of round played so far. */
function Bests() {
  const bests = useAppStore(selectSortBests);
  const rows = bestKeysInOrder().flatMap(({ key, label }) => {
    const best = bests[key];
    return best ? [{ key, label, best }] : [];
  });
  return (
    <section aria-labelledby="sort-bests" className={styles.bests}>
      <h2 id="sort-bests">{sortStrings.bestsTitle}</h2>
      {rows.length ? (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption className="visually-hidden">{sortStrings.bestsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{sortStrings.roundColumn}</th>
                <th scope="col">{sortStrings.scoreColumn}</th>
                <th scope="col">{sortStrings.timeColumn}</th>
                <th scope="col">{sortStrings.dateColumn}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ key, label, best }) => (
                <tr key={key}>
                  <th scope="row">{label}</th>
                  <td>{sortStrings.scoreValue(best.correct, best.total)}</td>
                  <td>{sortStrings.clock(best.ms)}</td>
                  <td>{en.format.date(best.at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className={styles.hint}>{sortStrings.bestsNone}</p>
      )}
    </section>
  );
}
