import type { Page, Route } from '@playwright/test';
import { expect, openView, test, totals, CHART_LINES, CHART_SVG } from './fixtures';
import { AOUAD_WEEKS_1_8, BP_WEEKS_1_8, SG_WEEKS_1_8, SG_WEEKS_3_5 } from '../figures';

/** Holds matching requests until released: a slow network, on cue. */
async function hold(page: Page, pattern: string | RegExp) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route: Route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** The text a reader can see: hidden (veiled) parts are left out. */
const visibleText = (page: Page) => page.evaluate(() => document.body.innerText);

test.describe('a chart chunk that fails to load', () => {
  test.use({ expectedErrors: [/Failed to load resource/] });

  test('says so where the chart goes; controls and totals keep working; Retry draws it', async ({ page }) => {
    await page.route(/\/assets\/InteractiveChart-[^/]*\.js$/, (route) => route.abort());
    await openView(page, '/');
    // The first view's chart needs no chunk; recharts' is fetched when the reader reaches for the chart.
    await expect(page.locator(CHART_LINES)).toHaveCount(3);
    await page.locator(CHART_SVG).hover();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The interactive chart could not be loaded');
    // The chart as drawn stays: only its tooltips and keys are missing.
    await expect(page.locator('svg.chart__static .chart__line')).toHaveCount(3);
    // The rest of the page works: untick a title, the totals, the chart and the address follow.
    await page.getByRole('checkbox', { name: 'Business Proposal: Limited Series' }).uncheck();
    expect(await totals(page)).toEqual([SG_WEEKS_1_8.text, AOUAD_WEEKS_1_8.text]);
    await expect(page.locator('svg.chart__static .chart__line')).toHaveCount(2);
    await expect(page).toHaveURL(/\?titles=squid-game-s1~all-of-us-are-dead-s1$/);
    await page.unroute(/\/assets\/InteractiveChart-[^/]*\.js$/);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.locator('.recharts-line')).toHaveCount(2);
    await expect(page.getByRole('alert')).toHaveCount(0);
    // No choice was lost on the way.
    await expect(page.getByRole('checkbox', { name: 'Business Proposal: Limited Series' })).not.toBeChecked();
  });

  test('the table’s chunk gets the same message and Retry', async ({ page }) => {
    await page.route(/\/assets\/DataTable-[^/]*\.js$/, (route) => route.abort());
    await openView(page, '/?view=table');
    await expect(page.getByRole('alert')).toContainText('The table could not be loaded');
    await page.unroute(/\/assets\/DataTable-[^/]*\.js$/);
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('table')).toBeVisible();
  });
});

