import type { ReactNode, Ref } from 'react';
import { OwnerBadge } from '@/components/ui/OwnerBadge';
import type { QuizQuestion } from '@/domain/quiz';
import { quizStrings } from '@/strings/quiz';
import { LETTERS, optionInputId, stemText } from './question-text';
import styles from './Quiz.module.css';

interface QuestionCardProps {
  question: QuizQuestion;
  baseId: string;
  meta: ReactNode;
  selected: readonly string[];
  onToggle: (optionId: string) => void;
  stemRef?: Ref<HTMLHeadingElement>;
}

/** One question to answer: radios for a single answer, checkboxes for "Choose two". */
export function QuestionCard({ question, baseId, meta, selected, onToggle, stemRef }: QuestionCardProps) {
  const multi = question.choose > 1;
  const stemId = `${baseId}-stem`;
  const instructionId = `${baseId}-instruction`;
  return (
    <section className={styles.question} aria-labelledby={stemId}>
      <p className={styles.meta}>{meta}</p>
      <h2 id={stemId} ref={stemRef} tabIndex={-1} className={styles.stem}>
        {stemText(question)}
      </h2>
      <fieldset className={styles.options} aria-labelledby={stemId} aria-describedby={instructionId}>
        <p id={instructionId} className={styles.instruction}>
          {multi ? quizStrings.question.chooseMany(question.choose) : quizStrings.question.chooseOne}
        </p>
        {question.options.map((option, index) => (
          <label key={option.id} className={styles.option}>
            <input
              id={optionInputId(baseId, index)}
              type={multi ? 'checkbox' : 'radio'}
              name={`${baseId}-answer`}
              value={option.id}
              checked={selected.includes(option.id)}
              onChange={() => onToggle(option.id)}
            />
            <span className={styles.letter} aria-hidden="true">
              {LETTERS[index]}
            </span>
            <span className={styles.optionText}>{option.owner ? <OwnerBadge owner={option.owner} /> : option.text}</span>
          </label>
        ))}
      </fieldset>
      {multi ? (
        <p role="status" className={styles.status}>
          {quizStrings.question.selected(selected.length, question.choose)}
        </p>
      ) : null}
    </section>
  );
}
