import { axeViolations } from './axe';
import { expect, openView, test, CHART_SVG, CHART_GRID } from './fixtures';
import { SG_PEAK } from '../figures';

test('an embed shows the chart, legend, notes and source, and no controls', async ({ page, errors }) => {
  await page.setViewportSize({ width: 700, height: 640 });
  await openView(page, '/?weeks=1..4&theme=dark&embed=1');
  await expect(page.locator(CHART_SVG)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Weekly hours viewed, weeks 1–4 in the Top 10' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Legend' }).getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('complementary', { name: 'Read with care' })).toBeVisible();
  await expect(page.getByText(/Data covers up to the week ending Jul 19, 2026/)).toBeVisible();
  for (const name of ['Copy link', 'Download', 'Embed', 'Change the chart', 'Reset'])
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  await expect(page.getByRole('form', { name: 'Filters' })).toHaveCount(0);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  // The way out is the same view in the full app.
  await expect(page.getByRole('link', { name: 'Open in Top 10 Compare' })).toHaveAttribute(
    'href',
    /^http:\/\/127\.0\.0\.1:\d+\/\?weeks=1\.\.4&theme=dark$/,
  );
  // The chart fits the frame: its plot area is on screen and the page does not scroll.
  const grid = (await page.locator(CHART_GRID).boundingBox())!;
  expect(grid.y + grid.height).toBeLessThanOrEqual(640);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(640);
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('in an embed the keyboard layer and the table twin still work', async ({ page, errors }) => {
  await openView(page, '/?embed=1');
  await page.getByRole('application', { name: /^Chart\./ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.tooltip')).toContainText(/Week \d in the Top 10/);
  await page.getByRole('button', { name: 'See every figure in a table' }).click();
  const table = page.getByRole('table');
  await expect(table).toContainText(SG_PEAK.text);
  await expect(page).toHaveURL(/\?view=table&embed=1$/);
  await expect(page.getByRole('link', { name: 'Open in Top 10 Compare' })).toHaveAttribute('href', /\/\?view=table$/);
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});
