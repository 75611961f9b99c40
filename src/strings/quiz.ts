/** UI strings of the quiz mode (composed into en.ts). */
export const quizStrings = {} as const;
