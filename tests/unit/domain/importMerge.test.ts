// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildDataset } from '../../../src/domain/import/groupTitles';
import { mergeImport } from '../../../src/domain/import/merge';
import { parseImport } from '../../../src/domain/import/parseImport';
import { summarySentence } from '../../../src/domain/import/summary';
import type { ImportedFile } from '../../../src/domain/import/types';
import { groupTitles, parseNetflixFile } from '../../../src/domain/netflixFile';
import type { Dataset } from '../../../src/domain/types';
import { loadSeed } from '../../seed';
import { WEDNESDAY_WEEKS_1_8 } from '../../figures';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/netflix/${name}`, import.meta.url), 'utf8');

function file(text: string): ImportedFile {
  const parsed = parseImport(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.data;
}

function datasetOf(name: string): Dataset {
  const f = file(fixture(name));
  return buildDataset(f.rows, { file: name, firstWeek: f.firstWeek, lastWeek: f.lastWeek });
}

const weeksOf = (d: Dataset) => d.titles.map((t) => [t.id, t.name, t.weeks.map((w) => [w.week, w.hours])]);

// The three weeks of Business Proposal both files cover, with Netflix's hours for them.
const BP_WEEKS = [
  ['2022-03-13', 15_900_000],
  ['2022-03-20', 23_480_000],
  ['2022-03-27', 30_940_000],
];

describe('mergeImport: the newer file wins', () => {
  it('a newer loaded file gives every week it has; the older shipped data only the week it lacks, relabelled', () => {
    const { dataset, summary } = mergeImport(datasetOf('merge-older.tsv'), file(fixture('merge-newer.tsv')), 'mine.tsv');
    expect(weeksOf(dataset)).toEqual([
      ['business-proposal-s1', 'Business Proposal: Limited Series', BP_WEEKS],
      ['twenty-five-twenty-one-s1', 'Twenty Five Twenty One: Limited Series', [['2022-03-20', 21_040_000]]],
    ]);
    expect(dataset.source).toEqual({ file: 'mine.tsv', firstWeek: '2022-03-13', lastWeek: '2022-03-27' });
    expect(summary).toEqual({ rows: 3, lastWeek: '2022-03-27', newer: 'loaded', newWeeks: ['2022-03-27'], newTitles: [] });
  });

  it('an older loaded file adds only the weeks the shipped data lacks, under the shipped labels', () => {
    const { dataset, summary } = mergeImport(datasetOf('merge-newer.tsv'), file(fixture('merge-older.tsv')), 'old.tsv');
    expect(weeksOf(dataset)).toEqual([
      ['business-proposal-s1', 'Business Proposal: Limited Series', BP_WEEKS],
      ['twenty-five-twenty-one-s1', 'Twenty Five Twenty One: Limited Series', [['2022-03-20', 21_040_000]]],
    ]);
    expect(dataset.source.file).toBe('merge-newer.tsv');
    expect(summary).toMatchObject({ newer: 'shipped', newWeeks: ['2022-03-13'], newTitles: [] });
  });

  it('on the same last week the loaded file wins, so its label is the one kept', () => {
    const shipped = datasetOf('merge-older.tsv');
    const loaded = file(fixture('merge-older.tsv').replaceAll('Season 1', 'Limited Series'));
    const { dataset, summary } = mergeImport(shipped, loaded, 'same.tsv');
    expect(dataset.titles.map((t) => t.name)).toEqual(['Business Proposal: Limited Series', 'Twenty Five Twenty One: Limited Series']);
    expect(summary.newer).toBe('loaded');
  });

  it('never mixes two labels of one title: without a shared week to match them, both stay apart', () => {
    const older = datasetOf('merge-older.tsv');
    const newer = file(
      fixture('merge-newer.tsv')
        .split('\n')
        .filter((l) => !l.startsWith('2022-03-20'))
        .join('\n'),
    );
    const { dataset } = mergeImport(older, newer, 'mine.tsv');
    // 2022-03-20 comes from the older file whole (both its rows), with its own label.
    expect(weeksOf(dataset)).toEqual([
      [
        'business-proposal-s1',
        'Business Proposal: Season 1',
        [
          ['2022-03-13', 15_900_000],
          ['2022-03-20', 23_480_000],
        ],
      ],
      ['twenty-five-twenty-one-s1', 'Twenty Five Twenty One: Limited Series', [['2022-03-20', 21_040_000]]],
      ['business-proposal-s1-2', 'Business Proposal: Limited Series', [['2022-03-27', 30_940_000]]],
    ]);
  });

  it('carries launch facts onto the title, for the caveats', () => {
    const shipped = datasetOf('global-7col.tsv');
    const { dataset } = mergeImport(shipped, file(fixture('global-12col-staggered.tsv')), 'x.tsv');
    const challenge = dataset.titles.find((t) => t.id === 'squid-game-the-challenge-s2');
    expect(challenge?.launch).toEqual({
      staggered: true,
      episodes: [
        { episodes: '1-4', launchDate: '2025-11-05' },
        { episodes: '5-8', launchDate: '2025-11-12' },
      ],
      raw: '[{"episode_nums":"1-4","launch_dt":"2025-11-05"},{"episode_nums":"5-8","launch_dt":"2025-11-12"}]',
    });
    expect(dataset.titles.find((t) => t.id === 'squid-game-s3')?.launch).toMatchObject({ staggered: false, episodes: [] });
  });
});

describe('summarySentence', () => {
  it.each([
    [
      { rows: 10_600, lastWeek: '2026-07-26', newer: 'loaded', newWeeks: ['2026-07-26'], newTitles: ['a', 'b', 'c', 'd'] },
      'Loaded 10,600 rows, weeks to 2026-07-26: 1 new week, 4 new titles.',
    ],
    [
      { rows: 1, lastWeek: '2026-07-19', newer: 'loaded', newWeeks: [], newTitles: ['a'] },
      'Loaded 1 row, weeks to 2026-07-19: 0 new weeks, 1 new title.',
    ],
    [
      { rows: 6_000, lastWeek: '2024-11-10', newer: 'shipped', newWeeks: [], newTitles: [] },
      'Loaded 6,000 rows, weeks to 2024-11-10: older than the data shown (weeks to 2026-07-19), so only weeks the shown data lacks were added: 0 new weeks, 0 new titles.',
    ],
  ] as const)('%#: %s', (summary, sentence) => {
    expect(summarySentence({ ...summary, newWeeks: [...summary.newWeeks], newTitles: [...summary.newTitles] }, '2026-07-19')).toBe(
      sentence,
    );
  });
});

// SHARED_DIR points a checkout that is not beside ../shared (a git worktree) at Netflix's file.
const REAL = new URL(
  'data/all-weeks-global.tsv',
  pathToFileURL(`${process.env.SHARED_DIR ?? fileURLToPath(new URL('../../../../shared', import.meta.url))}/`),
);
const hasReal = existsSync(REAL);
if (!hasReal) console.warn(`Skipping the real-file merge tests: ${REAL.pathname} is absent (see shared/data/SOURCE.md).`);

describe('mergeImport on Netflix’s real file', () => {
  it.skipIf(!hasReal)('keeps every title, every id, and the shipped premiere dates', () => {
    const text = readFileSync(REAL, 'utf8');
    const seed = loadSeed();
    const { dataset, summary } = mergeImport(seed, file(text), 'all-weeks-global.tsv');
    // 10,560 rows = 264 weeks x 40; 3,836 titles (data.md, "The whole file").
    expect(summary).toMatchObject({ rows: 10_560, lastWeek: '2026-07-19', newer: 'loaded', newWeeks: [] });
    expect(summary.newTitles).toHaveLength(3_836 - 3);
    const parsed = parseNetflixFile(text);
    expect(dataset.titles.map((t) => t.id)).toEqual(parsed.ok ? groupTitles(parsed.data.rows).map((t) => t.id) : []);
    expect(dataset.titles.find((t) => t.id === 'squid-game-s1')).toMatchObject({
      premiere: '2021-09-17',
      releasePattern: 'All 9 episodes at once',
    });
    // data.md: Wednesday: Season 1, first 8 weeks on the list, 1,557,810,000 hours.
    const wednesday = dataset.titles.find((t) => t.name === 'Wednesday: Season 1');
    expect(wednesday?.weeks.slice(0, 8).reduce((sum, w) => sum + w.hours, 0)).toBe(WEDNESDAY_WEEKS_1_8.value);
  });

  it.skipIf(!hasReal)('a copy with one more week adds that week, and the titles only it lists', () => {
    const text = readFileSync(REAL, 'utf8');
    // The week ending 2026-07-19 again as 2026-07-26, one title renamed so it is new.
    const last = text.split('\n').filter((l) => l.startsWith('2026-07-19\t'));
    const extra = last.map((l) =>
      l
        .replace('2026-07-19', '2026-07-26')
        .replace('\tThe East Palace\tThe East Palace: Limited Series\t', '\tThe West Palace\tThe West Palace: Limited Series\t'),
    );
    const { dataset, summary } = mergeImport(loadSeed(), file(`${text}\n${extra.join('\n')}`), 'next.tsv');
    expect(summary).toMatchObject({ rows: 10_600, lastWeek: '2026-07-26', newWeeks: ['2026-07-26'] });
    expect(summary.newTitles).toContain('the-west-palace-s1');
    expect(dataset.source).toEqual({ file: 'next.tsv', firstWeek: '2021-07-04', lastWeek: '2026-07-26' });
  });
});
