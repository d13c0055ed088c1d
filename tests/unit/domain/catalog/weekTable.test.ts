// @vitest-environment node
import { catalogOfTable, weekDatesFrom, weekTable, type WeekTable } from '../../../../src/domain/catalog/weekTable';
import { catalogOf } from '../../../../src/domain/dataset';
import { loadCatalog, loadCatalogTable } from '../../../catalog';
import { EX_MAS, exMas, withTitles } from '../../../comparison';
import { BP, SG } from '../../../seed';

/** Title `id`'s rows as [week-ending date, rank, hours, views or null, place since premiere]. */
function rowsOf(table: WeekTable, id: string) {
  const i = table.titles.findIndex((t) => t.id === id);
  const out: [string, number, number, number | null, number][] = [];
  for (let row = table.starts[i]!; row < table.starts[i + 1]!; row++) {
    const views = table.views[row]!;
    out.push([
      table.weekDates[table.week[row]!]!,
      table.rank[row]!,
      table.hours[row]!,
      Number.isNaN(views) ? null : views,
      table.premiereWeek[row]!,
    ]);
  }
  return out;
}

describe('weekTable: every week of every title by column', () => {
  const table = weekTable(withTitles(exMas));

  it('lists every Sunday from the earliest week on the list to the latest', () => {
    expect(weekDatesFrom('2025-11-16', '2025-12-14')).toEqual(['2025-11-16', '2025-11-23', '2025-11-30', '2025-12-07', '2025-12-14']);
    // The seed's earliest row is Squid Game S1's 2021-09-19; Ex-Mas's 2025-12-14 is the latest.
    expect([table.weekDates[0], table.weekDates.at(-1)]).toEqual(['2021-09-19', '2025-12-14']);
  });

  it('keeps a title’s rows together, oldest first, with a gap week left out and no views as none', () => {
    // all-weeks-global.tsv: Ex-Mas is off the list the week ending 2025-12-07, and has no premiere
    // date, so its first week on the list is week 1 and its return is week 5. (The fixture leaves
    // out the file's views; see tests/comparison.ts.)
    expect(rowsOf(table, EX_MAS)).toEqual([
      ['2025-11-16', 2, 19_400_000, null, 1],
      ['2025-11-23', 6, 13_700_000, null, 2],
      ['2025-11-30', 8, 6_000_000, null, 3],
      ['2025-12-14', 10, 5_400_000, null, 5],
    ]);
  });

  it('counts from a known premiere’s week under "week since premiere"', () => {
    // Business Proposal premiered Monday 2022-02-28 (week ending 03-06); its first week on the list
    // ends 03-13 (#6, 15,900,000 hours in the file), so it is week 2. Squid Game S1 (Friday
    // 2021-09-17) starts at week 1.
    expect(rowsOf(table, BP)[0]).toEqual(['2022-03-13', 6, 15_900_000, null, 2]);
    expect(
      rowsOf(table, SG)
        .slice(0, 2)
        .map((r) => r[4]),
    ).toEqual([1, 2]);
  });

  it('gives the view limits catalogOf gives', () => {
    const ids = table.titles.map((t) => t.id);
    expect(catalogOfTable(ids, table)).toEqual(catalogOf(withTitles(exMas)));
    // Squid Game S1 spent 32 weeks on the list (titleFacts' table).
    expect(catalogOfTable(ids, table).maxWeek.top10).toBe(32);
  });
});

describe('the catalog decoder’s table', () => {
  it('is the table its own titles’ weeks make, column for column', () => {
    const decoded = loadCatalogTable();
    const made = weekTable(loadCatalog());
    expect(decoded.titles).toBe(made.titles);
    for (const key of ['starts', 'weekDates', 'week', 'rank', 'hours', 'views', 'premiereWeek'] as const) {
      expect(decoded[key], key).toEqual(made[key]);
    }
    expect(decoded.starts[decoded.titles.length]).toBe(10_560);
  });

  it('counts Business Proposal from its premiere, read from the file’s facts', () => {
    expect(rowsOf(loadCatalogTable(), BP)[0]).toEqual(['2022-03-13', 6, 15_900_000, null, 2]);
  });
});