test('a shared link on a slow network says it is opening the link, never shows the default’s figures', async ({ page }) => {
  const release = await hold(page, /\/assets\/.*\.js$/);
  await page.goto('/?weeks=5..3&titles=squid-game-s1', { waitUntil: 'commit' });
  const opening = page.getByRole('status').filter({ hasText: 'Opening the linked view…' });
  await expect(opening).toBeVisible();
  // Where the chart will be, at the chart's size.
  const box = (await opening.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(300);
  const text = await visibleText(page);
  for (const figure of [SG_WEEKS_1_8.text, AOUAD_WEEKS_1_8.text, BP_WEEKS_1_8.text, 'weeks 1–8']) expect(text).not.toContain(figure);
  release();
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await expect(opening).toHaveCount(0);
  // Squid Game weeks 3–5 in the Top 10: 571,760,000 + 412,940,000 + 258,840,000 (Netflix's file).
  expect(await totals(page)).toEqual([SG_WEEKS_3_5.text]);
  await expect(page.getByRole('status', { name: 'Problems with this link' })).toContainText(
    'weeks: "5..3" starts after it ends; read as 3..5',
  );
  await expect(page).toHaveURL(/\?titles=squid-game-s1&weeks=3\.\.5$/);
});

test('while the chart code loads, a skeleton holds its box: nothing shifts when it draws', async ({ page }) => {
  const release = await hold(page, /\/assets\/InteractiveChart-[^/]*\.js$/);
  // Bars need recharts from the start (lines are first drawn without it).
  await openView(page, '/?metric=cumulative&chart=bar');
  const skeleton = page.getByRole('status').filter({ hasText: 'Loading the chart…' });
  await expect(skeleton).toBeVisible();
  const summary = page.locator('#chart-summary');
  const before = (await summary.boundingBox())!;
  const skeletonBox = (await skeleton.boundingBox())!;
  release();
  await expect(page.locator('.recharts-bar')).toHaveCount(3);
  const canvas = (await page.locator('.figure__canvas').boundingBox())!;
  expect(canvas.height).toBe(skeletonBox.height);
  expect((await summary.boundingBox())!.y).toBe(before.y);
});

test('the first view draws its chart without recharts, which takes over in place when the reader reaches for it', async ({ page }) => {
  const chunks: string[] = [];
  page.on('request', (r) => {
    if (/\/assets\/(InteractiveChart|LineChartPart)-/.test(r.url())) chunks.push(r.url());
  });
  await openView(page, '/');
  const svg = page.locator(CHART_SVG);
  await expect(page.locator('svg.chart__static .chart__line')).toHaveCount(3);
  await expect(page.getByRole('application', { name: /^Chart\./ })).toBeVisible();
  // The same words as recharts' chart: the heading and the summary.
  await expect(svg.locator('title')).toHaveText('Weekly hours viewed, weeks 1–8 in the Top 10');
  await page.waitForTimeout(500);
  expect(chunks).toEqual([]);
  // Places relative to the chart's box: hovering may scroll the page.
  const canvas = page.locator('.figure__canvas');
  const place = async () => {
    const frame = (await canvas.boundingBox())!;
    const drawn = (await page.locator(CHART_SVG).boundingBox())!;
    const summary = (await page.locator('#chart-summary').boundingBox())!;
    return { x: drawn.x - frame.x, y: drawn.y - frame.y, width: drawn.width, height: drawn.height, summary: summary.y - frame.y };
  };
  const before = await place();
  const ticks = async () => (await page.locator(CHART_SVG).locator('text').allTextContents()).filter((t) => /^(\d+|\d+M)$/.test(t)).sort();
  const staticTicks = await ticks();
  // A pointer over the chart: recharts draws it, and the hover shows its tooltip without another move.
  await svg.hover({ position: { x: before.width / 2, y: before.height / 2 } });
  await expect(page.locator('svg.recharts-surface')).toBeVisible();
  await expect(page.locator('.recharts-tooltip-wrapper')).toContainText(/Week \d in the Top 10/);
  expect(chunks.length).toBeGreaterThan(0);
  expect(await place()).toEqual(before);
  expect(await ticks()).toEqual(staticTicks);
});

test('before the app takes over, the controls say they are loading and a click does not half-happen', async ({ page }) => {
  const release = await hold(page, /\/assets\/start-[^/]*\.js$/);
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  const box = page.getByRole('checkbox', { name: 'Business Proposal: Limited Series' });
  // Inert until the app runs: out of reach of the mouse and the keyboard, and dimmed with a cue.
  await expect(page.locator('input[type="checkbox"][inert]')).toHaveCount(3);
  expect(await page.locator('.filters').evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"Loading controls…"');
  await page.locator('.filters label').filter({ hasText: 'Business Proposal' }).click({ force: true });
  await expect(page.locator('input[type="checkbox"]').nth(2)).toBeChecked();
  release();
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  expect(await page.locator('.filters').evaluate((el) => getComputedStyle(el, '::after').content)).toBe('none');
  // The box says what the app holds, and now works.
  await expect(box).toBeChecked();
  await box.uncheck();
  await expect(page).toHaveURL(/\?titles=squid-game-s1~all-of-us-are-dead-s1$/);
  expect(await totals(page)).toEqual([SG_WEEKS_1_8.text, AOUAD_WEEKS_1_8.text]);
});

test.describe('history', () => {
  test('a pointer drag is one entry: Back after "Cumulative, then drag" returns to Cumulative', async ({ page }) => {
    await openView(page, '/');
    await page.getByRole('radio', { name: 'Cumulative hours' }).check();
    await expect(page).toHaveURL(/\?metric=cumulative$/);
    const slider = page.getByRole('slider', { name: 'Last week' });
    const b = (await slider.boundingBox())!;
    const y = b.y + b.height / 2;
    // 8 of 32 weeks sits about a quarter along; drag it down to the start, in small moves.
    const at = (week: number) => b.x + 8 + ((b.width - 16) * (week - 1)) / 31;
    await page.mouse.move(at(8), y);
    await page.mouse.down();
    for (const week of [7, 6, 5, 4, 3]) await page.mouse.move(at(week), y, { steps: 2 });
    await page.mouse.up();
    await expect(page).toHaveURL(/\?weeks=1\.\.[2-4]&metric=cumulative$/);
    await page.goBack();
    await expect(page).toHaveURL(/\?metric=cumulative$/);
    await expect(slider).toHaveValue('8');
    await expect(page.getByRole('radio', { name: 'Cumulative hours' })).toBeChecked();
    await page.goBack();
    await expect(page.getByRole('radio', { name: 'Weekly hours' })).toBeChecked();
  });

  test('each keyboard step is its own entry', async ({ page }) => {
    await openView(page, '/');
    const slider = page.getByRole('slider', { name: 'Last week' });
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/\?weeks=1\.\.6$/);
    await page.goBack();
    await expect(page).toHaveURL(/\?weeks=1\.\.7$/);
    await expect(slider).toHaveValue('7');
    await page.goBack();
    await expect(slider).toHaveValue('8');
  });
});

test('the last title shows on screen why it stays ticked', async ({ page }) => {
  await openView(page, '/?titles=squid-game-s1');
  const box = page.getByRole('checkbox', { name: 'Squid Game: Season 1' });
  await expect(box).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByText('Stays ticked: the chart needs at least one title.')).toBeVisible();
  // Playwright will not click an aria-disabled box by itself; a reader can.
  await box.click({ force: true });
  await expect(box).toBeChecked();
});

