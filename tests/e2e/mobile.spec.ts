import { axeViolations } from './axe';
import { expect, openView, test, CHART_GRID } from './fixtures';

const SHARED = '/?titles=squid-game-s1~all-of-us-are-dead-s1&weeks=2..9&metric=cumulative';

for (const url of ['/', SHARED]) {
  test(`at 375 x 800 the chart's plot area is on the first screen: ${url}`, async ({ page, errors }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await openView(page, url);
    const grid = page.locator(CHART_GRID);
    await expect(grid).toBeVisible();
    const box = (await grid.boundingBox())!;
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    // Headline first, then the chart with its legend, then the totals.
    const top = async (name: string, role: 'heading' | 'list' | 'region') =>
      (await page.getByRole(role, { name }).first().boundingBox())!.y;
    expect(await top("How hits compare in Netflix's global Top 10", 'heading')).toBeLessThan(await top('Legend', 'list'));
    expect(await top('Legend', 'list')).toBeLessThan(box.y);
    expect(box.y).toBeLessThan(await top('Totals', 'region'));
    expect(errors).toEqual([]);
  });
}

test('the prerendered page is already laid out for a phone before any script runs', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${baseURL}/`);
  await expect(page.getByRole('button', { name: 'Change the chart' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Squid Game: Season 1' })).toBeHidden();
  const placeholder = (await page.locator('.figure__placeholder').boundingBox())!;
  expect(placeholder.y + placeholder.height).toBeLessThanOrEqual(800);
  await context.close();
});

test('Change the chart opens the controls without a history entry; Escape closes them', async ({ page, errors }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openView(page, '/');
  const toggle = page.getByRole('button', { name: 'Change the chart' });
  const box = page.getByRole('checkbox', { name: 'Squid Game: Season 1' });
  await expect(box).toBeHidden();
  const entries = await page.evaluate(() => history.length);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(box).toBeVisible();
  expect(await page.evaluate(() => history.length)).toBe(entries);
  await expect(page).toHaveURL(/\/$/);
  // Tab goes from the button straight into the controls it opened.
  await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(box).toBeHidden();
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await box.uncheck();
  await expect(page.getByRole('list', { name: 'Legend' }).getByRole('listitem')).toHaveCount(2);
  await toggle.click();
  await expect(box).toBeHidden();
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('on a phone the notes are one line that opens on demand; on a wide screen they all show', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openView(page, '/');
  const notes = page.getByRole('complementary', { name: 'Read with care' });
  await expect(notes).toContainText('Read with care: 4 notes');
  const note = notes.getByText(/Squid Game: Season 1: week 1 holds only 3 days/);
  await expect(note).toBeHidden();
  expect((await notes.boundingBox())!.height).toBeLessThan(48);
  await notes.getByRole('button', { name: 'Show' }).click();
  await expect(note).toBeVisible();
  await notes.getByRole('button', { name: 'Hide' }).click();
  await expect(note).toBeHidden();
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(note).toBeVisible();
  await expect(notes.getByRole('button', { name: 'Show' })).toBeHidden();
});
