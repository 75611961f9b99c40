import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import btn from '@/components/ui/Button.module.css';
import { cx } from '@/components/ui/cx';
import fields from '@/components/ui/Field.module.css';
import { buildQuiz, type QuizSources } from '@/domain/quiz';
import { defaultMinutes, MAX_LENGTH, MAX_MINUTES, parseQuizLink, QUIZ_SOURCES, type QuizMode } from '@/domain/quiz-session';
import { useContent } from '@/store/content';
import { quizStrings } from '@/strings/quiz';
import { newSeed, type QuizSpec } from './attempt';
import styles from './Quiz.module.css';

const MODES: readonly QuizMode[] = ['practice', 'exam'];
const DEFAULT_LENGTH: Record<QuizMode, number> = { practice: 10, exam: 20 };

function wholeNumberIn(text: string, min: number, max: number): number | undefined {
  if (!/^\d{1,4}$/.test(text.trim())) return undefined;
  const value = Number(text.trim());
  return value >= min && value <= max ? value : undefined;
}

interface ChoiceProps {
  name: string;
  checked: boolean;
  title: string;
  hint: string;
  onChange: () => void;
}

/** A radio as a card: its title names it, its hint describes it. */
function Choice({ name, checked, title, hint, onChange }: ChoiceProps) {
  const id = useId();
  return (
    <label className={styles.choice}>
      <input type="radio" name={name} checked={checked} onChange={onChange} aria-labelledby={`${id}-title`} aria-describedby={`${id}-hint`} />
      <span className={styles.choiceText}>
        <span id={`${id}-title`} className={styles.choiceTitle}>
          {title}
        </span>
        <span id={`${id}-hint`} className={styles.hint}>
          {hint}
        </span>
      </span>
    </label>
  );
}

/**
 * Choosing a quiz: practice or exam, how many questions (and minutes), from
 * which questions and categories. A shared link (?mode=exam&seed=42...) fills
 * the form in, and its seed gives everyone the same questions.
 */
