// @ts-check
/**
 * `npm run mutate`: mutation testing of the pure domain (src/domain). Not part of `npm test`.
 * String literals are mutated on purpose: sentences are what the reader sees. ignoreStatic skips
 * mutants that only run when a module loads; each would need a fresh test run (about 37 minutes
 * more here). Try one file: `npm run mutate -- --mutate src/domain/viewRules.ts`.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'stryker.vitest.config.ts', related: true },
  mutate: ['src/domain/**/*.ts'],
  ignoreStatic: true,
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  ignorePatterns: ['dist', 'dist-ssr', 'test-results', 'playwright-report', 'reports', 'bench/.lighthouse', 'bench/floor/dist'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
