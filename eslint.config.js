import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports flow one way: domain <- data, state <- components, charts <- app.
const browserAndUi = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', '@tanstack/*', 'recharts'];
const layer = (files, patterns, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', 'playwright-report', 'bench/floor/dist', 'bench/.lighthouse', 'reports', '.stryker-tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/unit/**/*.{ts,tsx}', 'tests/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // Playwright fixtures take `{}` when they need no other fixture.
  { files: ['tests/e2e/**'], rules: { 'no-empty-pattern': 'off' } },
  layer(['src/domain/**'], [...browserAndUi, '**/data/*', '**/state/*', '**/components/*', '**/charts/*', '**/app/*'], 'src/domain stays pure: no UI, state or loading code.'),
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'localStorage', 'navigator', 'location', 'history'],
    },
  },
  layer(['src/data/**'], ['react', 'react-dom', 'zustand', 'recharts', '**/state/*', '**/components/*', '**/charts/*', '**/app/*'], 'src/data loads data; it knows nothing of UI or state.'),
  layer(['src/state/**'], ['recharts', '**/components/*', '**/charts/*', '**/app/*'], 'src/state sits below components and charts.'),
  layer(['src/charts/**'], ['**/state/*', '**/data/*', '**/components/*', '**/app/*', '@tanstack/*', 'zustand'], 'Charts receive ready series and only draw them.'),
  layer(['src/components/**'], ['**/app/*', '**/data/*'], 'Components sit below app/ and get data from it.'),
);
