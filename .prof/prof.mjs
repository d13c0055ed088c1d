import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
const dist = process.argv[2] ?? '/tmp/prof-dist';
const query = process.argv[3] ?? '';
const srv = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', '4199', '--strictPort', '--outDir', dist], { cwd: '/work/main', stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 2500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto('http://127.0.0.1:4199/' + query);
  await page.locator('.recharts-surface').first().waitFor();
  await page.waitForTimeout(3000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const cb = page.getByRole('checkbox', { name: 'Business Proposal: Limited Series' });
  for (let i = 0; i < 10; i++) { await cb.click(); await page.waitForTimeout(400); }
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const self = new Map();
  for (const n of profile.nodes) {
    const f = n.callFrame; const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt.get(n.id) ?? 0));
  }
  // inclusive time
  const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map();
  for (const n of profile.nodes) { const t = dt.get(n.id) ?? 0; if (!t) continue; const seen = new Set(); for (let p = n.id; p; p = parent.get(p)) { const f = byId.get(p).callFrame; const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`; if (seen.has(key)) continue; seen.add(key); incl.set(key, (incl.get(key) ?? 0) + t); } }
  const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, t]) => `${(t / 1000).toFixed(1).padStart(8)} ms  ${n}`).join('\n');
  console.log('SELF\n' + top(self, 30)); console.log('INCLUSIVE\n' + top(incl, 40));
  const ROOTS = (process.env.ROOTS ?? 'dispatchDiscreteEvent,processRootScheduleInMicrotask').split(',');
  const under = new Map();
  for (const n of profile.nodes) { const t = dt.get(n.id) ?? 0; if (!t) continue; const chain = []; for (let p = n.id; p; p = parent.get(p)) chain.push(byId.get(p).callFrame); const ri = chain.findIndex((f) => ROOTS.includes(f.functionName)); if (ri < 0) continue; const seen = new Set(); for (const f of chain.slice(0, ri + 1)) { const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`; if (seen.has(key)) continue; seen.add(key); under.set(key, (under.get(key) ?? 0) + t); } }
  console.log('UNDER ' + ROOTS + '\n' + top(under, 70));
} finally { await browser.close(); srv.kill(); }
