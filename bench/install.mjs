/**
 * The bench's own dependencies (Lighthouse, playwright-core, esbuild) live in bench/package.json, so
 * `npm ci` for the tests never downloads Lighthouse. `npm run bench` runs this first: it installs
 * them from bench/package-lock.json when bench/node_modules lacks one or holds another version.
 * A separate step, not an import in run.mjs: a module's imports resolve before any of it runs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH = dirname(fileURLToPath(import.meta.url));
const json = (path) => JSON.parse(readFileSync(path, 'utf8'));

function stale() {
  const { dependencies } = json(resolve(BENCH, 'package.json'));
  const locked = json(resolve(BENCH, 'package-lock.json')).packages;
  return Object.keys(dependencies).filter((name) => {
    const installed = resolve(BENCH, 'node_modules', name, 'package.json');
    return !existsSync(installed) || json(installed).version !== locked[`node_modules/${name}`]?.version;
  });
}

const missing = stale();
if (missing.length) {
  console.log(`bench: installing ${missing.join(', ')} into bench/node_modules (npm ci in bench/)`);
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: BENCH, stdio: 'inherit' });
}
