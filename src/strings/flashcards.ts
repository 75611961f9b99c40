/** UI strings of the flashcards mode (composed into en.ts). */
export const flashcardsStrings = {} as const;
