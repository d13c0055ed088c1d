import { axeViolations } from './axe';
import { expect, openView, test, totals, CHART_SVG } from './fixtures';

// Squid Game S1's weeks on the list, sorted by week (awk over all-weeks-global.tsv): weeks 1-20
// (2021-09-19..2022-06-19) have no weekly_views; weeks 21-32 (2023-11-26..2025-07-13) sum to
// 1,600,000 + 1,500,000 + 1,500,000 + 8,100,000 + 13,600,000 + 8,700,000 + 5,000,000 + 3,100,000
// + 2,100,000 + 1,700,000 + 3,800,000 + 2,300,000 = 53,000,000.

test('Views on the default titles says weeks 1–8 have none, and one click shows the weeks that do', async ({ page }) => {
  await openView(page, '/');
  await page.getByRole('radio', { name: 'Views' }).check();
  await expect(
    page.getByText(/no views to draw in weeks 1–8 in the Top 10\. Netflix published none before the week ending Jun 18, 2023\.$/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Show weeks 21–32, the weeks with views' }).click();
  await expect(page).toHaveURL(/\?weeks=21\.\.32&metric=views$/);
  await expect(page.getByTestId('total-squid-game-s1')).toHaveText('53,000,000');
  await expect(page.locator(CHART_SVG).first()).toBeVisible();
  await expect(page).toHaveTitle(/: weekly views, weeks 21–32 · Top 10 Compare$/);
});

test('a Views link spanning 2023-06-18 totals only the weeks with views, says so once, and passes axe', async ({ page }) => {
  await openView(page, '/?weeks=19..32&metric=views');
  expect(await totals(page)).toEqual(['53,000,000']);
  await expect(page.getByText('Netflix published views in 12 of 14 weeks')).toBeVisible();
  await expect(
    page.getByRole('complementary', { name: 'Read with care' }).getByText(/Netflix published no views before the week ending Jun 18, 2023/),
  ).toHaveCount(1);
  await expect(page.locator(CHART_SVG).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
