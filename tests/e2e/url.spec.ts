import { expect, openView, test, totals } from './fixtures';
import { AOUAD_WEEKS_1_2, AOUAD_WEEKS_1_4, AOUAD_WEEKS_1_8, BP_WEEKS_1_8, DEFAULT_TOTALS, SG_WEEKS_1_4, textsOf } from '../figures';

// Every key but scale: a bar refuses log (resilience.spec.ts checks that refusal).
const SHARE = '/?titles=all-of-us-are-dead-s1~squid-game-s1&weeks=1..4&metric=cumulative&align=calendar&chart=bar&view=table&theme=dark';

test('a share link with every key opens that view, and the view survives a reload', async ({ page, errors }) => {
  await openView(page, SHARE);
  const legend = page.getByRole('list', { name: 'Legend' });
  await expect(legend.getByRole('listitem')).toHaveText(['All of Us Are Dead: Season 1', 'Squid Game: Season 1']);
  await expect(page.getByRole('checkbox', { name: 'Business Proposal: Limited Series' })).not.toBeChecked();
  await expect(page.getByRole('slider', { name: 'First week' })).toHaveValue('1');
  await expect(page.getByRole('slider', { name: 'Last week' })).toHaveValue('4');
  await expect(page.getByRole('radiogroup', { name: 'Metric' }).getByRole('radio', { name: 'Cumulative hours' })).toBeChecked();
  // Bars refuse a log axis: the control shows the linear scale that is drawn.
  await expect(page.getByRole('radiogroup', { name: 'Scale' }).getByRole('radio', { name: 'Linear' })).toBeChecked();
  await expect(page.getByRole('radiogroup', { name: 'Show as' }).getByRole('radio', { name: 'Table' })).toBeChecked();
  await expect(page.getByRole('radiogroup', { name: 'Align weeks by' }).getByRole('radio', { name: 'Calendar' })).toBeChecked();
  await expect(page.getByRole('radiogroup', { name: 'Chart' }).getByRole('radio', { name: 'Bar' })).toBeChecked();
  await expect(page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The prerendered default view was veiled until the linked view rendered; the veil is gone.
  expect(await page.evaluate(() => 'pending' in document.documentElement.dataset)).toBe(false);
  await expect(page.getByRole('main')).toBeVisible();
  // Calendar table, cumulative from week 1: AOUAD 124,790,000 then + 236,230,000 (Netflix's file).
  const table = page.getByRole('table');
  await expect(table).toContainText('Cumulative hours viewed, weeks 1–4 in the Top 10, by calendar date');
  await expect(table.getByRole('row', { name: /^Jan 24 – 30, 2022/ })).toContainText('124,790,000');
  await expect(table.getByRole('row', { name: /^Jan 31 – Feb 6, 2022/ })).toContainText(AOUAD_WEEKS_1_2.text);
  await expect(table.getByRole('row', { name: /^Oct 4 – 10, 2021/ })).toContainText(SG_WEEKS_1_4.text);
  expect(await totals(page)).toEqual([AOUAD_WEEKS_1_4.text, SG_WEEKS_1_4.text]);
  await page.reload();
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await expect(page.getByRole('table')).toBeVisible();
  expect(await totals(page)).toEqual([AOUAD_WEEKS_1_4.text, SG_WEEKS_1_4.text]);
  expect(new URL(page.url()).search).toBe(SHARE.slice(1));
  expect(errors).toEqual([]);
});

test('changing a control writes the address; Back walks to the previous view', async ({ page }) => {
  await openView(page, '/');
  await page.getByRole('radio', { name: 'Cumulative hours' }).check();
  await expect(page).toHaveURL(/\?metric=cumulative$/);
  await page.getByRole('checkbox', { name: 'Squid Game: Season 1' }).uncheck();
  await expect(page).toHaveURL(/\?titles=all-of-us-are-dead-s1~business-proposal-s1&metric=cumulative$/);
  expect(await totals(page)).toEqual([AOUAD_WEEKS_1_8.text, BP_WEEKS_1_8.text]);
  await page.goBack();
  await expect(page).toHaveURL(/\?metric=cumulative$/);
  await expect(page.getByRole('checkbox', { name: 'Squid Game: Season 1' })).toBeChecked();
  expect(await totals(page)).toEqual(textsOf(DEFAULT_TOTALS));
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'Weekly hours' })).toBeChecked();
  await page.goForward();
  await expect(page.getByRole('radio', { name: 'Cumulative hours' })).toBeChecked();
});

/** mulberry32: a fixed seed gives the same 50 query strings every run. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'titles',
  'weeks',
  'metric',
  'align',
  'chart',
  'scale',
  'view',
  'theme',
  'squid-game-s1',
  'business-proposal-s1',
  '~',
  '..',
  '=',
  '&',
  '%',
  '%E0%A4%A',
  '%3Cscript%3E',
  '<img src=x onerror=alert(1)>',
  'rank',
  'log',
  'dark',
  '0',
  '999',
  '-3',
  '1.5',
  '+',
  '#',
  '"',
  "'",
  '\u{1F600}',
  'ü',
  ' ',
];

test('50 random query strings: the page renders, nothing throws, no console error', async ({ page, errors }) => {
  test.setTimeout(120_000);
  const random = rng(20221124);
  await openView(page, '/');
  for (let i = 0; i < 50; i++) {
    const n = 1 + Math.floor(random() * 12);
    const query = Array.from({ length: n }, () => PIECES[Math.floor(random() * PIECES.length)]).join('');
    await openView(page, `/?${query}`);
    await expect(page.getByRole('region', { name: 'Totals' }), `query ${i}: ?${query}`).toBeVisible();
  }
  expect(errors).toEqual([]);
});
