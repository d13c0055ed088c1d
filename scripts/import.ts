/**
 * Builds the app's datasets from Netflix's global weekly file (.tsv or .xlsx, any of its 7, 9,
 * 11 and 12-column layouts), with the project's own parser:
 *   public/data/top10-seed.json     the three titles the first view embeds
 *   public/data/top10-catalog.bin   every title and every week, in the binary catalog format
 * Run: npm run data:import -- ../shared/data/all-weeks-global.tsv
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseDatasetText } from '../src/domain/dataset';
import { decodeCatalog } from '../src/domain/catalog/decode';
import { parseNetflixFile } from '../src/domain/netflixFile';
import { CATALOG_FILE, importOutput, SEED_FILE } from './datasets';
import { readXlsx } from './xlsx';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'public', 'data');
const nf = new Intl.NumberFormat('en');

function fail(message: string): never {
  console.error(`data:import: ${message}`);
  process.exit(1);
}

async function readText(path: string): Promise<string> {
  if (extname(path).toLowerCase() === '.xlsx') {
    const sheet = await readXlsx(path);
    if (!sheet.ok) fail(`${path}: ${sheet.reason}`);
    return sheet.text;
  }
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    fail(`cannot read ${path} (${err instanceof Error ? err.message : String(err)})`);
  }
}

const input = process.argv[2];
if (!input) fail('name the file to import: npm run data:import -- path/to/all-weeks-global.tsv');
const parsed = parseNetflixFile(await readText(input));
if (!parsed.ok) fail(`${input}: ${parsed.reason}`);
// The name the site serves, whatever the download was saved as, so sources read alike.
const name = basename(input).replace(/\.xlsx$/i, '.tsv');
const output = importOutput(parsed.data, name);
if (typeof output === 'string') fail(output);

// Check both files the way the app will read them before anything is written.
const seedCheck = parseDatasetText(output.seed);
if (!seedCheck.ok) fail(`the seed does not pass parseDataset: ${seedCheck.reason}`);
const catalogCheck = decodeCatalog(output.catalog);
if (!catalogCheck.ok) fail(`the catalog does not decode: ${catalogCheck.reason}`);

mkdirSync(OUT, { recursive: true });
const { full } = output;
const weeks = new Set(full.titles.flatMap((t) => t.weeks.map((w) => w.week)));
console.log(
  `Read ${input}: ${parsed.data.layout} columns, ${nf.format(parsed.data.rows.length)} rows, ${nf.format(weeks.size)} weeks, ${full.source.firstWeek} .. ${full.source.lastWeek}`,
);
for (const [file, text, what] of [
  [SEED_FILE, output.seed, `${full.titles.length === 0 ? 0 : 3} titles of the default view`],
  [
    CATALOG_FILE,
    output.catalog,
    `${nf.format(full.titles.length)} titles, ${nf.format(full.titles.reduce((n, t) => n + t.weeks.length, 0))} rows`,
  ],
] as const) {
  const path = join(OUT, file);
  writeFileSync(path, text);
  const raw = typeof text === 'string' ? Buffer.byteLength(text) : text.length;
  const gz = gzipSync(text, { level: 9 }).length;
  console.log(`Wrote ${relative(ROOT, path)}: ${what}; ${nf.format(raw)} bytes raw, ${nf.format(gz)} gzip`);
}
