/**
 * `npm run bench`: size, load and interaction of the built app against a floor page (React and
 * one recharts LineChart, nothing else), in Debian's Chromium, served by `vite preview` on
 * 127.0.0.1. A report, not a test: missed targets still exit 0; only a broken harness fails.
 *
 *   node bench/run.mjs [--skip-build] [--lighthouse-runs N (5)] [--no-lighthouse] [--no-import] [--no-catalog]
 *
 * `npm run bench` first installs bench/'s own dependencies (bench/install.mjs).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { EIGHT_TITLES, SEVEN_TITLES, measureFloorInteraction, measureInteraction, measureSearch } from './interaction.mjs';
import { LIGHTHOUSE, measureLighthouse } from './lighthouse.mjs';
import { printReport, summaryRows, TARGETS } from './report.mjs';
import { measureSize } from './size.mjs';
import { measureImport, printImport } from './import.mjs';
import { measureArrival, measureCatalog, printCatalog } from './catalog.mjs';
import { installCleanup, ROOT, run, startPreview, stopAll, VITE } from './serve.mjs';

const CHROMIUM = '/usr/bin/chromium';
const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? Number(argv[i + 1]) : fallback;
};

const started = Date.now();
const loadAverage = () => os.loadavg().map((x) => Number(x.toFixed(2)));
const loadAtStart = loadAverage();
const log = (msg) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}`);

function machine(chromiumVersion) {
  const cpus = os.cpus();
  let lighthouse = null;
  try {
    lighthouse = JSON.parse(readFileSync(resolve(LIGHTHOUSE, 'package.json'), 'utf8')).version;
  } catch {
    /* reported as null */
  }
  return {
    date: new Date().toISOString(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpuModel: cpus[0]?.model ?? 'unknown',
    cpuCount: cpus.length,
    totalMemoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    // Other work on a 2-core box skews every number here; the load says how quiet it was.
    loadAverage: loadAtStart,
    node: process.version,
    chromium: chromiumVersion,
    lighthouse,
  };
}

/**
 * A private copy of dist/ to serve: others run `build:app` (the e2e suite) in this tree at the
 * same time, and a rebuild mid-bench would swap the files under the measurement.
 */
function snapshot(dist) {
  const index = resolve(dist, 'index.html');
  if (!existsSync(index)) throw new Error(`${index} is missing: build the app or drop --skip-build`);
  const copy = mkdtempSync(resolve(os.tmpdir(), 'top10-bench-dist-'));
  process.on('exit', () => rmSync(copy, { recursive: true, force: true }));
  cpSync(dist, copy, { recursive: true });
  const html = readFileSync(resolve(copy, 'index.html'), 'utf8');
  const missing = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]).filter((f) => !existsSync(resolve(copy, f)));
  if (missing.length) throw new Error(`dist/ changed while it was copied (missing ${missing.join(', ')}); run the bench again`);
  return copy;
}

async function main() {
  installCleanup();
  const servers = [];
  let browser;
  try {
    if (flag('--skip-build')) log('using the existing dist/ and bench/floor/dist/ (--skip-build)');
    else {
      log('building the app (npm run build)');
      const build = () => run('npm', ['run', 'build'], { label: 'npm run build', timeoutMs: 240_000 });
      // One retry: a concurrent build elsewhere in the tree can empty dist/ under our prerender.
      const out = await build().catch((e) => {
        log(`build failed, retrying once: ${e.message.split('\n').slice(0, 3).join(' | ')}`);
        return build();
      });
      const prerender = out.split('\n').find((l) => l.startsWith('prerendered'));
      if (prerender) log(prerender);
      log('building the floor (bench/floor)');
      await run(process.execPath, [VITE, 'build', '--config', 'bench/floor/vite.config.ts'], { label: 'floor build', timeoutMs: 120_000 });
    }

    const appDist = snapshot(resolve(ROOT, 'dist'));
    const app = await startPreview({ label: 'app', config: resolve(ROOT, 'vite.config.ts'), outDir: appDist });
    servers.push(app);
    const floor = await startPreview({
      label: 'floor',
      config: resolve(ROOT, 'bench/floor/vite.config.ts'),
      outDir: resolve(ROOT, 'bench/floor/dist'),
    });
    servers.push(floor);
    log(`serving the app on ${app.url} (pid ${app.pid}), the floor on ${floor.url} (pid ${floor.pid})`);

    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_ARGS, headless: true, timeout: 60_000 });
    const facts = machine(browser.version());

    log('size: first visit of each, until the chart is visible');
    const size = { app: await measureSize(browser, app.url, 'app'), floor: await measureSize(browser, floor.url, 'floor') };

    log('interaction: 20 toggles, 20 metric changes, 20 range steps, with 3 series and with 8');
    const interaction = {
      app: await measureInteraction(browser, app.url),
      app8: await measureInteraction(browser, `${app.url}${EIGHT_TITLES}`),
      floor: await measureFloorInteraction(browser, floor.url),
    };
    log('search: 69 keystrokes over every title (3 rounds of 3 words), then an 8th title added 10 times');
    interaction.search = await measureSearch(browser, `${app.url}${SEVEN_TITLES}`);
    let importResult = null;
    if (!flag('--no-import')) {
      log("import: the real file, a 20x synthetic file and an .xlsx, through the page's file input");
      importResult = await measureImport(browser, app.url, { log });
    }
    let catalog = null;
    if (!flag('--no-catalog')) {
      log("catalog: transfer size, decode in a fresh page's worker, a search keystroke, and its arrival in the app");
      catalog = { ...(await measureCatalog({ runs: 7 })), arrival: await measureArrival({ runs: 5 }) };
    }
    // Lighthouse starts its own Chromium; ours would only compete for the two cores.
    await browser.close();
    browser = undefined;

    let lighthouse = null;
    if (!flag('--no-lighthouse')) {
      const runs = option('--lighthouse-runs', 5);
      log(`lighthouse: ${runs} runs each, mobile preset, simulated throttling`);
      lighthouse = await measureLighthouse(
        [
          { label: 'app', url: app.url },
          { label: 'floor', url: floor.url },
        ],
        runs,
        log,
      );
    }

    facts.loadAverageEnd = loadAverage();
    const results = {
      machine: facts,
      targets: TARGETS,
      size,
      lighthouse,
      interaction,
      import: importResult,
      catalog,
      durationS: Math.round((Date.now() - started) / 1000),
    };
    results.summary = summaryRows(results);
    writeFileSync(resolve(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
    printReport(results);
    if (results.import) printImport(results.import);
    if (results.catalog) printCatalog(results.catalog, results.catalog.arrival);
    log('wrote bench/results.json');
  } finally {
    if (browser) await browser.close().catch(() => undefined);
    await Promise.all(servers.map((s) => s.stop()));
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`\nbench failed: ${e.stack ?? e}`);
    stopAll();
    process.exit(1);
  },
);
