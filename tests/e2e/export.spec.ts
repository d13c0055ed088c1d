import { brightness, csvRows, download, pngFacts } from './exportFiles';
import { expect, openView, test, CHART_SVG } from './fixtures';

const BASE = 'top10-compare_squid-game-s1_vs_all-of-us-are-dead-s1_vs_business-proposal-s1';
const INT = new Intl.NumberFormat('en-US');

/** The table view's body as text: row header, then each title's figure ('' for a gap). */
async function tableRows(page: import('@playwright/test').Page): Promise<string[][]> {
  await page.getByRole('radio', { name: 'Table' }).check();
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  return table.locator('tbody tr').evaluateAll((trs) =>
    // The figure without its footnote marks (a <sup>): the CSV carries raw numbers only.
    trs.map((tr) => [
      tr.querySelector('th')!.textContent.trim(),
      ...Array.from(tr.querySelectorAll('td'), (td) => {
        const figure = td.querySelector('.data-table__figure');
        const marks = figure?.querySelector('.data-table__mark')?.textContent ?? '';
        return (figure?.textContent ?? '').slice(0, (figure?.textContent ?? '').length - marks.length);
      }),
    ]),
  );
}

for (const theme of ['light', 'dark'] as const) {
  test(`every download holds what it says, ${theme} theme`, async ({ page, errors }) => {
    await openView(page, theme === 'dark' ? '/?theme=dark' : '/');
    await expect(page.locator(CHART_SVG)).toBeVisible();
    await page.getByRole('button', { name: 'Download' }).click();
    const dialog = page.getByRole('dialog', { name: 'Download' });
    await expect(dialog.getByText('Weekly hours viewed, weeks 1–8 in the Top 10')).toBeVisible();

    const png = await download(page, dialog.getByRole('button', { name: 'PNG image' }));
    const svg = await download(page, dialog.getByRole('button', { name: 'SVG image' }));
    const shown = await download(page, dialog.getByRole('button', { name: 'CSV: the data on screen' }));
    const full = await download(page, dialog.getByRole('button', { name: 'CSV: every week of these titles' }));
    expect([png.name, svg.name, shown.name, full.name]).toEqual([
      `${BASE}_hours_weeks-1-8.png`,
      `${BASE}_hours_weeks-1-8.svg`,
      `${BASE}_hours_weeks-1-8.csv`,
      `${BASE}_all-weeks.csv`,
    ]);

    // The SVG: title, source and link as text, in the page's font stack, colours resolved.
    const svgText = svg.bytes.toString('utf8');
    expect(svgText).toContain('<title>Weekly hours viewed, weeks 1–8 in the Top 10</title>');
    expect(svgText).toContain('Source: Netflix global weekly Top 10 (all-weeks-global.tsv)');
    expect(svgText).toContain('Squid Game: Season 1');
    expect(svgText).toContain('Week in the Top 10');
    expect(svgText).toMatch(/font-family="[^"]*system-ui/);
    expect(svgText).not.toMatch(/var\(--|light-dark\(/);
    const [, w, h] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svgText)!;

    // The PNG: twice the SVG's size, not blank, on the theme's own background.
    const facts = await pngFacts(page, png.bytes);
    expect([facts.width, facts.height]).toEqual([Number(w) * 2, Number(h) * 2]);
    expect(facts.colours).toBeGreaterThan(20);
    if (theme === 'dark') expect(brightness(facts.corner)).toBeLessThan(60);
    else expect(brightness(facts.corner)).toBeGreaterThan(200);

    // Full data: every week the three titles spent on the list (awk: 32 + 11 + 13 rows).
    const fullRows = csvRows(full.bytes);
    expect(fullRows[0]!.slice(0, 3)).toEqual(['week', 'category', 'weekly_rank']);
    expect(fullRows).toHaveLength(1 + 32 + 11 + 13);

    // Displayed data: the same figures as the table view, cell for cell.
    const rows = csvRows(shown.bytes);
    const [header, ...data] = rows;
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
    const col = (name: string) => header!.indexOf(name);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    const table = await tableRows(page);
    const fromCsv = table.map(([week], i) => [
      week!,
      ...data
        .slice(i * 3, i * 3 + 3)
        .map((r) => (r[col('weekly_hours_viewed')] === '' ? '' : INT.format(Number(r[col('weekly_hours_viewed')])))),
    ]);
    expect(data.map((r) => `Week ${r[col('week_in_top_10')]}`).filter((_, i) => i % 3 === 0)).toEqual(table.map(([week]) => week));
    expect(fromCsv).toEqual(table);
    expect(errors).toEqual([]);
  });
}

test('Copy chart as image puts a PNG on the clipboard', async ({ page, errors, baseURL }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await openView(page, '/?theme=dark');
  await expect(page.locator(CHART_SVG)).toBeVisible();
  await page.getByRole('button', { name: 'Download' }).click();
  await page.getByRole('button', { name: 'Copy chart as image' }).click();
  await expect(page.getByText('Chart copied as an image')).toBeVisible();
  const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
  expect(types).toContain('image/png');
  expect(errors).toEqual([]);
});

test('Copy chart as image says so when the browser refuses', async ({ page }) => {
  await openView(page, '/');
  await expect(page.locator(CHART_SVG)).toBeVisible();
  await page.evaluate(() => {
    navigator.clipboard.write = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  await page.getByRole('button', { name: 'Download' }).click();
  await page.getByRole('button', { name: 'Copy chart as image' }).click();
  await expect(page.getByText('The browser did not allow copying the image. Download the PNG instead.')).toBeVisible();
});

test('the dialog works by keyboard and cites the view', async ({ page, errors }) => {
  await openView(page, '/?weeks=1..4');
  await page.getByRole('button', { name: 'Download' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Download' });
  await expect(dialog.getByRole('button', { name: 'PNG image' })).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(/\/\?weeks=1\.\.4$/);
  await expect(dialog.getByRole('textbox', { name: 'Citation' })).toHaveValue(
    /^Netflix global Top 10, via Top 10 Compare, http:\/\/127\.0\.0\.1:\d+\/\?weeks=1\.\.4, retrieved \w{3} \d{1,2}, \d{4}$/,
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Download' })).toBeFocused();
  expect(errors).toEqual([]);
});

test('under the table view the image buttons say there is no chart to draw', async ({ page, errors }) => {
  await openView(page, '/?weeks=1..4&view=table');
  await expect(page.getByRole('radio', { name: 'Table' })).toBeChecked();
  await page.getByRole('button', { name: 'Download' }).click();
  const dialog = page.getByRole('dialog', { name: 'Download' });
  await expect(dialog.getByRole('button', { name: 'PNG image' })).toBeDisabled();
  await expect(dialog.getByText('The table is showing: switch to the chart to save it as an image.')).toBeVisible();
  expect(errors).toEqual([]);
});
