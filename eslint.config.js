import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** One-way imports: app -> features -> {store, components, strings} -> domain. */
const layer = (files, patterns, message, paths = []) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { paths: paths.map((name) => ({ name, message })), patterns: patterns.map((group) => ({ group, message })) }],
  },
});
const noParentImports = { group: ['../*'], message: 'Import across folders through the @/ alias, so the layer rules can see it.' };

const noEnums = { selector: 'TSEnumDeclaration', message: 'Use a union of string literals, not an enum.' };
/** Content, imported files and anything a learner types reach the page as text: nothing in the app may write HTML. */
const asText = 'Render it as text (JSX children or textContent): the app never writes HTML (issue 8, security).';
const noRawHtml = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: asText },
  { selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML|srcdoc)$/]", message: asText },
  { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|parseFromString|setHTMLUnsafe)$/]", message: asText },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: asText },
];
/** src/ restricts these; a block that sets no-restricted-syntax again (domain/) replaces the list, so it starts from this one. */
const srcSyntax = [noEnums, ...noRawHtml];

export default defineConfig([
  globalIgnores(['dist', 'coverage', 'test-results', 'playwright-report', '.lighthouse', '.test-reports']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.strict, reactHooks.configs.flat.recommended, reactRefresh.configs.vite],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', noEnums],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noParentImports] }],
      'no-restricted-syntax': ['error', ...srcSyntax],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
    },
  },
  layer(
    ['src/domain/**'],
    [['@/*', '!@/domain/*'], ['react', 'react-dom', 'react-router', 'zustand', 'zustand/*'], ['../*']],
    'domain/ is pure TypeScript: no React, no store, no other layer (and zod only as zod/mini).',
    ['zod'],
  ),
  layer(
    ['src/store/**'],
    [['@/app/*', '@/features/*', '@/components/*'], ['../*']],
    'store/ may import only domain/ and strings/.',
  ),
  layer(
    ['src/components/**', 'src/strings/**'],
    [['@/app/*', '@/features/*'], ['../*']],
    'components/ and strings/ sit below the features: they may not import app/ or features/.',
  ),
  layer(
    ['src/features/**'],
    [['@/app/*', '@/features/*'], ['../*']],
    'A feature may not import app/ or another feature: move what they share down to components/, store/ or domain/.',
  ),
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...srcSyntax,
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Pass `now` in as a parameter: domain/ is deterministic.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass `now` in as a parameter: domain/ is deterministic.' },
      ],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Pass a seeded rng in: domain/ is deterministic.' }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'react-refresh/only-export-components': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
]);
