/**
 * Import bench (issue 9): the worker's parse of Netflix's real file (10,560 rows) and of a
 * synthetic 20x copy (211,200 rows), timed from the worker receiving the bytes to the parsed data
 * arriving on the page (the `netflix-import` performance measure), with the longest main-thread
 * task (PerformanceObserver longtask) during the import, and again including the app's re-render.
 * XLSX is timed separately: the bench writes a workbook of the real file with write-excel-file.
 *
 *   node bench/import.mjs [--skip-build] [--runs N]      (alone; `npm run bench` runs it too)
 * Needs ../shared/data/all-weeks-global.tsv (or SHARED_DIR); without it the step is skipped.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import writeExcelFile from 'write-excel-file/node';
import { installCleanup, ROOT, run, startPreview, withTimeout } from './serve.mjs';

export const IMPORT_TARGETS = { realMs: 150, synthetic20xMs: 2000, longestTaskMs: 50 };
const REAL = join(process.env.SHARED_DIR ?? resolve(ROOT, '..', 'shared'), 'data', 'all-weeks-global.tsv');
const DAY = 86_400_000;

/** 20 copies of the file, copy k shifted by k x 264 weeks, so every (week, list, rank) stays unique. */
function synthetic(text, copies = 20) {
  const [header, ...rows] = text.split('\n').filter((l) => l.trim() !== '');
  const out = [header];
  for (let k = 0; k < copies; k++) {
    const shift = k * 264 * 7 * DAY;
    for (const row of rows) {
      const tab = row.indexOf('\t');
      const week = new Date(Date.parse(`${row.slice(0, tab)}T00:00:00Z`) + shift).toISOString().slice(0, 10);
      out.push(week + row.slice(tab));
    }
  }
  return Buffer.from(out.join('\n'));
}

async function xlsxOf(text) {
  const rows = text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => l.split('\t').map((c) => (i > 0 && c !== '' && /^\d+(\.\d+)?$/.test(c) ? Number(c) : c)));
  return writeExcelFile([{ sheet: 'Top 10', data: rows }]).toBuffer();
}

const LONGTASKS = () => {
  window.__longtasks = [];
  new PerformanceObserver((list) =>
    window.__longtasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration }))),
  ).observe({ type: 'longtask', buffered: true });
};

