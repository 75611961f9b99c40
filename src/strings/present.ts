/** UI strings of the present mode (composed into en.ts). */
export const presentStrings = {} as const;
