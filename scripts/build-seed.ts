/**
 * Builds public/data/top10-seed.json, the figures the default view ships with, from Netflix's
 * own file at ../shared/data/all-weeks-global.tsv (see ../shared/docs/data.md).
 * Run: npm run data:seed
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDatasetText } from '../src/domain/dataset';
import { groupTitles, parseNetflixFile } from '../src/domain/netflixFile';
import type { Dataset, Title } from '../src/domain/types';
import { DEFAULT_TITLES } from '../src/domain/view';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = join(ROOT, '..', 'shared', 'data', 'all-weeks-global.tsv');
const OUTPUT = join(ROOT, 'public', 'data', 'top10-seed.json');

type Extra = Pick<Title, 'premiere' | 'releasePattern'> & { runtime?: number };

/** What Netflix's weekly file does not say (data.md, "The three titles of the default view"). */
const EXTRA: Record<(typeof DEFAULT_TITLES)[number], Extra> = {
  'squid-game-s1': { premiere: '2021-09-17', releasePattern: 'All 9 episodes at once' },
  'all-of-us-are-dead-s1': {
    premiere: '2022-01-28',
    releasePattern: 'All 12 episodes at once',
    // It left the list before Netflix began giving runtimes (2023-06-18), so the weekly file has
    // none; Netflix's most-popular.tsv gives 12.2333 h for it.
    runtime: 12.2333,
  },
  'business-proposal-s1': {
    premiere: '2022-02-28',
    releasePattern: 'Weekly, 2 episodes a week (Mondays and Tuesdays) until Apr 5, 2022, 12 in all',
  },
};

function fail(message: string): never {
  console.error(`data:seed: ${message}`);
  process.exit(1);
}

function build(): Dataset {
  if (!existsSync(SOURCE)) {
    fail(`${SOURCE} is missing. Put Netflix's all-weeks-global.tsv there (see ../shared/data/SOURCE.md).`);
  }
  const parsed = parseNetflixFile(readFileSync(SOURCE, 'utf8'));
  if (!parsed.ok) fail(`${relative(ROOT, SOURCE)}: ${parsed.reason}`);
  const { rows, firstWeek, lastWeek } = parsed.data;
  const all = groupTitles(rows);

  const titles = DEFAULT_TITLES.map((id): Title => {
    const title = all.find((t) => t.id === id);
    if (!title) fail(`no title with id ${id} in ${basename(SOURCE)}`);
    const { premiere, releasePattern, runtime } = EXTRA[id];
    return { ...title, premiere, releasePattern, runtime: title.runtime ?? runtime ?? null };
  });
  return { source: { file: basename(SOURCE), firstWeek, lastWeek }, titles };
}

/** Two-space JSON with each week on one line: small to diff, easy to check against the file. */
function format(dataset: Dataset): string {
  const titles = dataset.titles.map(({ weeks, ...meta }) => {
    const fields = Object.entries(meta).map(([k, v]) => `      ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
    const lines = weeks.map((w) => `        ${JSON.stringify(w)}`).join(',\n');
    return `    {\n${fields.join('\n')}\n      "weeks": [\n${lines}\n      ]\n    }`;
  });
  return `{\n  "source": ${JSON.stringify(dataset.source)},\n  "titles": [\n${titles.join(',\n')}\n  ]\n}\n`;
}

const dataset = build();
const text = format(dataset);
const check = parseDatasetText(text);
if (!check.ok) fail(`the output does not pass parseDataset: ${check.reason}`);
mkdirSync(dirname(OUTPUT), { recursive: true });
writeFileSync(OUTPUT, text);
console.log(`Wrote ${relative(ROOT, OUTPUT)} from ${basename(SOURCE)} (${dataset.source.firstWeek} .. ${dataset.source.lastWeek}):`);
for (const t of dataset.titles) console.log(`  ${t.id}: ${t.weeks.length} weeks, runtime ${t.runtime ?? 'none'}`);
