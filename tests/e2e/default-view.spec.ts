import { expect, openView, test, totals } from './fixtures';

test('the default view shows the three titles with Netflix’s totals', async ({ page, errors }) => {
  await openView(page, '/');
  expect(await totals(page)).toEqual(['2,058,120,000', '630,570,000', '208,370,000']);
  const legend = page.getByRole('list', { name: 'Legend' });
  await expect(legend.getByRole('listitem')).toHaveText(['Squid Game: Season 1', 'All of Us Are Dead: Season 1', 'Business Proposal: Limited Series']);
  // The chart itself drew: one line per title.
  await expect(page.locator('.recharts-line')).toHaveCount(3);
  expect(errors).toEqual([]);
});

test('the chart tooltip names the week, its dates, hours and rank', async ({ page }) => {
  await openView(page, '/');
  const chart = page.locator('.recharts-surface').first();
  await expect(chart).toBeVisible();
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  // Week 3 sits at 2/7 of the plot's width (8 weeks, 7 intervals; y axis 64 px, right margin 16 px).
  await chart.hover({ position: { x: 64 + ((box.width - 64 - 16) * 2) / 7, y: box.height / 2 } });
  const tooltip = page.locator('.tooltip');
  await expect(tooltip).toContainText('Week 3 in the Top 10');
  await expect(tooltip).toContainText('Sep 27 – Oct 3, 2021');
  await expect(tooltip).toContainText('571,760,000 hours · #1');
});

test('narrowing to weeks 1..4 updates the totals', async ({ page }) => {
  await openView(page, '/');
  await page.getByRole('slider', { name: 'Last week' }).fill('4');
  expect(await totals(page)).toEqual(['1,496,620,000', '536,390,000', '102,840,000']);
  await expect(page).toHaveURL(/\?weeks=1\.\.4$/);
});
