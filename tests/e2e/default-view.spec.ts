import { expect, openView, test, totals, CHART_SVG, CHART_LINES } from './fixtures';
import { AOUAD_WEEKS_1_4, BP_WEEKS_1_4, DEFAULT_TOTALS, SG_PEAK, SG_WEEKS_1_4, textsOf } from '../figures';

test('the default view shows the three titles with Netflix’s totals', async ({ page, errors }) => {
  await openView(page, '/');
  expect(await totals(page)).toEqual(textsOf(DEFAULT_TOTALS));
  const legend = page.getByRole('list', { name: 'Legend' });
  await expect(legend.getByRole('listitem')).toHaveText([
    'Squid Game: Season 1',
    'All of Us Are Dead: Season 1',
    'Business Proposal: Limited Series',
  ]);
  // The chart itself drew: one line per title.
  await expect(page.locator(CHART_LINES)).toHaveCount(3);
  expect(errors).toEqual([]);
});

test('the chart tooltip names the week, its dates, hours and rank', async ({ page }) => {
  await openView(page, '/');
  const chart = page.locator(CHART_SVG).first();
  await expect(chart).toBeVisible();
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  // Week 3 sits at 2/7 of the plot's width (8 weeks, 7 intervals; y axis 64 px, right margin 16 px).
  await chart.hover({ position: { x: 64 + ((box.width - 64 - 16) * 2) / 7, y: box.height / 2 } });
  const tooltip = page.locator('.tooltip');
  await expect(tooltip).toContainText('Week 3 in the Top 10');
  await expect(tooltip).toContainText('Sep 27 – Oct 3, 2021');
  await expect(tooltip).toContainText(`${SG_PEAK.text} hours · #1`);
});

test('narrowing to weeks 1..4 updates the totals', async ({ page }) => {
  await openView(page, '/');
  await page.getByRole('slider', { name: 'Last week' }).fill('4');
  expect(await totals(page)).toEqual([SG_WEEKS_1_4.text, AOUAD_WEEKS_1_4.text, BP_WEEKS_1_4.text]);
  await expect(page).toHaveURL(/\?weeks=1\.\.4$/);
});
