import { expect, openView, test, CHART_SVG } from './fixtures';
import { SG_WEEKS_1_8 } from '../figures';

const READ = ['#chart-heading', '.masthead__dek', '#chart-summary', '.totals .section-dek', '.card__sub', '.caveats li'];

test('the prerendered page and the browser write the same text (dates, lists, ordinals)', async ({ page, browser, errors }) => {
  // Without scripts the page is exactly what the prerender (Node's ICU) wrote.
  const still = await browser.newContext({ javaScriptEnabled: false });
  const prerendered = await still.newPage();
  await prerendered.goto('/');
  await openView(page, '/');
  for (const selector of READ) {
    const before = await prerendered.locator(selector).allTextContents();
    expect(before.length, selector).toBeGreaterThan(0);
    expect(await page.locator(selector).allTextContents(), selector).toEqual(before);
  }
  // The peak week's dates, as Chromium's own ICU writes them.
  const chromium = await page.evaluate(() =>
    new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).formatRange(
      new Date('2021-09-27T00:00:00Z'),
      new Date('2021-10-03T00:00:00Z'),
    ),
  );
  await expect(prerendered.locator('.card__sub').first()).toHaveText(`week 3, ${chromium.replace(/[\u2009\u202f]/g, ' ')}`);
  await still.close();
  expect(errors).toEqual([]);
});

test('the tab names the view', async ({ page, errors }) => {
  await openView(page, '/');
  await expect(page).toHaveTitle('Squid Game vs All of Us Are Dead vs Business Proposal: weekly hours, weeks 1–8 · Top 10 Compare');
  await page.getByRole('radio', { name: 'Rank' }).check();
  await expect(page).toHaveTitle(/: weekly rank, weeks 1–8 · Top 10 Compare$/);
  expect(errors).toEqual([]);
});

test('under Calendar a week on the list but outside the range says so, with its figure', async ({ page, errors }) => {
  await openView(page, '/?align=calendar');
  const chart = page.getByRole('application', { name: /^Chart\./ });
  await chart.focus();
  await page.keyboard.press('Home');
  // 2022-03-27 is 27 weeks after the first row, 2021-09-19.
  for (let i = 0; i < 27; i++) await page.keyboard.press('ArrowRight');
  const card = page.locator('.chart__card');
  await expect(card).toContainText('Week of Mar 21 – 27, 2022');
  // all-weeks-global.tsv, 2022-03-27: All of Us Are Dead: Season 1, #7, 11,380,000 hours.
  await expect(card.locator('li', { hasText: 'All of Us Are Dead' })).toContainText(
    'Outside the selected weeks 1–8: its 9th week on the list11,380,000 hours · #7 in TV (Non-English)',
  );
  await expect(card.locator('li', { hasText: 'Squid Game' })).toContainText('Not in the Top 10 that week');
  await expect(chart.locator('[aria-live="polite"]')).toContainText('Week of Mar 21 – 27, 2022.');
  await page.keyboard.press('End');
  await expect(card).toContainText('Week of Apr 25 – May 1, 2022');
  expect(errors).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });

  test('a tap on the chart shows the week and every value; a tap outside puts it away', async ({ page, errors }) => {
    await openView(page, '/');
    const surface = page.locator(CHART_SVG).first();
    await surface.scrollIntoViewIfNeeded();
    const box = (await surface.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    const card = page.locator('.chart__card');
    await expect(card).toContainText(/Week \d in the Top 10/);
    await expect(card.locator('li')).toHaveCount(3);
    const heading = (await page.getByRole('heading', { name: 'Totals' }).boundingBox())!;
    await page.touchscreen.tap(heading.x + 10, heading.y + 5);
    await expect(card).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

test('at 320 px every chart label stays inside the frame, the re-entry label too', async ({ page, errors }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openView(page, '/?weeks=1..32');
  const surface = page.locator(CHART_SVG).first();
  await expect(surface.getByText('Squid Game re-enters').first()).toBeVisible();
  const frame = (await surface.boundingBox())!;
  const labels = await surface.locator('text').all();
  // Axis ticks, both axis titles and the re-entry label at least.
  expect(labels.length).toBeGreaterThan(5);
  for (const text of labels) {
    const box = await text.boundingBox();
    if (!box) continue;
    const label = (await text.textContent()) ?? '';
    expect(box.x, label).toBeGreaterThanOrEqual(frame.x - 0.5);
    expect(box.x + box.width, label).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
  }
  expect(errors).toEqual([]);
});

test('"See every figure in a table" lands on the table’s caption', async ({ page, errors }) => {
  await openView(page, '/');
  await page.getByRole('button', { name: 'See every figure in a table' }).click();
  await expect(page.locator('caption')).toBeFocused();
  await expect(page.getByRole('row', { name: /^Total, weeks 1–8/ })).toContainText(SG_WEEKS_1_8.text);
  expect(errors).toEqual([]);
});
