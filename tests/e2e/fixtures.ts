import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every e2e page comes from a context (axe needs one), and every test fails on an uncaught
 * exception or a console error, checked after the test by the auto fixture `consoleClean`. A test
 * that provokes errors on purpose (a blocked chunk, a failing fetch) lists them in
 * `expectedErrors`; any other error still fails it.
 */
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Playwright's type for an automatic fixture
export const test = base.extend<{ page: Page; errors: string[]; expectedErrors: RegExp[]; consoleClean: void }>({
  expectedErrors: [[], { option: true }],
  errors: async ({}, use) => {
    await use([]);
  },
  consoleClean: [
    async ({ errors, expectedErrors }, use) => {
      await use();
      expect(
        errors.filter((e) => !expectedErrors.some((re) => re.test(e))),
        'console errors and uncaught exceptions',
      ).toEqual([]);
    },
    { auto: true },
  ],
  page: async ({ browser, errors }, use) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    await use(page);
    await context.close();
  },
});

export { expect };

export async function totals(page: Page): Promise<string[]> {
  const region = page.getByRole('region', { name: 'Totals' });
  await expect(region.getByRole('listitem').first()).toBeVisible();
  // The totals follow a change a frame after the control (a deferred render): read them once current.
  await expect(region).not.toHaveAttribute('aria-busy', 'true');
  return region.getByTestId(/^total-/).allTextContents();
}

/**
 * Open a view and wait until React has taken over the prerendered page: before that the
 * controls are static HTML, and a click would be lost.
 */
export async function openView(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}

/** The chart's svg: the static one the first view draws, or recharts' once the reader reaches for it. */
export const CHART_SVG = 'svg.chart__static, svg.recharts-surface';
/** One per unbroken run of a title's weeks, in either chart. */
export const CHART_LINES = '.chart__static .chart__line, .recharts-line';
export const CHART_GRID = '.chart__static .chart__grid, .recharts-cartesian-grid';
