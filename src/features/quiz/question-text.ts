import type { QuizQuestion } from '@/domain/quiz';
import { stemSaysHowMany } from '@/domain/quiz-session';
import { quizStrings } from '@/strings/quiz';

export const LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;

/** The id of an option's input, so a keyboard shortcut can move focus to the option it chose. */
export function optionInputId(baseId: string, index: number): string {
  return `${baseId}-option-${index}`;
}

/** The stem as the learner reads it: "Choose two" is always printed when more than one answer is wanted. */
export function stemText(question: QuizQuestion): string {
  return question.choose > 1 && !stemSaysHowMany(question.stem) ? `${question.stem} ${quizStrings.question.chooseSuffix(question.choose)}` : question.stem;
}
