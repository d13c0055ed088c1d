import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const base = 'http://127.0.0.1:4199';
for (const width of [375, 1280]) for (const scheme of ['light', 'dark']) {
  // 1. a shared link, JS held: the opening state
  {
    const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await ctx.newPage();
    await page.route(/\/assets\/.*\.js$/, () => new Promise(() => {}));
    await page.goto(`${base}/?weeks=5..3&titles=squid-game-s1`, { waitUntil: 'commit' });
    await page.waitForSelector('.skeleton__opening', { state: 'visible' });
    await page.screenshot({ path: `/tmp/h2shots/opening-${width}-${scheme}.png`, fullPage: width === 375 ? false : false });
    await ctx.close();
  }
  // 2. default view, app held: controls loading
  {
    const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await ctx.newPage();
    await page.route(/\/assets\/(client|start)-.*\.js$/, () => new Promise(() => {}));
    await page.goto(`${base}/`, { waitUntil: 'domcontentloaded' });
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/h2shots/prehydration-${width}-${scheme}.png` });
    await ctx.close();
  }
  // 3. chart chunk blocked
  {
    const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await ctx.newPage();
    await page.route(/ComparisonChart-.*\.js$/, (r) => r.abort());
    await page.goto(`${base}/`);
    await page.getByRole('alert').waitFor();
    await page.getByRole('alert').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/h2shots/failed-${width}-${scheme}.png` });
    await ctx.close();
  }
  // 4. last title
  {
    const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await ctx.newPage();
    await page.goto(`${base}/?titles=squid-game-s1&chart=bar&scale=log`);
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await page.screenshot({ path: `/tmp/h2shots/last-${width}-${scheme}.png` });
    await ctx.close();
  }
}
await browser.close();
