import { existsSync } from 'node:fs';
import { expect, openView, test, CHART_SVG } from './fixtures';

// The article page below is served by the test itself, which Chromium counts as a public site;
// a public page framing 127.0.0.1 meets Local Network Access checks that a real embed (public
// site, public app) never does. Playwright starts a worker of its own for this file.
test.use({
  launchOptions: {
    // As playwright.config.ts picks it: launchOptions given here replace the config's whole.
    executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-features=LocalNetworkAccessChecks',
    ],
  },
});

test('the Embed button gives an iframe of this view that another site can show', async ({ page, errors }) => {
  await openView(page, '/?weeks=2..5');
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
  const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(code).toMatch(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?weeks=2\.\.5&amp;embed=1" title="Weekly hours viewed, weeks 2–5 in the Top 10 \(Top 10 Compare\)" width="100%" height="640"/,
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Embed' })).toBeFocused();

  // Framing is allowed (frame-ancestors *): paste the code into another site's page and the chart draws in it.
  await page.route('http://article.test/', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><title>Article</title><main>${code}</main></html>`,
    }),
  );
  await page.goto('http://article.test/');
  const frame = page.frameLocator('iframe[title="Weekly hours viewed, weeks 2–5 in the Top 10 (Top 10 Compare)"]');
  await expect(frame.locator(CHART_SVG)).toBeVisible();
  await expect(frame.getByRole('heading', { name: 'Weekly hours viewed, weeks 2–5 in the Top 10' })).toBeVisible();
  await expect(frame.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  expect(errors).toEqual([]);
});