/** One import in a fresh context (empty IndexedDB), through the page's own file input. */
async function importOnce(browser, url, file) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(LONGTASKS);
    await page.goto(url);
    await page.locator('html[data-ready]').waitFor({ state: 'attached', timeout: 30_000 });
    // Let the start-up's own tasks pass, so they are not counted against the import.
    await page.waitForTimeout(1500);
    const t0 = await page.evaluate(() => performance.now());
    // A path, not a buffer: Playwright would decode a buffer on the page's main thread and count it.
    await page.getByLabel('Netflix file (.tsv or .xlsx)').setInputFiles(file);
    await page.waitForFunction(
      () => performance.getEntriesByName('netflix-import').length > 0 || document.querySelector('[role=alert]'),
      null,
      { timeout: 180_000, polling: 20 },
    );
    const alert = await page
      .locator('.load-file [role=alert]')
      .textContent()
      .catch(() => null);
    if (alert) throw new Error(`the import failed: ${alert}`);
    await page.getByText(/Loaded [\d,]+ rows/).waitFor({ timeout: 180_000 });
    const tShown = await page.evaluate(() => performance.now());
    await page.waitForTimeout(300);
    return await page.evaluate(
      ({ t0, tShown }) => {
        const m = performance.getEntriesByName('netflix-import')[0];
        const end = m.startTime + m.duration;
        const longest = (from, to) =>
          Math.max(0, ...window.__longtasks.filter((t) => t.start + t.duration > from && t.start < to).map((t) => t.duration));
        return {
          parseMs: Math.round(m.duration),
          // From the file chosen to the data back: reading the File, the worker's start-up, the parse.
          chosenToDataMs: Math.round(end - t0),
          longestTaskImportMs: Math.round(longest(t0, end)),
          longestTaskWithRenderMs: Math.round(longest(t0, tShown + 300)),
        };
      },
      { t0, tShown },
    );
  } finally {
    await context.close();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function measureImport(browser, url, { runs = 3, log = console.log } = {}) {
  if (!existsSync(REAL)) return { skipped: `${REAL} is absent (see shared/data/SOURCE.md)` };
  const text = readFileSync(REAL, 'utf8');
  const dir = mkdtempSync(resolve(os.tmpdir(), 'top10-import-bench-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const write = (name, buffer) => {
    writeFileSync(join(dir, name), buffer);
    return join(dir, name);
  };
  const files = [
    ['real', REAL, runs],
    ['synthetic20x', write('synthetic-20x.tsv', synthetic(text)), Math.max(1, runs - 1)],
    ['xlsx', write('all-weeks-global.xlsx', await xlsxOf(text)), Math.max(1, runs - 1)],
  ];
  const out = {};
  for (const [label, file, n] of files) {
    const samples = [];
    for (let i = 0; i < n; i++) samples.push(await withTimeout(importOnce(browser, url, file), 240_000, `import of ${label}`));
    out[label] = {
      bytes: readFileSync(file).length,
      parseMs: median(samples.map((s) => s.parseMs)),
      chosenToDataMs: median(samples.map((s) => s.chosenToDataMs)),
      longestTaskImportMs: Math.max(...samples.map((s) => s.longestTaskImportMs)),
      longestTaskWithRenderMs: Math.max(...samples.map((s) => s.longestTaskWithRenderMs)),
      samples,
    };
    log(`import ${label}: ${JSON.stringify(out[label])}`);
  }
  return out;
}

export function printImport(result) {
  if (!result || result.skipped) return console.log(`\nImport: skipped (${result?.skipped ?? 'not run'})`);
  const row = (what, value, target) =>
    console.log(
      `  ${what.padEnd(58)} ${String(value).padStart(8)}${target ? `   target <= ${target}  ${value <= target ? 'ok' : 'MISSED'}` : ''}`,
    );
  console.log('\nImport (worker parse, bytes received -> data on the page; medians)');
  row('real file, 10,560 rows (ms)', result.real.parseMs, IMPORT_TARGETS.realMs);
  row('synthetic 20x, 211,200 rows (ms)', result.synthetic20x.parseMs, IMPORT_TARGETS.synthetic20xMs);
  row('xlsx of the real file (ms, no target)', result.xlsx.parseMs);
  row('longest main-thread task, real import (ms)', result.real.longestTaskImportMs, IMPORT_TARGETS.longestTaskMs);
  row('longest main-thread task, 20x import (ms)', result.synthetic20x.longestTaskImportMs, IMPORT_TARGETS.longestTaskMs);
  row('longest task incl. the app re-render, real (ms, info)', result.real.longestTaskWithRenderMs);
  row('longest task incl. the app re-render, 20x (ms, info)', result.synthetic20x.longestTaskWithRenderMs);
}

async function main() {
  installCleanup();
  const argv = process.argv.slice(2);
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 3;
  if (!argv.includes('--skip-build')) await run('npm', ['run', 'build:app'], { label: 'build:app', timeoutMs: 240_000 });
  const server = await startPreview({ label: 'app', config: resolve(ROOT, 'vite.config.ts'), outDir: resolve(ROOT, 'dist') });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  try {
    const loadAverage = os.loadavg().map((x) => Number(x.toFixed(2)));
    const result = await measureImport(browser, server.url, { runs });
    printImport(result);
    writeFileSync(
      resolve(ROOT, 'bench/import-results.json'),
      JSON.stringify(
        {
          date: new Date().toISOString(),
          loadAverage,
          loadAverageEnd: os.loadavg().map((x) => Number(x.toFixed(2))),
          targets: IMPORT_TARGETS,
          ...result,
        },
        null,
        2,
      ) + '\n',
    );
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    () => process.exit(0),
    (e) => {
      console.error(`bench/import failed: ${e.stack ?? e}`);
      process.exit(1);
    },
  );
}
