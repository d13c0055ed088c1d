/**
 * Size: the JS and CSS a first visit downloads before the first chart paints, gzipped as a static
 * host would serve it. Counting what the browser actually fetched (not what dist/ holds) means
 * lazy chunks that wait for later (the table view) cost nothing, and preloads count.
 * Not size-limit: it sizes files named in a budget (hashed names here), not what a visit fetches,
 * and the floor comparison would still be ours; it would add a dependency and save no code.
 */
import { gzipSync } from 'node:zlib';
import { withTimeout } from './serve.mjs';

// The app's first view draws its chart as plain SVG (recharts takes over when the reader reaches
// for it); the floor draws with recharts.
const CHART = 'svg.chart__static .chart__line, .recharts-surface, .recharts-line';
const COUNTED = new Set(['script', 'stylesheet']);

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** Bodies of the recorded responses, raw and gzipped, in the order they arrived. */
async function sizes(records) {
  const out = [];
  for (const r of records) {
    // A worker's script has no body on the page's side: ask the local server for it again.
    const body = await withTimeout(
      r.response.body().catch(async () => Buffer.from(await (await fetch(r.url)).arrayBuffer())),
      15_000,
      `body of ${r.url}`,
    );
    out.push({ url: r.url, file: new URL(r.url).pathname, type: r.type, rawBytes: body.length, gzipBytes: gz(body) });
  }
  return out;
}

/**
 * Loads `url` in a fresh context (empty cache) and records every script/stylesheet response
 * until the chart's SVG is visible. Also notes, without counting them, the document itself and
 * whatever scripts arrive in the second after the paint.
 */
export async function measureSize(browser, url, label) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    // The page notes (wall clock) the frame after the chart's first element appears: what was
    // requested before then is what the chart waited for. Playwright's own polling sees the chart
    // tens of milliseconds late, long enough to count a request the page made after the paint.
    await page.addInitScript((selector) => {
      const seen = () => {
        if (!document.querySelector(selector)) return false;
        requestAnimationFrame(() => setTimeout(() => (window.__chartPaintedAt ??= performance.timeOrigin + performance.now())));
        return true;
      };
      new MutationObserver((_, observer) => seen() && observer.disconnect()).observe(document, { childList: true, subtree: true });
    }, CHART);
    const seen = [];
    let documentResponse;
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type === 'document' && !documentResponse) documentResponse = response;
      if (!COUNTED.has(type)) return;
      seen.push({ url: response.url(), type, response, requestedAt: response.request().timing().startTime });
    });

    const started = Date.now();
    await page.goto(url, { waitUntil: 'commit', timeout: 30_000 });
    await page.locator(CHART).first().waitFor({ state: 'visible', timeout: 30_000 });
    const chartVisibleMs = Date.now() - started;
    // Anything requested after the paint (lazy chunks, prefetches) is listed for the reader only.
    await page.waitForTimeout(1000);
    const paintedAt = await page.evaluate(() => window.__chartPaintedAt);
    const before = seen.filter((r) => !(r.requestedAt > paintedAt));
    const after = seen.filter((r) => r.requestedAt > paintedAt);

    const files = await sizes(before);
    const later = await sizes(after);
    const html = documentResponse ? await withTimeout(documentResponse.body(), 15_000, 'document body') : Buffer.alloc(0);
    const sum = (list, key) => list.reduce((n, f) => n + f[key], 0);
    return {
      label,
      url,
      gzipBytes: sum(files, 'gzipBytes'),
      rawBytes: sum(files, 'rawBytes'),
      files,
      afterPaint: later,
      html: { rawBytes: html.length, gzipBytes: gz(html) },
      chartVisibleMs,
    };
  } finally {
    await context.close();
  }
}
