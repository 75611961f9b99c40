import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every stylesheet under src/. */
function stylesheets(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.css'))
    .map((path) => join(dir, path));
}

describe('font weights', () => {
  // See src/styles/tokens.css: each weight is a font lookup the first time a page draws it.
  it('the app draws text in three weights only (400, 600, 700), so starting a page looks up few fonts', () => {
    const found = stylesheets(join(__dirname, '../../../src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/font-weight:\s*([^;}]+)/g)].map((match) => ({ file, weight: (match[1] ?? '').trim() })),
    );
    expect(found.length).toBeGreaterThan(50);
    const others = found.filter(({ weight }) => !['400', '600', '700', 'normal', 'bold', 'inherit'].includes(weight));
    expect(others).toEqual([]);
  });
});
