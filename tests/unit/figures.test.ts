// @vitest-environment node
import { readFileSync } from 'node:fs';
import { ALL_FIGURES, type Figure } from '../figures';
import { HAVE_NETFLIX_TSV, NETFLIX_TSV, warnIfAbsent } from '../netflixTsv';

warnIfAbsent('figures');

/**
 * The rows a figure names, read from Netflix's file by plain splitting (not through the app's parser,
 * which is what the other tests check), like the awk in tests/figures.ts.
 */
let table: { header: string[]; rows: string[][] } | undefined;
function rowsOf(figure: Figure): number[] {
  table ??= (() => {
    const [header = '', ...lines] = readFileSync(NETFLIX_TSV, 'utf8').trimEnd().split('\n');
    return { header: header.split('\t'), rows: lines.map((line) => line.split('\t')) };
  })();
  const [week, show, season, value] = ['week', 'show_title', 'season_title', figure.column].map((name) => table!.header.indexOf(name)) as [
    number,
    number,
    number,
    number,
  ];
  return table.rows
    .filter((r) => r[show] === figure.show && r[season] === figure.season && r[week]! >= figure.from && r[week]! <= figure.to)
    .map((r) => Number(r[value]));
}

describe('every hand-checked figure in tests/figures.ts', () => {
  it.skipIf(!HAVE_NETFLIX_TSV).each(Object.entries(ALL_FIGURES))('%s is the sum of the rows it names', (_name, figure) => {
    const rows = rowsOf(figure);
    expect(rows).toHaveLength(figure.rows);
    expect(rows.reduce((a, b) => a + b, 0)).toBe(figure.value);
  });
});
