import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports flow one way: domain <- data, state <- components, charts <- app.
const browserAndUi = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', '@tanstack/*', 'recharts'];
const nodeOnly = ['process', 'Buffer', 'global', 'require', '__dirname', '__filename'];
const browserOnly = ['window', 'document', 'navigator', 'localStorage', 'location', 'history'];
const layer = (files, patterns, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] },
});

export default defineConfig(
  {
    ignores: [
      'dist',
      'dist-ssr',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      'bench/floor/dist',
      'bench/.lighthouse',
      'reports',
      '.stryker-tmp',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    // Each file is checked with the tsconfig project that owns it (tsconfig.json lists them).
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Numbers in sentences are formatted with Intl first; a bare number in a template is an id, a
      // count or a pixel size, where String(n) is exactly what is meant.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `onClick={() => setOpen(false)}` returns nothing anyone reads; braces around it would say no more.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // `a || b` on text means "the first that is not empty", which `??` does not.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
      // Off: with noUncheckedIndexedAccess every `xs[i]` is `T | undefined`, and `!` marks an index the
      // code has already proved in range (a loop to length, a matched regex group, a row just pushed).
      // Replacing each with a check adds branches no input can reach, which mutation testing then reports.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // Plain JavaScript (the bench, config files) has no types for the type-aware rules to read.
  { files: ['**/*.{js,mjs,cjs}'], extends: [tseslint.configs.disableTypeChecked] },
  // Globals per place the code runs, matching the tsconfig projects.
  {
    files: ['src/**'],
    ignores: ['src/domain/**', 'src/workers/**', 'src/entry-server.tsx'],
    languageOptions: { globals: globals.browser },
  },
  { files: ['src/workers/**'], languageOptions: { globals: globals.worker } },
  {
    files: ['src/entry-server.tsx', 'scripts/**', 'bench/**', '*.config.{js,mjs,ts}'],
    ignores: ['bench/floor/main.tsx'],
    languageOptions: { globals: globals.node },
  },
  { files: ['bench/floor/main.tsx'], languageOptions: { globals: globals.browser } },
  // The type check already refuses these; the lint says why, in words.
  {
    files: ['src/**'],
    ignores: ['src/entry-server.tsx'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...nodeOnly.map((name) => ({ name, message: 'src/ runs in the browser: Node globals are not there.' })),
      ],
    },
  },
  {
    files: ['scripts/**', 'bench/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...browserOnly.map((name) => ({ name, message: 'This runs in Node: there is no page here.' }))],
    },
  },
  // These bench files hand functions to page.evaluate, which run in the page, not in Node.
  {
    files: ['bench/catalog.mjs', 'bench/import.mjs', 'bench/interaction.mjs', 'bench/size.mjs'],
    languageOptions: { globals: globals.browser },
  },
  { files: ['tests/**'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ['tests/**'],
    rules: {
      // A stub that does nothing is the point of a stub.
      '@typescript-eslint/no-empty-function': 'off',
      // `vi.fn(async () => value)` stands in for an async function: async is its signature, not a missing await.
      '@typescript-eslint/require-await': 'off',
      // vitest types its asymmetric matchers (expect.stringContaining, expect.any) as any, by design.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/unit/**/*.{ts,tsx}', 'tests/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/**/*.tsx', 'bench/floor/**/*.tsx'],
    extends: [jsxA11y.flatConfigs.recommended],
    rules: {
      // The chart is role="application": arrow keys step through its weeks. A scrollable role="region"
      // (the table) takes focus so keyboard users can scroll it (axe: scrollable-region-focusable).
      'jsx-a11y/no-noninteractive-tabindex': [
        'error',
        { tags: [], roles: ['tabpanel', 'application', 'region'], allowExpressionValues: true },
      ],
    },
  },
  // Playwright fixtures take `{}` when they need no other fixture.
  { files: ['tests/e2e/**'], rules: { 'no-empty-pattern': 'off' } },
  layer(
    ['src/domain/**'],
    [...browserAndUi, '**/data/*', '**/state/*', '**/components/*', '**/charts/*', '**/app/*'],
    'src/domain stays pure: no UI, state or loading code.',
  ),
  {
    files: ['src/domain/**'],
    languageOptions: { globals: { TextDecoder: 'readonly' } },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'localStorage', 'navigator', 'location', 'history', ...nodeOnly],
    },
  },
  layer(
    ['src/data/**'],
    ['react', 'react-dom', 'zustand', 'recharts', '**/state/*', '**/components/*', '**/charts/*', '**/app/*'],
    'src/data loads data; it knows nothing of UI or state.',
  ),
  layer(['src/state/**'], ['recharts', '**/components/*', '**/charts/*', '**/app/*'], 'src/state sits below components and charts.'),
  layer(
    ['src/charts/**'],
    ['**/state/*', '**/data/*', '**/components/*', '**/app/*', '@tanstack/*', 'zustand'],
    'Charts receive ready series and only draw them.',
  ),
  layer(['src/components/**'], ['**/app/*', '**/data/*'], 'Components sit below app/ and get data from it.'),
);
