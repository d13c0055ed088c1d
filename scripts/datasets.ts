/** What `npm run data:import` writes, built from a parsed Netflix file: no file system here, so tests can call it. */
import { applyCurated } from '../src/domain/catalog/curated';
import { encodeCatalog } from '../src/domain/catalog/encode';
import { groupTitles } from '../src/domain/netflixFile';
import type { Dataset, ParsedNetflixFile, Title } from '../src/domain/types';
import { DEFAULT_TITLES } from '../src/domain/view';

export const SEED_FILE = 'top10-seed.json';
export const CATALOG_FILE = 'top10-catalog.bin';

/** Every title of the file, one per (category, show, season), with the curated facts. */
export function fullDataset(file: ParsedNetflixFile, name: string): Dataset {
  return {
    source: { file: name, firstWeek: file.firstWeek, lastWeek: file.lastWeek },
    titles: applyCurated(groupTitles(file.rows)),
  };
}

/** The three titles of the default view, in the default order; the reason when one is missing. */
export function seedDataset(full: Dataset): Dataset | string {
  const titles: Title[] = [];
  for (const id of DEFAULT_TITLES) {
    const title = full.titles.find((t) => t.id === id);
    if (!title) return `no title with id ${id} in ${full.source.file}`;
    titles.push(title);
  }
  return { source: full.source, titles };
}

/** Two-space JSON with each week on one line: small to diff, easy to check against the file. */
export function formatSeed(dataset: Dataset): string {
  const titles = dataset.titles.map(({ weeks, ...meta }) => {
    const fields = Object.entries(meta).map(([k, v]) => `      ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
    const lines = weeks.map((w) => `        ${JSON.stringify(w)}`).join(',\n');
    return `    {\n${fields.join('\n')}\n      "weeks": [\n${lines}\n      ]\n    }`;
  });
  return `{\n  "source": ${JSON.stringify(dataset.source)},\n  "titles": [\n${titles.join(',\n')}\n  ]\n}\n`;
}

export interface ImportOutput {
  full: Dataset;
  seed: string;
  /** The binary catalog (src/domain/catalog/format.ts). */
  catalog: Uint8Array;
}

export function importOutput(file: ParsedNetflixFile, name: string): ImportOutput | string {
  const full = fullDataset(file, name);
  const seed = seedDataset(full);
  if (typeof seed === 'string') return seed;
  return { full, seed: formatSeed(seed), catalog: encodeCatalog(full) };
}
