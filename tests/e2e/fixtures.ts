import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every e2e page comes from a context (axe needs one) and fails its test on an uncaught
 * exception or a console error.
 */
export const test = base.extend<{ page: Page; errors: string[] }>({
  errors: async ({}, use) => {
    await use([]);
  },
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
