import { existsSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import writeExcelFile from 'write-excel-file/node';
import { expect, openView, test, totals, CHART_SVG, CHART_LINES } from './fixtures';
import { DEFAULT_TOTALS, textsOf } from '../figures';

// Netflix's file sits beside the repo (../shared/data); SHARED_DIR points a git worktree at it.
const REAL = join(process.env.SHARED_DIR ?? resolve(process.cwd(), '..', 'shared'), 'data', 'all-weeks-global.tsv');
const HAS_REAL = existsSync(REAL);
const NO_REAL = `needs Netflix's file at ${REAL} (see shared/data/SOURCE.md); it is absent`;
// Playwright's list reporter shows a skipped test without its reason: say it where CI prints it.
if (!HAS_REAL) console.warn(`import.spec.ts: the tests of loading Netflix's real file are skipped: ${NO_REAL}`);
const FIXTURES = resolve(process.cwd(), 'tests/fixtures/netflix');
const SHIPPED_TOTALS = textsOf(DEFAULT_TOTALS);

const fileInput = (page: Page) => page.getByLabel('Netflix file (.tsv or .xlsx)');
const status = (page: Page) => page.getByRole('region', { name: 'Your Netflix file' }).getByRole('status');

/**
 * Netflix's file plus one more week (2026-07-26): the week ending 2026-07-19 again, with Squid
 * Game S1 back at #10 of TV (Non-English) with 12,340,000 hours, its 33rd week on the list.
 */
function withOneMoreWeek(): Buffer {
  const text = readFileSync(REAL, 'utf8');
  const week = text
    .split('\n')
    .filter((l) => l.startsWith('2026-07-19\t'))
    .map((l) => {
      const f = l.split('\t');
      if (f[1] === 'TV (Non-English)' && f[2] === '10')
        return ['2026-07-26', 'TV (Non-English)', '10', 'Squid Game', 'Squid Game: Season 1', '12340000', '8.3167', '1500000', '33'].join(
          '\t',
        );
      return l.replace('2026-07-19', '2026-07-26');
    });
  return Buffer.from(`${text}\n${week.join('\n')}`);
}

test.describe('loading Netflix’s file', () => {
  test.skip(!HAS_REAL, NO_REAL);
  // Parsing takes well under a second; re-rendering the page with all 3,836 titles takes longer
  // on a loaded 2-core machine.
  test.setTimeout(120_000);

  test('the real file loads through the file input and its summary shows', async ({ page, errors }) => {
    await openView(page, '/');
    await fileInput(page).setInputFiles(REAL);
    // Merged with the shipped catalog, which already holds every title and week of this file.
    // The app re-renders with every title of the file: give the page time on a busy machine.
    await expect(status(page)).toContainText('Loaded 10,560 rows, weeks to 2026-07-19: 0 new weeks, 0 new titles.', { timeout: 60_000 });
    expect(await totals(page)).toEqual(SHIPPED_TOTALS);
    expect(errors).toEqual([]);
  });

  test('a copy with one more week shows that week; it is kept across a reload until forgotten', async ({ page, errors }) => {
    await openView(page, '/');
    await fileInput(page).setInputFiles({
      name: 'all-weeks-global (1).tsv',
      mimeType: 'text/tab-separated-values',
      buffer: withOneMoreWeek(),
    });
    await expect(status(page)).toContainText('Loaded 10,600 rows, weeks to 2026-07-26: 1 new week, 0 new titles.', { timeout: 60_000 });
    await expect(page.getByText('all-weeks-global (1).tsv, weeks ending Jul 4, 2021 to Jul 26, 2026')).toBeVisible();

    // A link to Squid Game's 33rd week: only the loaded file has it, so the page waits for it.
    await openView(page, '/?titles=squid-game-s1&weeks=26..33');
    // One title; its weeks 26..33 are three runs on the list (gaps of months), drawn as three lines.
    await expect(page.getByRole('list', { name: 'Legend' }).getByRole('listitem')).toHaveCount(1);
    await expect(page.locator(CHART_LINES)).toHaveCount(3);
    const chart = page.locator(CHART_SVG).first();
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    // Week 33 is the last of 8 points, at the plot's right edge (right margin 16 px).
    await chart.hover({ position: { x: box.width - 17, y: box.height / 2 } });
    await expect(page.locator('.tooltip')).toContainText('Jul 20 – 26, 2026');
    await expect(page.locator('.tooltip')).toContainText('12,340,000 hours · #10');
    await expect(page).toHaveURL(/weeks=26\.\.33/);

    await page.reload();
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await expect(status(page)).toContainText('Showing your file all-weeks-global (1).tsv.');
    await page.getByRole('button', { name: 'Forget loaded file' }).click();
    await expect(page.getByText('all-weeks-global.tsv, weeks ending Jul 4, 2021 to Jul 19, 2026')).toBeVisible();
    await page.reload();
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await expect(page.getByRole('button', { name: 'Forget loaded file' })).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

test('an .xlsx loads through the worker’s lazily loaded reader', async ({ page, errors }) => {
  await openView(page, '/');
  const rows = readFileSync(join(FIXTURES, 'global-9col.tsv'), 'utf8')
    .split('\n')
    .map((l) => l.split('\t'));
  const buffer = await writeExcelFile([{ sheet: 'Top 10', data: rows }] as never).toBuffer();
  await fileInput(page).setInputFiles({
    name: 'all-weeks-global.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await expect(status(page)).toContainText('Loaded 4 rows, weeks to 2023-11-26: older than the data shown');
  expect(errors).toEqual([]);
});

test.describe('bad files: a message naming the problem, and the chart as it was', () => {
  const big = resolve(process.cwd(), 'test-results', 'import', 'huge.tsv');
  test.beforeAll(() => {
    mkdirSync(resolve(big, '..'), { recursive: true });
    writeFileSync(big, '');
    // Sparse: 51 MB on paper, nothing on disk.
    truncateSync(big, 51 * 1024 * 1024);
  });

  const cases: [string, string][] = [
    ['empty.tsv', 'empty.tsv was not loaded: The file is empty.'],
    ['image.png.tsv', 'image.png.tsv was not loaded: This is a PNG image, not a Netflix file.'],
    ['other-columns.tsv', 'other-columns.tsv was not loaded: Missing columns: week, category'],
    ['countries-head.tsv', "countries-head.tsv was not loaded: This is Netflix's per-country file"],
    ['most-popular-head.tsv', "most-popular-head.tsv was not loaded: This is Netflix's most-popular.tsv"],
    ['moved-permanently.tsv', 'moved-permanently.tsv was not loaded: This is a web page ("301 Moved Permanently")'],
    ['null.tsv', 'null.tsv was not loaded: The file holds only the word "null"'],
    ['bad-rows.tsv', 'bad-rows.tsv was not loaded: 5 of 7 rows cannot be read, so nothing was loaded.'],
    [big, 'huge.tsv was not loaded: The file is 51 MB'],
  ];
  for (const [file, message] of cases) {
    test(`${file.split('/').pop()}`, async ({ page, errors }) => {
      await openView(page, '/');
      await fileInput(page).setInputFiles(file.startsWith('/') ? file : join(FIXTURES, file));
      await expect(page.getByRole('alert')).toContainText(message);
      expect(await totals(page)).toEqual(SHIPPED_TOTALS);
      await expect(page.locator(CHART_LINES)).toHaveCount(3);
      expect(errors).toEqual([]);
    });
  }
});
