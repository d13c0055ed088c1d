import { axeViolations } from './axe';
import { expect, openView, test, totals } from './fixtures';
import { BABY_REINDEER_VIEWS_1_4, DEFAULT_TOTALS, WEDNESDAY_WEEKS_1_8, textsOf } from '../figures';

// Eight titles, hand-picked from all-weeks-global.tsv; their ids follow the public rule (titleId.ts).
const EIGHT = [
  'squid-game-s1',
  'all-of-us-are-dead-s1',
  'business-proposal-s1',
  'wednesday-s1',
  'stranger-things-4',
  'squid-game-s2',
  'kpop-demon-hunters',
  'extraordinary-attorney-woo-s1',
];

test('type "wednes", add Wednesday: Season 1 and see its totals', async ({ page }) => {
  await openView(page, '/');
  const box = page.getByRole('combobox', { name: 'Add a title' });
  await box.click();
  await box.fill('wednes');
  const option = page.getByRole('option', { name: /^Wednesday: Season 1/ });
  await expect(option).toBeVisible();
  await box.press('Enter');
  const card = page.getByRole('region', { name: 'Totals' }).getByRole('listitem').filter({ hasText: 'Wednesday: Season 1' });
  // Wednesday S1, first 8 weeks on the list (rows 2022-11-27 .. 2023-01-15): 1,557,810,000 hours (data.md).
  await expect(card.getByTestId('total-wednesday-s1')).toHaveText(WEDNESDAY_WEEKS_1_8.text);
  await expect(card).toContainText('Among all titles: #2 of 3,836 titles');
  await expect(page).toHaveURL(/titles=squid-game-s1~all-of-us-are-dead-s1~business-proposal-s1~wednesday-s1/);
});

test('the open combobox passes axe with 0 violations', async ({ page }) => {
  await openView(page, '/');
  const box = page.getByRole('combobox', { name: 'Add a title' });
  await box.click();
  await box.fill('squid 2');
  await expect(page.getByRole('option', { name: /^Squid Game: Season 2/ })).toBeVisible();
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  expect(await axeViolations(page)).toEqual([]);
});

test('a link with 8 titles opens all 8, survives a reload, and Back returns to the view before', async ({ page }) => {
  await openView(page, '/');
  await openView(page, `/?titles=${EIGHT.join('~')}`);
  const legend = page.getByRole('list', { name: 'Legend' });
  await expect(legend.getByRole('listitem')).toHaveCount(8);
  await expect(legend).toContainText('KPop Demon Hunters');
  await page.reload();
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await expect(page.getByRole('list', { name: 'Legend' }).getByRole('listitem')).toHaveCount(8);
  await page.goBack();
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await expect(page.getByRole('list', { name: 'Legend' }).getByRole('listitem')).toHaveCount(3);
});

test('a link naming a 9th title keeps the first 8 and says so', async ({ page }) => {
  await openView(page, `/?titles=${[...EIGHT, 'stranger-things-5'].join('~')}`);
  await expect(page.getByRole('list', { name: 'Legend' }).getByRole('listitem')).toHaveCount(8);
  await expect(page.getByRole('status').filter({ hasText: 'only the first 8 are compared' })).toBeVisible();
});

test.describe('when the catalog cannot be fetched', () => {
  test.use({ expectedErrors: [/Failed to load resource/] });

  test('the default comparison keeps working, the search says why, and Retry recovers', async ({ page }) => {
    let fail = true;
    await page.route('**/data/top10-catalog.bin', (route) => (fail ? route.fulfill({ status: 503, body: 'busy' }) : route.continue()));
    await openView(page, '/');
    await page.getByRole('combobox', { name: 'Add a title' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'could not be downloaded' });
    await expect(alert).toBeVisible();
    // The shipped comparison is untouched (data.md's first-8-weeks sums).
    expect(await totals(page)).toEqual(textsOf(DEFAULT_TOTALS));
    fail = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    const box = page.getByRole('combobox', { name: 'Add a title' });
    await box.fill('wednes');
    await expect(page.getByRole('option', { name: /^Wednesday: Season 1/ })).toBeVisible();
  });
});

test('a link naming a title outside the first view says it is loading every title, then shows them all', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/top10-catalog.bin', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/?titles=wednesday-s1~squid-game-s1');
  await expect(page.getByRole('status').filter({ hasText: 'Opening the linked view: loading every title…' })).toBeVisible();
  // Nothing of the link is drawn half-read meanwhile: no legend, no totals.
  await expect(page.getByRole('list', { name: 'Legend' })).toHaveCount(0);
  release();
  const legend = page.getByRole('list', { name: 'Legend' });
  await expect(legend.getByRole('listitem')).toHaveText([/Wednesday: Season 1/, /Squid Game: Season 1/]);
  await expect(page.getByRole('region', { name: 'Totals' }).getByTestId('total-wednesday-s1')).toHaveText(WEDNESDAY_WEEKS_1_8.text);
  await expect(page).toHaveURL(/\?titles=wednesday-s1~squid-game-s1$/);
});

