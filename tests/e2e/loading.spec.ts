import { expect, test, totals } from './fixtures';
import { DEFAULT_TOTALS, textsOf } from '../figures';

test('the default view’s heading and totals are in the HTML before any script runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("How hits compare in Netflix's global Top 10");
  expect(await totals(page)).toEqual(textsOf(DEFAULT_TOTALS));
  await expect(page.getByText(/Data covers up to the week ending Jul 19, 2026/)).toBeVisible();
  await context.close();
});

test.describe('a data file that fails', () => {
  // The browser reports the 503 in the console; that one is provoked on purpose.
  test.use({ expectedErrors: [/Failed to load resource: the server responded with a status of 503/] });

  test('without the embedded copy the app fetches the data; a failed fetch offers a Retry that works', async ({ page }) => {
    await page.route(/\/(\?.*)?$/, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<script type="application\/json" id="top10-seed">[\s\S]*?<\/script>/, '');
      await route.fulfill({ response, body });
    });
    // The app retries once by itself before it shows the error.
    let failures = 2;
    await page.route('**/data/top10-seed.json', (route) =>
      failures-- > 0 ? route.fulfill({ status: 503, body: 'busy' }) : route.continue(),
    );
    await page.goto('/?metric=rank');
    await expect(page.getByRole('alert')).toContainText('HTTP 503');
    await page.getByRole('button', { name: 'Retry' }).click();
    expect(await totals(page)).toEqual(textsOf(DEFAULT_TOTALS));
    await expect(page.getByRole('radio', { name: 'Rank' })).toBeChecked();
  });
});

test('a corrupt data file gets a clear message, not a blank page', async ({ page }) => {
  await page.route(/\/(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<script type="application\/json" id="top10-seed">[\s\S]*?<\/script>/, '');
    await route.fulfill({ response, body });
  });
  await page.route('**/data/top10-seed.json', (route) => route.fulfill({ status: 200, body: '{"source":{"file":"x"},"titles":[{"id":' }));
  await page.goto('/?view=table');
  await expect(page.getByRole('alert')).toContainText('The chart data file is corrupt');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
