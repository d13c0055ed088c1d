/**
 * After `vite build` and the SSR build of src/entry-server.tsx: writes the default view's HTML
 * and the shipped dataset into dist/index.html, so the heading, totals and source line paint
 * before any script runs.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDatasetText } from '../src/domain/dataset';
import { embedDataset } from '../src/data/embeddedDataset';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const ssrDir = resolve(root, 'dist-ssr');

const json = readFileSync(resolve(dist, 'data/top10-seed.json'), 'utf8');
const parsed = parseDatasetText(json);
if (!parsed.ok) throw new Error(`public/data/top10-seed.json: ${parsed.reason}`);

const { renderDefaultView } = (await import(
  pathToFileURL(resolve(ssrDir, 'entry-server.js')).href
)) as typeof import('../src/entry-server');
const html = renderDefaultView(parsed.data);

const indexPath = resolve(dist, 'index.html');
const index = readFileSync(indexPath, 'utf8');
if (!index.includes('<div id="root"></div>')) throw new Error('dist/index.html has no empty #root to fill');
const compact = JSON.stringify(parsed.data);
writeFileSync(indexPath, index.replace('<div id="root"></div>', `<div id="root">${html}</div>\n    ${embedDataset(compact)}`));
rmSync(ssrDir, { recursive: true, force: true });
console.log(
  `prerendered the default view: ${(html.length / 1024).toFixed(1)} kB of HTML, ${(compact.length / 1024).toFixed(1)} kB of data`,
);
