import { en } from '@/strings/en';

/** One suggestion: where to go, the button's label, and why. */
export interface Step {
  to: string;
  label: string;
  text: string;
}

/** What a learner with no answers yet should do. */
export const START: Step = { to: '/flashcards', label: en.next.start, text: en.next.startText };