test.describe('when a link needs the catalog and it cannot be fetched', () => {
  test.use({ expectedErrors: [/Failed to load resource/] });

  test('the notice says which titles wait for it, the address keeps them, and Retry brings them back into the view as changed', async ({
    page,
  }) => {
    let fail = true;
    await page.route('**/data/top10-catalog.bin', (route) => (fail ? route.fulfill({ status: 503, body: 'busy' }) : route.continue()));
    await page.goto('/?titles=wednesday-s1~squid-game-s1&metric=cumulative');
    const notice = page.getByRole('status').filter({ hasText: 'Parts of this link could not be used' });
    await expect(notice).toContainText(
      '"wednesday-s1" is not among this page\'s titles, and the list of all titles did not load to check it',
    );
    await expect(notice).not.toContainText('not a known title');
    await expect(page.getByRole('list', { name: 'Legend' }).getByRole('listitem')).toHaveText([/Squid Game: Season 1/]);
    // The address is the link as shared, so copying it loses nothing.
    await expect(page).toHaveURL(/\?titles=wednesday-s1~squid-game-s1&metric=cumulative$/);
    await page.getByRole('radio', { name: 'Weekly hours' }).check();
    await expect(page).toHaveURL(/\?titles=squid-game-s1$/);
    fail = false;
    await page.getByRole('alert').filter({ hasText: 'could not be downloaded' }).getByRole('button', { name: 'Retry' }).click();
    const legend = page.getByRole('list', { name: 'Legend' });
    await expect(legend.getByRole('listitem')).toHaveText([/Squid Game: Season 1/, /Wednesday: Season 1/]);
    await expect(page.getByRole('radio', { name: 'Weekly hours' })).toBeChecked();
    await expect(page.getByRole('region', { name: 'Totals' }).getByTestId('total-wednesday-s1')).toHaveText(WEDNESDAY_WEEKS_1_8.text);
    await expect(page).toHaveURL(/\?titles=squid-game-s1~wednesday-s1$/);
  });
});

test.describe('when the data layer’s code cannot be fetched', () => {
  // One pattern: Playwright reads a second array item that is an object (a RegExp) as fixture options.
  test.use({ expectedErrors: [/Failed to load resource|Failed to fetch dynamically imported module/] });

  test('the default comparison keeps working, the search says why, and Retry recovers', async ({ page }) => {
    let block = true;
    // react-query and the fetches load after the first view, in their own chunk (app/queries.tsx).
    await page.route(/\/assets\/queries-[^/]*\.js$/, (route) => (block ? route.abort('internetdisconnected') : route.continue()));
    await openView(page, '/');
    await page.getByRole('combobox', { name: 'Add a title' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'its code did not arrive' });
    await expect(alert).toBeVisible();
    expect(await totals(page)).toEqual(textsOf(DEFAULT_TOTALS));
    block = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('combobox', { name: 'Add a title' }).fill('wednes');
    await expect(page.getByRole('option', { name: /^Wednesday: Season 1/ })).toBeVisible();
  });
});

test('Views on a 2024 title: Netflix’s published views, from a link that waits for the catalog', async ({ page }) => {
  await openView(page, '/?titles=baby-reindeer-s1&metric=views&weeks=1..4');
  const region = page.getByRole('region', { name: 'Totals' });
  // Baby Reindeer: Limited Series, its first 4 weeks on the list (rows 2024-04-14 .. 2024-05-05),
  // weekly_views summed by awk over all-weeks-global.tsv: 56,500,000.
  await expect(region.getByTestId('total-baby-reindeer-s1')).toHaveText(BABY_REINDEER_VIEWS_1_4.text);
  await expect(region).toContainText('views');
  await expect(page.getByRole('radio', { name: 'Views' })).toBeChecked();
});

test('a title leaves from its legend entry, and the others keep their colours', async ({ page }) => {
  await openView(page, '/');
  const legend = page.getByRole('list', { name: 'Legend' });
  const colourOf = (name: string) => legend.getByRole('listitem').filter({ hasText: name }).locator('svg').first().innerHTML();
  const before = await colourOf('Business Proposal');
  await legend.getByRole('button', { name: 'Remove All of Us Are Dead: Season 1' }).click();
  await expect(legend.getByRole('listitem')).toHaveCount(2);
  await expect(page).toHaveURL(/titles=squid-game-s1~business-proposal-s1/);
  expect(await colourOf('Business Proposal')).toBe(before);
});