test('a link asking log on a bar chart gets linear, and the notice says so', async ({ page }) => {
  await openView(page, '/?chart=bar&scale=log');
  await expect(page.getByRole('status', { name: 'Problems with this link' })).toContainText('scale: "log" does not apply');
  await expect(page.getByRole('radio', { name: 'Linear' })).toBeChecked();
  await expect(page).toHaveURL(/\?chart=bar$/);
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 800 } });

  test('the static chart keeps the labels recharts keeps, where recharts puts them', async ({ page }) => {
    // A long calendar range: recharts drops x labels that would crowd, and the static chart must drop the same.
    await openView(page, '/?align=calendar&weeks=1..30');
    const texts = () =>
      page
        .locator(CHART_SVG)
        .locator('text')
        .evaluateAll((nodes) =>
          nodes
            .map((n) => {
              const r = n.getBoundingClientRect();
              return `${n.textContent}@${Math.round(r.x)},${Math.round(r.y)}`;
            })
            .filter((t) => !t.startsWith('@'))
            .sort(),
        );
    await expect(page.locator('svg.chart__static')).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    const drawn = await texts();
    expect(drawn.filter((t) => /^(Week ending|Jan 20\d\d)@/.test(t)).length).toBeGreaterThan(1);
    await page.locator(CHART_SVG).dispatchEvent('pointerdown');
    await expect(page.locator('svg.recharts-surface')).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await texts()).toEqual(drawn);
  });
});
