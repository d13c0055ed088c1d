import { CSP_HEADER } from '../../vite.config';
import { expect, openView, test, CHART_SVG } from './fixtures';

const VIEWS = [
  '/',
  '/?view=table',
  '/?theme=dark',
  '/?chart=bar&scale=log',
  '/?metric=rank&align=calendar',
  '/?metric=cumulative&align=premiere&weeks=1..32',
  '/?titles=nope&weeks=abc',
];

test('every view runs under the strict policy with no violation and no console error', async ({ page, errors }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const first = await page.goto('/');
  expect(first!.headers()['content-security-policy']).toBe(CSP_HEADER);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self'/);
  for (const url of VIEWS) {
    await openView(page, url);
    await expect(page.getByRole('region', { name: 'Totals' })).toBeVisible();
    await expect(page.locator(`${CHART_SVG}, table`).first()).toBeVisible();
    const chart = page.locator(CHART_SVG).first();
    if (await chart.isVisible()) {
      await chart.scrollIntoViewIfNeeded();
      await chart.hover({ position: { x: 200, y: 100 } });
      await expect(page.locator('.tooltip')).toBeVisible();
    }
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), url).toEqual([]);
  }
  expect(errors).toEqual([]);
});
