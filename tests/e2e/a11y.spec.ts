import { axeViolations } from './axe';
import { expect, openView, test, CHART_SVG } from './fixtures';
import { SG_WEEKS_1_4 } from '../figures';

const SCANS: { name: string; url: string; width?: number; colorScheme?: 'light' | 'dark' }[] = [
  { name: 'default view', url: '/' },
  { name: 'table view', url: '/?view=table' },
  { name: 'dark theme', url: '/?theme=dark' },
  { name: 'dark theme, table', url: '/?view=table&theme=dark' },
  { name: 'system dark scheme', url: '/?chart=bar', colorScheme: 'dark' },
  { name: '375 px wide', url: '/', width: 375 },
  { name: 'link with problems', url: '/?weeks=abc&metric=nope' },
];

for (const scan of SCANS) {
  test(`axe finds no WCAG 2.1 A/AA violation: ${scan.name}`, async ({ page }) => {
    await page.setViewportSize({ width: scan.width ?? 1280, height: 900 });
    if (scan.colorScheme) await page.emulateMedia({ colorScheme: scan.colorScheme });
    await openView(page, scan.url);
    await expect(page.locator(`${CHART_SVG}, table`).first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

/** Role and name of the focused element, and whether a focus ring is drawn on it or its label. */
async function focused(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const ringOf = (e: Element | null) => {
      if (!e) return false;
      const s = getComputedStyle(e);
      return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    };
    const label = el.closest('label');
    const name = (
      el.getAttribute('aria-label') ??
      el.querySelector(':scope > title')?.textContent ??
      (label?.textContent || (el as HTMLInputElement).labels?.[0]?.textContent || el.textContent || '')
    ).trim();
    return { tag: el.tagName.toLowerCase(), type: el.getAttribute('type'), name, ring: ringOf(el) || ringOf(el.nextElementSibling) };
  });
}

test('Tab walks the controls in layout order, each with a name and a visible focus ring', async ({ page }) => {
  await openView(page, '/');
  await expect(page.locator(CHART_SVG)).toBeVisible();
  // Until every title has arrived (fetched once the page is idle) this button is disabled and out
  // of the tab order; walk the page as it is once it has settled.
  await expect(page.getByRole('button', { name: 'On the list this week' })).toBeEnabled({ timeout: 15_000 });
  const seen: { tag: string; type: string | null; name: string; ring: boolean }[] = [];
  for (let i = 0; i < 24; i++) {
    await page.keyboard.press('Tab');
    seen.push(await focused(page));
  }
  expect(seen.map((f) => f.name)).toEqual([
    'Squid Game: Season 1',
    'All of Us Are Dead: Season 1',
    'Business Proposal: Limited Series',
    'Add a title',
    'List',
    'On the list this week',
    'First week',
    'Last week',
    'Weekly hours',
    'Week in Top 10',
    'Line',
    'Linear',
    'Reset',
    // The theme and the file loader sit with the controls (behind "Change the chart" on a phone).
    'Auto',
    'Load Netflix file',
    'Copy link',
    'Download',
    'Embed',
    'Chart',
    // A title leaves from its legend entry.
    'Remove Squid Game: Season 1',
    'Remove All of Us Are Dead: Season 1',
    'Remove Business Proposal: Limited Series',
    'Chart. Left and right arrow keys step through the weeks; Home and End jump to the first and last.',
    'See every figure in a table',
  ]);
  for (const f of seen) {
    expect(f.name, JSON.stringify(f)).not.toBe('');
    expect(f.ring, `focus ring on ${f.name}`).toBe(true);
  }
});

test('radio groups move with the arrow keys', async ({ page }) => {
  await openView(page, '/');
  await page.getByRole('radio', { name: 'Weekly hours' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Views' })).toBeChecked();
  await expect(page).toHaveURL(/metric=views/);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Cumulative hours' })).toBeChecked();
  await expect(page).toHaveURL(/metric=cumulative/);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Rank' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Log' })).toBeDisabled();
  await page.getByRole('slider', { name: 'Last week' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('slider', { name: 'Last week' })).toHaveValue('7');
  await expect(page).toHaveURL(/weeks=1\.\.7/);
});

test('the chart has a text summary and a way to the table', async ({ page }) => {
  await openView(page, '/?weeks=1..4');
  const figure = page.getByRole('figure');
  await expect(figure).toHaveAccessibleDescription(
    new RegExp(
      `Weekly hours viewed, weeks 1–4 in the Top 10 for Squid Game: Season 1, All of Us Are Dead: Season 1 and Business Proposal: Limited Series\\. Squid Game: Season 1 leads with ${SG_WEEKS_1_4.text} hours\\.`,
    ),
  );
  // recharts' keyboard layer: arrow keys walk the tooltip through the weeks.
  await page.getByRole('application', { name: /^Chart\./ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.tooltip')).toContainText(/Week \d in the Top 10/);
  await page.getByRole('button', { name: 'See every figure in a table' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page).toHaveURL(/view=table/);
});
