// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Issue 8: nothing is rendered as raw HTML. ESLint keeps it so (eslint.config.js);
 * these tests keep that rule on for every layer of src/, so a later config block
 * cannot switch it off unnoticed.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function rulesHit(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.severity === 2).map((message) => `${message.line}:${message.ruleId ?? ''}`);
}

const writesHtml = [
  'export function Unsafe({ html }: { html: string }) {',
  "  const box = document.createElement('div');",
  '  box.innerHTML = html;',
  "  box.insertAdjacentHTML('beforeend', html);",
  '  document.write(html);',
  '  void new Function(html);',
  '  return <div dangerouslySetInnerHTML={{ __html: html }} />;',
  '}',
].join('\n');

const writesText = [
  'export function Safe({ text }: { text: string }) {',
  "  const box = document.createElement('div');",
  '  box.textContent = text;',
  '  return <p>{text}</p>;',
  '}',
].join('\n');

describe('the app never writes HTML', () => {
  it.each(['src/features/quiz/Unsafe.tsx', 'src/components/ui/Unsafe.tsx', 'src/app/Unsafe.tsx', 'src/store/Unsafe.tsx', 'src/domain/Unsafe.tsx'])(
    'refuses every way of writing HTML in %s',
    async (filePath) => {
      expect(await rulesHit(writesHtml, filePath)).toEqual([
        '3:no-restricted-syntax',
        '4:no-restricted-syntax',
        '5:no-restricted-syntax',
        '6:no-new-func',
        '7:no-restricted-syntax',
      ]);
    },
    20_000,
  );

  it('lets text through', async () => {
    expect(await rulesHit(writesText, 'src/features/quiz/Safe.tsx')).toEqual([]);
  }, 20_000);
});
