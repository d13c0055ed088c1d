import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fullCsv } from '../../../../src/domain/export/full';
import { selectedTitles } from '../../../../src/domain/comparison/place';
import { parseCsv } from '../../../parseCsv';
import { AOUAD, BP, SG, loadSeed } from '../../../seed';
import { AOUAD_ALL_11_WEEKS } from '../../../figures';
import { loadCatalog } from '../../../catalog';

const dataset = loadSeed();
// ../shared beside the main checkout; worktrees sit one level deeper.
const NETFLIX =
  ['../shared', '../../shared'].map((dir) => resolve(process.cwd(), dir, 'data/all-weeks-global.tsv')).find((p) => existsSync(p)) ?? '';

function rows(ids: string[]) {
  return parseCsv(fullCsv(selectedTitles(dataset, ids), dataset.source));
}

describe('the full-data CSV', () => {
  it('has Netflix’s columns, then the source', () => {
    expect(rows([SG])[0]).toEqual([
      'week',
      'category',
      'weekly_rank',
      'show_title',
      'season_title',
      'weekly_hours_viewed',
      'runtime',
      'weekly_views',
      'cumulative_weeks_in_top_10',
      'source',
    ]);
  });

  it('holds every week each title spent on the list, re-entries included', () => {
    // awk counts in all-weeks-global.tsv: Squid Game S1 32 rows, AOUAD S1 11, Business Proposal 13.
    const data = rows([SG, AOUAD, BP]).slice(1);
    expect(data).toHaveLength(32 + 11 + 13);
    // AOUAD's 11 weeks sum to 659,510,000 hours (awk: sum of $6 where $5 is its season title).
    const hours = data.filter((r) => r[4] === 'All of Us Are Dead: Season 1').reduce((sum, r) => sum + Number(r[5]), 0);
    expect(hours).toBe(AOUAD_ALL_11_WEEKS.value);
  });

  it.each([
    // Rows of all-weeks-global.tsv, copied as they are (blank runtime and views before 2023-06-18).
    [SG, '2021-09-19', ['2021-09-19', 'TV (Non-English)', '1', 'Squid Game', 'Squid Game: Season 1', '63190000', '', '', '1']],
    [SG, '2022-06-19', ['2022-06-19', 'TV (Non-English)', '10', 'Squid Game', 'Squid Game: Season 1', '7480000', '', '', '20']],
    [
      SG,
      '2025-01-05',
      ['2025-01-05', 'TV (Non-English)', '2', 'Squid Game', 'Squid Game: Season 1', '112700000', '8.3167', '13600000', '25'],
    ],
    [
      BP,
      '2022-06-05',
      ['2022-06-05', 'TV (Non-English)', '10', 'Business Proposal', 'Business Proposal: Limited Series', '8270000', '', '', '13'],
    ],
  ])('%s, week ending %s, matches Netflix’s row', (id, week, expected) => {
    const row = rows([id]).find((r) => r[0] === week);
    expect(row?.slice(0, 9)).toEqual(expected);
  });

  it('adds the launch columns when the data carries them', () => {
    const title = {
      ...dataset.titles[0]!,
      weeks: dataset.titles[0]!.weeks.slice(0, 1).map((w) => ({ ...w, isStaggeredLaunch: false, episodeLaunchDetails: '+{"ep":1}' })),
    };
    const parsed = parseCsv(fullCsv([title], dataset.source));
    expect(parsed[0]!.slice(9)).toEqual(['is_staggered_launch', 'episode_launch_details', 'source']);
    expect(parsed[1]!.slice(9, 11)).toEqual(['False', `'+{"ep":1}`]);
  });

  it.skipIf(NETFLIX === '')('matches Netflix’s file row for row for Squid Game: Season 1 (skipped without ../shared/data)', () => {
    const netflix = readFileSync(NETFLIX, 'utf8')
      .split('\n')
      .map((line) => line.split('\t'))
      .filter((f) => f[4] === 'Squid Game: Season 1')
      .map((f) => f.slice(0, 9))
      .sort((a, b) => a[0]!.localeCompare(b[0]!));
    expect(
      rows([SG])
        .slice(1)
        .map((r) => r.slice(0, 9)),
    ).toEqual(netflix);
  });

  it.skipIf(NETFLIX === '')(
    'from the shipped catalog, every title: Netflix’s file row for row, runtime 0 and all (skipped without ../shared/data)',
    () => {
      const catalog = loadCatalog();
      const ours = parseCsv(fullCsv(catalog.titles, catalog.source))
        .slice(1)
        .map((r) => r.slice(0, 9).join('\t'))
        .sort();
      const netflix = readFileSync(NETFLIX, 'utf8')
        .split('\n')
        .slice(1)
        .filter((line) => line !== '')
        .sort();
      expect(ours).toHaveLength(10_560);
      expect(ours).toEqual(netflix);
      // awk -F'\t' '$7 == "0"' counts 165 rows where Netflix published a runtime of 0.
      expect(ours.filter((r) => r.split('\t')[6] === '0')).toHaveLength(165);
    },
  );
});
