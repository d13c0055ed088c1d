// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { applyCurated } from '../../../../src/domain/catalog/curated';
import { decodeCatalog } from '../../../../src/domain/catalog/decode';
import { encodeCatalog } from '../../../../src/domain/catalog/encode';
import type { CatalogFile } from '../../../../src/domain/catalog/format';
import { groupTitles, parseNetflixFile } from '../../../../src/domain/netflixFile';

const text = readFileSync(resolve(process.cwd(), 'tests/fixtures/netflix/global-9col.tsv'), 'utf8');
const parsed = parseNetflixFile(text);
if (!parsed.ok) throw new Error(parsed.reason);
const { rows, firstWeek, lastWeek } = parsed.data;
const GOOD = encodeCatalog({ source: { file: 'x.tsv', firstWeek, lastWeek }, titles: applyCurated(groupTitles(rows)) });

/** The good file with one change made to its JSON. */
function damaged(change: (file: CatalogFile) => void): string {
  const file = JSON.parse(GOOD) as CatalogFile;
  change(file);
  return JSON.stringify(file);
}

function reason(catalog: string): string {
  const result = decodeCatalog(catalog);
  return result.ok ? '(decoded without error)' : result.reason;
}

describe('decodeCatalog refuses a damaged file with a reason', () => {
  it.each([
    ['cut short', GOOD.slice(0, GOOD.length / 2), 'it is not valid JSON (the download may have been cut short)'],
    ['an HTML error page', '<!doctype html><title>404</title>', 'it is not valid JSON'],
    ['the seed dataset instead', '{"source":{},"titles":[]}', 'it is not a title catalog (format missing)'],
    ['a later version', damaged((f) => ((f as { version: number }).version = 2)), 'it is catalog version 2; this app reads version 1'],
    ['a column one entry short', damaged((f) => f.rows.hours.pop()), 'rows.hours has 3 entries where 4 were expected'],
    ['a rank of 11', damaged((f) => (f.rows.rank[0] = 11)), 'rows.rank[0] is not a whole number in range (got 11)'],
    [
      'hours as text',
      damaged((f) => ((f.rows.hours as unknown[])[2] = '1,000')),
      'rows.hours[2] is not a whole number in range (got "1,000")',
    ],
    ['a string index past the table', damaged((f) => (f.titles.show[0] = 999)), 'titles.show[0] is not a whole number from 0 to'],
    ['a week past the file', damaged((f) => (f.rows.week[0] = 9999)), 'rows.week[0] is not a whole number in range (got 9999)'],
    ['a bad id', damaged((f) => (f.titles.id[0] = 'Squid Game')), 'titles.id[0] "Squid Game" is not a title id like squid-game-s1'],
    ['a repeated id', damaged((f) => (f.titles.id[1] = 'squid-game-s1')), 'appears twice'],
    ['a bad source date', damaged((f) => (f.source.lastWeek = '2023-13-01')), 'source.lastWeek is not a date like 2021-09-19'],
  ])('%s', (_name, catalog, expected) => {
    expect(reason(catalog)).toContain(expected);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (s) => {
        expect(typeof decodeCatalog(s).ok).toBe('boolean');
      }),
    );
  });
});
