/** UI strings of the sort mode (composed into en.ts). */
export const sortStrings = {} as const;
