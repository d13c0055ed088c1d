/**
 * Load: Lighthouse's default mobile preset (simulated throttling: 4x CPU, slow 4G) through its
 * own CLI, so each run gets a fresh Chromium from chrome-launcher exactly as a developer running
 * `lighthouse` would. The JSON reports stay in bench/.lighthouse/ for anyone to open.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, run } from './serve.mjs';

export const REPORTS = resolve(ROOT, 'bench/.lighthouse');
// bench/'s own install (bench/package.json), not the root's: the tests never need Lighthouse.
export const LIGHTHOUSE = resolve(ROOT, 'bench/node_modules/lighthouse');
const CLI = resolve(LIGHTHOUSE, 'cli/index.js');
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** One Lighthouse run; returns the parsed report. */
async function lighthouse(url, outputPath) {
  const args = [
    CLI,
    url,
    '--only-categories=performance',
    '--output=json',
    `--output-path=${outputPath}`,
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    '--no-enable-error-reporting',
    '--quiet',
  ];
  // chrome-launcher starts Chrome in a process group of its own and kills it on SIGINT only.
  await run(process.execPath, args, {
    label: `lighthouse ${url}`,
    timeoutMs: 120_000,
    env: { CHROME_PATH: '/usr/bin/chromium' },
    stopSignal: 'SIGINT',
  });
  return JSON.parse(readFileSync(outputPath, 'utf8'));
}

const numeric = (lhr, id) => lhr.audits[id]?.numericValue ?? null;

function metrics(lhr) {
  const score = lhr.categories.performance?.score;
  return {
    score: typeof score === 'number' ? Math.round(score * 100) : null,
    fcpMs: numeric(lhr, 'first-contentful-paint'),
    lcpMs: numeric(lhr, 'largest-contentful-paint'),
    tbtMs: numeric(lhr, 'total-blocking-time'),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    runtimeError: lhr.runtimeError?.code ?? null,
    warnings: lhr.runWarnings ?? [],
  };
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!s.length) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** What a reader needs to act on: the LCP element, the heaviest scripts and tasks. */
function diagnostics(lhr) {
  const items = (id) => lhr.audits[id]?.details?.items ?? [];
  const lcpTables = items('largest-contentful-paint-element');
  const node = lcpTables[0]?.items?.[0]?.node;
  const phases = (lcpTables[1]?.items ?? []).map((p) => ({ phase: p.phase, ms: Math.round(p.timing) }));
  return {
    lcpElement: node ? { selector: node.selector, label: node.nodeLabel, snippet: node.snippet } : null,
    lcpPhases: phases,
    bootupTime: items('bootup-time')
      .slice(0, 5)
      .map((i) => ({
        url: i.url,
        totalMs: Math.round(i.total),
        scriptingMs: Math.round(i.scripting),
        parseCompileMs: Math.round(i.scriptParseCompile),
      })),
    mainThread: items('mainthread-work-breakdown').map((i) => ({ group: i.groupLabel ?? i.group, ms: Math.round(i.duration) })),
    longTasks: items('long-tasks')
      .slice(0, 5)
      .map((i) => ({ url: i.url, startMs: Math.round(i.startTime), durationMs: Math.round(i.duration) })),
    requests: items('network-requests').map((r) => ({ url: r.url, type: r.resourceType, transferBytes: r.transferSize })),
    totalByteWeight: numeric(lhr, 'total-byte-weight'),
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
  };
}

/**
 * `runs` runs per target, interleaved (app, floor, app, floor, ...) so drift in the machine's
 * load hits both alike. Medians are per metric: each of score, FCP, LCP, TBT and CLS is the
 * median of its own values. Diagnostics come from the run whose score is the median (ties:
 * nearest the median LCP), i.e. one real, consistent report.
 */
export async function measureLighthouse(targets, runs = 3, log = () => undefined) {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`node bench/install.mjs\` (\`npm run bench\` does)`);
  mkdirSync(REPORTS, { recursive: true });
  const byTarget = Object.fromEntries(targets.map((t) => [t.label, []]));
  for (let i = 1; i <= runs; i++) {
    for (const { label, url } of targets) {
      const file = resolve(REPORTS, `${label}-${i}.json`);
      const started = Date.now();
      try {
        const lhr = await lighthouse(url, file);
        const m = metrics(lhr);
        byTarget[label].push({ file, lhr, ...m });
        log(
          `lighthouse ${label} #${i}: score ${m.score}, LCP ${Math.round(m.lcpMs)} ms, TBT ${Math.round(m.tbtMs)} ms (${((Date.now() - started) / 1000).toFixed(0)} s)`,
        );
      } catch (e) {
        // One bad run is reported, not fatal; a target with no good run is.
        byTarget[label].push({ file, error: e.message.split('\n')[0] });
        log(`lighthouse ${label} #${i}: FAILED ${e.message.split('\n')[0]}`);
      }
    }
  }

  const out = {};
  for (const [label, results] of Object.entries(byTarget)) {
    const good = results.filter((r) => r.lhr && r.score !== null);
    if (!good.length)
      throw new Error(`lighthouse: no usable run for ${label}: ${results.map((r) => r.error ?? r.runtimeError).join('; ')}`);
    const med = {
      score: median(good.map((r) => r.score)),
      fcpMs: median(good.map((r) => r.fcpMs)),
      lcpMs: median(good.map((r) => r.lcpMs)),
      tbtMs: median(good.map((r) => r.tbtMs)),
      cls: median(good.map((r) => r.cls)),
    };
    const representative = good
      .slice()
      .sort(
        (a, b) =>
          Math.abs(a.score - med.score) - Math.abs(b.score - med.score) || Math.abs(a.lcpMs - med.lcpMs) - Math.abs(b.lcpMs - med.lcpMs),
      )[0];
    out[label] = {
      median: med,
      runs: results.map(({ lhr: _lhr, ...r }) => r),
      representative: { file: representative.file, ...diagnostics(representative.lhr) },
      lighthouseVersion: representative.lhr.lighthouseVersion,
      userAgent: representative.lhr.environment?.hostUserAgent,
    };
  }
  return out;
}
