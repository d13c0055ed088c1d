import { mergeConfig, type UserConfig } from 'vite';
import base from './vite.config';

/**
 * The suite `npm run mutate` runs against src/domain: the domain's own tables (tests/unit/domain),
 * which is where a domain mutant must be caught. The component suites also reach the domain, but
 * with them in the run each mutant costs seconds and a full run was estimated at 26 hours here.
 * Room for a slow machine, since two instrumented runners share the cores.
 */
const config: UserConfig = mergeConfig(base, { test: { testTimeout: 30_000 } });
// mergeConfig concatenates arrays; the include list is replaced, not extended.
config.test = { ...config.test, include: ['tests/unit/domain/**/*.test.ts'] };
export default config;
