import { describe, expect, it } from 'vitest';
import { displayedCsv, displayedTable } from '../../../../src/domain/export/displayed';
import { buildComparison } from '../../../../src/domain/comparison/buildComparison';
import { DEFAULT_VIEW, type ViewState } from '../../../../src/domain/view';
import { parseCsv } from '../../../parseCsv';
import { AOUAD, BP, SG, loadSeed } from '../../../seed';

const dataset = loadSeed();
const SOURCE = 'Netflix global Top 10 (all-weeks-global.tsv; last week ending 2026-07-19)';

function csvFor(changes: Partial<ViewState>) {
  const view = { ...DEFAULT_VIEW, ...changes };
  return parseCsv(displayedCsv(buildComparison(dataset, view), dataset.source));
}

/** The data row for a title and a week number (or week-ending date under Calendar). */
function rowOf(rows: string[][], name: string, week: string) {
  const header = rows[0]!;
  const weekCol = header.includes('week_since_premiere') ? header.indexOf('week_since_premiere') : header.indexOf('week_in_top_10');
  const found = rows.slice(1).filter((r) => r[0] === name && (r[weekCol] === week || r[header.indexOf('week_end')] === week));
  expect(found).toHaveLength(1);
  return Object.fromEntries(header.map((h, i) => [h, found[0]![i]]));
}

describe('the displayed-data CSV', () => {
  it('has one header row and one row per (week, title) cell of the table, all the same width', () => {
    const rows = csvFor({});
    expect(rows[0]).toEqual([
      'title',
      'category',
      'week_in_top_10',
      'week_start',
      'week_end',
      'weekly_hours_viewed',
      'weekly_rank',
      'source',
    ]);
    // 8 weeks x 3 titles, weeks in order, titles in legend order within a week.
    expect(rows).toHaveLength(1 + 24);
    expect(rows.every((r) => r.length === 8)).toBe(true);
    expect(rows.slice(1, 4).map((r) => [r[0], r[2]])).toEqual([
      ['Squid Game: Season 1', '1'],
      ['All of Us Are Dead: Season 1', '1'],
      ['Business Proposal: Limited Series', '1'],
    ]);
    expect(new Set(rows.slice(1).map((r) => r[7]))).toEqual(new Set([SOURCE]));
  });

  // Hand-checked against all-weeks-global.tsv with awk -F'\t' '$5=="<season title>"', sorted by week:
  // the nth row of each title is its week n in the Top 10.
  it.each([
    [
      {},
      'Squid Game: Season 1',
      '3',
      {
        week_start: '2021-09-27',
        week_end: '2021-10-03',
        weekly_hours_viewed: '571760000',
        weekly_rank: '1',
        category: 'TV (Non-English)',
      },
    ],
    [
      {},
      'All of Us Are Dead: Season 1',
      '6',
      { week_start: '2022-02-28', week_end: '2022-03-06', weekly_hours_viewed: '24020000', weekly_rank: '3' },
    ],
    [
      {},
      'Business Proposal: Limited Series',
      '1',
      { week_start: '2022-03-07', week_end: '2022-03-13', weekly_hours_viewed: '15900000', weekly_rank: '6' },
    ],
    // Rows 1-3 of Squid Game: 63,190,000 + 448,730,000 + 571,760,000.
    [{ metric: 'cumulative' as const }, 'Squid Game: Season 1', '3', { cumulative_hours_viewed: '1083680000', weekly_rank: '1' }],
    [{ metric: 'rank' as const }, 'All of Us Are Dead: Season 1', '8', { weekly_rank: '5', week_end: '2022-03-20' }],
    // Business Proposal premiered Mon 2022-02-28; its first list week (ending 2022-03-13) is its 2nd.
    [{ align: 'premiere' as const }, 'Business Proposal: Limited Series', '2', { weekly_hours_viewed: '15900000', week_end: '2022-03-13' }],
    [
      { align: 'calendar' as const, titles: [AOUAD, BP] },
      'Business Proposal: Limited Series',
      '2022-03-20',
      { week_in_top_10: '2', weekly_hours_viewed: '23480000' },
    ],
  ])('%j: %s week %s', (changes, name, week, expected) => {
    expect(rowOf(csvFor(changes), name, week)).toMatchObject(expected);
  });

  it('leaves the columns of a rank view to the rank alone', () => {
    expect(csvFor({ metric: 'rank' })[0]).toEqual([
      'title',
      'category',
      'week_in_top_10',
      'week_start',
      'week_end',
      'weekly_rank',
      'source',
    ]);
  });

  it.each([
    // Business Proposal was not on the list in its 1st week since premiere.
    ['premiere, week 1', { align: 'premiere' as const }, 'Business Proposal: Limited Series', '1'],
    // All of Us Are Dead has 11 weeks on the list; Squid Game carries the axis to week 14.
    ['top10, week 12', { titles: [SG, AOUAD], weeks: [9, 14] as const }, 'All of Us Are Dead: Season 1', '12'],
  ])('writes a gap (%s) as empty cells, never 0', (_, changes, name, week) => {
    const row = rowOf(csvFor(changes), name, week);
    expect(row).toMatchObject({ weekly_hours_viewed: '', weekly_rank: '', week_start: '', week_end: '' });
  });

  it('under Calendar, keeps the dates of a week off the list and empties its figures', () => {
    // AOUAD's last week ends 2022-04-10; Business Proposal is still on the list the week after.
    const row = rowOf(csvFor({ align: 'calendar', titles: [AOUAD, BP], weeks: [1, 13] }), 'All of Us Are Dead: Season 1', '2022-04-17');
    expect(row).toMatchObject({ week_in_top_10: '', week_start: '2022-04-11', weekly_hours_viewed: '', weekly_rank: '' });
  });

  it('neutralises a title that would run as a formula', () => {
    const evil = { ...dataset, titles: dataset.titles.map((t) => (t.id === SG ? { ...t, name: '=HYPERLINK("http://evil")' } : t)) };
    const view = { ...DEFAULT_VIEW, titles: [SG] };
    const table = displayedTable(buildComparison(evil, view), dataset.source);
    expect(table.rows[0]![0]).toBe('=HYPERLINK("http://evil")');
    expect(displayedCsv(buildComparison(evil, view), dataset.source)).toContain(`\r\n"'=HYPERLINK(""http://evil"")",TV (Non-English),1,`);
  });
});
