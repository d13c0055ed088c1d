import { mergeConfig } from 'vite';
import base from './vite.config';

/**
 * The unit suite as `npm run mutate` runs it: the same tests, with room for a slow machine, since
 * two instrumented runners share the cores and a test that times out would stop the whole run.
 */
export default mergeConfig(base, { test: { testTimeout: 30_000 } });
