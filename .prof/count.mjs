import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
const srv = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', '4199', '--strictPort', '--outDir', '/tmp/prof-dist'], { cwd: '/work/main', stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 2500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  page.on('console', (m) => console.log(m.text()));
  await page.goto('http://127.0.0.1:4199/' + (process.argv[2] ?? ''));
  await page.locator('.recharts-surface').first().waitFor();
  await page.waitForTimeout(3000);
  console.log('---- clicking');
  await page.evaluate(() => window.addEventListener('click', () => console.log('click', performance.now().toFixed(1)), { capture: true }));
  const cb = page.getByRole('checkbox', { name: 'Business Proposal: Limited Series' });
  for (let i = 0; i < 2; i++) { await cb.click(); await page.waitForTimeout(600); }
} finally { await browser.close(); srv.kill(); }
