import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
const srv = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', '4199', '--strictPort', '--outDir', process.env.DIST ?? '/tmp/prof-dist'], { cwd: '/work/main', stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 2500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto('http://127.0.0.1:4199/' + (process.argv[2] ?? ''));
  await page.locator('.recharts-surface').first().waitFor();
  await page.waitForTimeout(3000);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
  const cb = page.getByRole('checkbox', { name: 'Business Proposal: Limited Series' });
  for (let i = 0; i < 4; i++) { await cb.click(); await page.waitForTimeout(500); }
  const buf = await browser.stopTracing();
  const { traceEvents } = JSON.parse(buf.toString());
  const clicks = traceEvents.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
  const main = clicks[0] && { pid: clicks[0].pid, tid: clicks[0].tid };
  const onMain = traceEvents.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur >= 200);
  for (const c of clicks.slice(1)) {
    console.log(`--- click at ${(c.ts / 1000).toFixed(1)}`);
    for (const e of onMain.filter((e) => e.ts >= c.ts - 3000 && e.ts < c.ts + 45000).sort((a, b) => a.ts - b.ts)) {
      console.log(`${((e.ts - c.ts) / 1000).toFixed(1).padStart(6)} +${(e.dur / 1000).toFixed(1).padStart(5)}  ${e.name} ${e.args?.data?.type ?? e.args?.data?.functionName ?? ''}`);
    }
  }
} finally { await browser.close(); srv.kill(); }