export function QuizSetup({ onStart }: { onStart: (spec: QuizSpec) => void }) {
  const content = useContent();
  const [params, setParams] = useSearchParams();
  const categoryIds = useMemo(() => content.categories.map((c) => c.id), [content.categories]);
  const [link] = useState(() => parseQuizLink((key) => params.get(key), categoryIds));
  const [mode, setMode] = useState<QuizMode>(link.mode ?? 'practice');
  const [lengths, setLengths] = useState<Record<QuizMode, string>>(() => ({
    practice: String(link.length ?? DEFAULT_LENGTH.practice),
    exam: String(link.length ?? DEFAULT_LENGTH.exam),
  }));
  // null: not set by the learner, so it follows the length.
  const [minutesText, setMinutesText] = useState<string | null>(link.minutes === undefined ? null : String(link.minutes));
  const [sources, setSources] = useState<QuizSources>(link.sources ?? 'both');
  const [ticked, setTicked] = useState<readonly string[]>(link.categories ?? categoryIds);
  const [showErrors, setShowErrors] = useState(false);
  const id = useId();
  const lengthRef = useRef<HTMLInputElement>(null);
  const minutesRef = useRef<HTMLInputElement>(null);
  const firstCategoryRef = useRef<HTMLInputElement>(null);

  const lengthText = lengths[mode];
  const length = wholeNumberIn(lengthText, 1, MAX_LENGTH);
  // Until the learner sets a time, it follows the length: two minutes a question.
  const shownMinutes = minutesText ?? String(defaultMinutes(length ?? DEFAULT_LENGTH.exam));
  const minutes = wholeNumberIn(shownMinutes, 1, MAX_MINUTES);
  // All ticked is saved as none: the whole model, whatever categories are added later.
  const categories = useMemo(() => (ticked.length === categoryIds.length ? [] : categoryIds.filter((c) => ticked.includes(c))), [ticked, categoryIds]);
  // How many questions these choices can really give (the content can run out in a narrow category).
  const available = useMemo(
    () => (length === undefined || ticked.length === 0 ? undefined : buildQuiz(content, { length, seed: link.seed ?? 1, categories, sources }).length),
    [content, length, ticked.length, categories, sources, link.seed],
  );

  const errors = {
    length: length === undefined ? quizStrings.setup.lengthError(MAX_LENGTH) : undefined,
    minutes: mode === 'exam' && minutes === undefined ? quizStrings.setup.minutesError(MAX_MINUTES) : undefined,
    categories: ticked.length === 0 ? quizStrings.setup.categoriesError : available === 0 ? quizStrings.setup.noneAvailable : undefined,
  };

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (errors.length || errors.minutes || errors.categories || length === undefined) {
      setShowErrors(true);
      (errors.length ? lengthRef : errors.minutes ? minutesRef : firstCategoryRef).current?.focus();
      return;
    }
    const seed = link.seed ?? newSeed();
    // The link has done its job; a later quiz gets new questions.
    if (params.size > 0) setParams(new URLSearchParams(), { replace: true, preventScrollReset: true });
    onStart({ mode, length, minutes: minutes ?? defaultMinutes(length), categories, sources, seed });
  };

  const error = (key: keyof typeof errors) => (showErrors ? errors[key] : undefined);
  const describedBy = (hint: string, key: keyof typeof errors) => (error(key) ? `${hint} ${id}-${key}-error` : hint);

  return (
    <form className={styles.setup} aria-label={quizStrings.setup.label} noValidate onSubmit={submit}>
      <fieldset className={styles.fieldset}>
        <legend>{quizStrings.setup.modeLegend}</legend>
        <div className={styles.choices}>
          {MODES.map((value) => (
            <Choice
              key={value}
              name={`${id}-mode`}
              checked={mode === value}
              title={quizStrings.setup.modes[value]}
              hint={quizStrings.setup.modeHints[value]}
              onChange={() => setMode(value)}
            />
          ))}
        </div>
      </fieldset>

      <div className={styles.numbers}>
        <div className={styles.field}>
          <label className={styles.label} htmlFor={`${id}-length`}>
            {quizStrings.setup.length}
          </label>
          <input
            ref={lengthRef}
            id={`${id}-length`}
            className={cx(fields.input, styles.input)}
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_LENGTH}
            value={lengthText}
            aria-invalid={error('length') ? true : undefined}
            aria-describedby={describedBy(`${id}-length-hint`, 'length')}
            onChange={(event) => setLengths((current) => ({ ...current, [mode]: event.target.value }))}
          />
          <span id={`${id}-length-hint`} className={styles.hint}>
            {quizStrings.setup.lengthHint(MAX_LENGTH)}
          </span>
          {error('length') ? (
            <span id={`${id}-length-error`} className={styles.error}>
              {error('length')}
            </span>
          ) : null}
        </div>
        {mode === 'exam' ? (
          <div className={styles.field}>
            <label className={styles.label} htmlFor={`${id}-minutes`}>
              {quizStrings.setup.minutes}
            </label>
            <input
              ref={minutesRef}
              id={`${id}-minutes`}
              className={cx(fields.input, styles.input)}
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_MINUTES}
              value={shownMinutes}
              aria-invalid={error('minutes') ? true : undefined}
              aria-describedby={describedBy(`${id}-minutes-hint`, 'minutes')}
              onChange={(event) => setMinutesText(event.target.value)}
            />
            <span id={`${id}-minutes-hint`} className={styles.hint}>
              {quizStrings.setup.minutesHint}
            </span>
            {error('minutes') ? (
              <span id={`${id}-minutes-error`} className={styles.error}>
                {error('minutes')}
              </span>
            ) : null}
          </div>
        ) : null}
      </div>

      <fieldset className={styles.fieldset}>
        <legend>{quizStrings.setup.sourcesLegend}</legend>
        <div className={styles.choices}>
          {QUIZ_SOURCES.map((value) => (
            <Choice
              key={value}
              name={`${id}-sources`}
              checked={sources === value}
              title={quizStrings.setup.sources[value]}
              hint={quizStrings.setup.sourcesHints[value]}
              onChange={() => setSources(value)}
            />
          ))}
        </div>
      </fieldset>

      <fieldset className={styles.fieldset} aria-describedby={describedBy(`${id}-categories-hint`, 'categories')}>
        <legend>{quizStrings.setup.categoriesLegend}</legend>
        <p id={`${id}-categories-hint`} className={styles.hint}>
          {quizStrings.setup.categoriesHint}
        </p>
        <div className={styles.categoryTools}>
          <button type="button" className={btn.button} onClick={() => setTicked(categoryIds)} disabled={ticked.length === categoryIds.length}>
            {quizStrings.setup.selectAll}
          </button>
          <button type="button" className={btn.button} onClick={() => setTicked([])} disabled={ticked.length === 0}>
            {quizStrings.setup.selectNone}
          </button>
        </div>
        <ul className={styles.categories}>
          {content.categories.map((category, index) => (
            <li key={category.id}>
              <label className={styles.check}>
                <input
                  ref={index === 0 ? firstCategoryRef : undefined}
                  type="checkbox"
                  checked={ticked.includes(category.id)}
                  onChange={(event) => {
                    const on = event.target.checked;
                    setTicked((current) => (on ? [...current, category.id] : current.filter((c) => c !== category.id)));
                  }}
                />
                {category.name}
              </label>
            </li>
          ))}
        </ul>
        {error('categories') ? (
          <p id={`${id}-categories-error`} className={styles.error}>
            {error('categories')}
          </p>
        ) : null}
      </fieldset>

      {link.seed !== undefined ? <p className={styles.note}>{quizStrings.setup.sharedSeed}</p> : null}
      <p role="status" className={cx(available !== undefined && length !== undefined && available > 0 && available < length && styles.note)}>
        {available !== undefined && length !== undefined && available > 0 && available < length ? quizStrings.setup.available(available, length) : null}
      </p>

      <div className={styles.actions}>
        <button type="submit" className={cx(btn.button, btn.primary, btn.large)}>
          {quizStrings.setup.start[mode]}
        </button>
      </div>
    </form>
  );
}
