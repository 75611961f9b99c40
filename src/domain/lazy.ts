/**
 * A value built the first time it is asked for, then kept. For zod schemas:
 * building them is most of the script time the app's store costs at start-up
 * (zod v4 does its work when a schema is made, to parse fast later), and a
 * page needs them only to read a saved copy, an import file or a link.
 */
export function lazy<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
