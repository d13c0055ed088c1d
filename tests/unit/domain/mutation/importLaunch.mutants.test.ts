// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildDataset, rowsOfDataset } from '../../../../src/domain/import/groupTitles';
import { combineLaunches } from '../../../../src/domain/import/launch';
import { fileSizeProblem, formatOfName, MAX_FILE_BYTES } from '../../../../src/domain/import/limits';
import { parseImport } from '../../../../src/domain/import/parseImport';
import type { ImportedDataset, ImportRow, LaunchFacts } from '../../../../src/domain/import/types';
import type { Dataset, Title } from '../../../../src/domain/types';

const H9 = 'week\tcategory\tweekly_rank\tshow_title\tseason_title\tweekly_hours_viewed\truntime\tweekly_views\tcumulative_weeks_in_top_10';
const SOURCE = { file: 'mine.tsv', firstWeek: '2025-11-09', lastWeek: '2025-11-16' };
// Squid Game: The Challenge S2's first week in the 12-column copy (tests/fixtures/netflix/global-12col-staggered.tsv).
const WEEK_1 = '2025-11-09\tTV (English)\t6\tSquid Game: The Challenge\tSquid Game: The Challenge: Season 2\t11500000\t3.5667\t3200000\t1';

/** A cell as Netflix quotes it: JSON inside a quoted field, its quotes doubled. */
const quoted = (json: string) => `"${json.replace(/"/g, '""')}"`;

/** The launch facts of each row of a file: a header's extra columns, then each row's extra cells. */
function launches(extraHeader: string, rows: [string, string][]): (LaunchFacts | undefined)[] {
  const text = [`${H9}\t${extraHeader}`, ...rows.map(([row, cells]) => `${row}\t${cells}`)].join('\n');
  const parsed = parseImport(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.data.rows.map((r) => r.launch);
}

/** One row's launch facts under the 12-column header's launch columns. */
const launch12 = (staggered: string, details: string) =>
  launches('is_staggered_launch\truntime_override_flag\tepisode_launch_dtls', [[WEEK_1, `${staggered}\tFalse\t${details}`]])[0];

/** The episode batches read from one details cell. */
const batches = (json: string) => launch12('True', quoted(json))?.episodes;

describe('the launch columns, found by name', () => {
  it('reads header names in any case and with spaces around them', () => {
    expect(launches(' IS_STAGGERED_LAUNCH \t Episode_Launch_Details ', [[WEEK_1, 'True\t']])[0]).toEqual({
      staggered: true,
      episodes: [],
      raw: null,
    });
  });

  it('a 12-column file with only runtime_override_flag has no launch facts: unknown, not "all at once"', () => {
    expect(launches('runtime_override_flag', [[WEEK_1, 'False']])).toEqual([undefined]);
  });

  it('details without is_staggered_launch: the batches, and staggered unknown', () => {
    const json = '[{"episode_nums":"1-4","launch_dt":"2025-11-05"}]';
    expect(launches('episode_launch_details', [[WEEK_1, quoted(json)]])[0]).toEqual({
      staggered: null,
      episodes: [{ episodes: '1-4', launchDate: '2025-11-05' }],
      raw: json,
    });
  });

  // Netflix's order is week, category, ...; a copy re-saved by a spreadsheet may move columns.
  it.each([
    ['is_staggered_launch', 'is_staggered_launch\tepisode_launch_dtls'],
    ['episode_launch_dtls', 'episode_launch_dtls\tis_staggered_launch'],
  ])('reads them wherever they stand: %s second', (_second, launchHeader) => {
    const [first, ...rest] = H9.split('\t');
    const header = [first, ...launchHeader.split('\t'), ...rest].join('\t');
    const [week, ...cells] = WEEK_1.split('\t');
    const json = '[{"episode_nums":"1-4","launch_dt":"2025-11-05"}]';
    const launchCells = launchHeader.startsWith('is_') ? ['True', quoted(json)] : [quoted(json), 'True'];
    const parsed = parseImport(`${header}\n${[week, ...launchCells, ...cells].join('\t')}`);
    expect(parsed.ok && parsed.data.rows[0]?.launch).toEqual({
      staggered: true,
      episodes: [{ episodes: '1-4', launchDate: '2025-11-05' }],
      raw: json,
    });
  });

  it('is_staggered_launch without details: the flag, and no batches', () => {
    expect(launches('is_staggered_launch\truntime_override_flag', [[WEEK_1, 'True\tFalse']])[0]).toEqual({
      staggered: true,
      episodes: [],
      raw: null,
    });
  });
});

describe('is_staggered_launch, as Netflix or a spreadsheet wrote it', () => {
  it.each<[string, boolean | null]>([
    ['True', true],
    [' TRUE ', true],
    ['1', true],
    ['False', false],
    [' false ', false],
    ['0', false],
    ['', null],
    ['  ', null],
  ])('%j reads as %s', (cell, staggered) => {
    expect(launch12(cell, '')?.staggered).toBe(staggered);
  });
});

describe('the episode batches of the details cell', () => {
  it.each<[string, string, { episodes: string | null; launchDate: string | null }[]]>([
    ['11-column key names', '[{"episodes":"1-5","launch_date":"2023-11-22"}]', [{ episodes: '1-5', launchDate: '2023-11-22' }]],
    ['a number of episodes', '[{"episode_nums":3,"launch_dt":"2025-11-05"}]', [{ episodes: '3', launchDate: '2025-11-05' }]],
    [
      'a date with a time of day',
      '[{"episode_nums":"1-4","launch_dt":"2025-11-05T00:00:00Z"}]',
      [{ episodes: '1-4', launchDate: '2025-11-05' }],
    ],
    ['no episode key', '[{"launch_dt":"2025-11-05"}]', [{ episodes: null, launchDate: '2025-11-05' }]],
    ['no date key', '[{"episode_nums":"1-4"}]', [{ episodes: '1-4', launchDate: null }]],
    ['a date that is no ISO date', '[{"episode_nums":"1-4","launch_dt":"Nov 5"}]', [{ episodes: '1-4', launchDate: null }]],
    ['an ISO date later in the text', '[{"episode_nums":"1-4","launch_dt":"on 2025-11-05"}]', [{ episodes: '1-4', launchDate: null }]],
    ['a date with a one-digit day', '[{"episode_nums":"1-4","launch_dt":"2025-11-5"}]', [{ episodes: '1-4', launchDate: null }]],
    [
      'a key that only contains "dt"',
      '[{"dt_note":"2025-01-01","launch_dt":"2025-11-05"}]',
      [{ episodes: null, launchDate: '2025-11-05' }],
    ],
    ['values that are neither text nor number', '[{"episode_nums":true,"launch_dt":null}]', [{ episodes: null, launchDate: null }]],
    [
      'items that are no objects',
      '[1,"x",null,{"episode_nums":"1-4","launch_dt":"2025-11-05"}]',
      [{ episodes: '1-4', launchDate: '2025-11-05' }],
    ],
    ['an object, not a list', '{"episode_nums":"1-4","launch_dt":"2025-11-05"}', []],
    ['an empty list', '[]', []],
  ])('%s', (_what, json, expected) => {
    expect(batches(json)).toEqual(expected);
  });

  it('keeps the cell as written whatever it holds, trimmed', () => {
    expect(launch12('True', ' [1] ')?.raw).toBe('[1]');
  });
});

/** Rows of one title, each with its own launch facts. */
function rowsWith(...facts: [string, LaunchFacts | undefined][]): ImportRow[] {
  return facts.map(([week, launch], i) => ({
    week,
    category: 'TV (English)',
    rank: 6,
    showTitle: 'Squid Game: The Challenge',
    seasonTitle: 'Squid Game: The Challenge: Season 2',
    hours: 1_000_000 * (i + 1),
    runtime: null,
    views: null,
    cumulativeWeeks: i + 1,
    ...(launch ? { launch } : {}),
  }));
}

const titleLaunch = (rows: ImportRow[]) => buildDataset(rows, SOURCE).titles[0]?.launch;
const batch = (episodes: string | null, launchDate: string | null) => ({ episodes, launchDate });

describe("a title's launch, from all its weeks", () => {
  it('staggered if any week says so, whatever the other weeks say', () => {
    const launch = titleLaunch(
      rowsWith(
        ['2025-11-09', { staggered: false, episodes: [], raw: null }],
        ['2025-11-16', { staggered: true, episodes: [], raw: null }],
        ['2025-11-23', { staggered: null, episodes: [], raw: null }],
      ),
    );
    expect(launch?.staggered).toBe(true);
  });

  it('not staggered when one week says not and no week says so', () => {
    const launch = titleLaunch(
      rowsWith(['2025-11-09', { staggered: null, episodes: [], raw: null }], ['2025-11-16', { staggered: false, episodes: [], raw: null }]),
    );
    expect(launch?.staggered).toBe(false);
  });

  it('unknown when no week says', () => {
    expect(titleLaunch(rowsWith(['2025-11-09', { staggered: null, episodes: [], raw: null }]))?.staggered).toBeNull();
  });

  it('no launch facts for a title whose rows carry none', () => {
    expect(buildDataset(rowsWith(['2025-11-09', undefined], ['2025-11-16', undefined]), SOURCE).titles[0]).not.toHaveProperty('launch');
  });

  it('every batch once, by date, undated first; the latest week’s cell as written', () => {
    // Rows newest first, as Netflix's file lists them; the oldest week has a batch the later ones dropped.
    const launch = titleLaunch(
      rowsWith(
        ['2025-11-23', { staggered: true, episodes: [batch('9-10', '2025-11-19'), batch('5-8', '2025-11-12')], raw: 'third' }],
        ['2025-11-16', { staggered: true, episodes: [batch('5-8', '2025-11-12'), batch('1-4', '2025-11-05')], raw: 'second' }],
        ['2025-11-09', { staggered: true, episodes: [batch('1-4', '2025-11-05'), batch('bonus', null)], raw: 'first' }],
      ),
    );
    expect(launch).toEqual({
      staggered: true,
      episodes: [batch('bonus', null), batch('1-4', '2025-11-05'), batch('5-8', '2025-11-12'), batch('9-10', '2025-11-19')],
      raw: 'third',
    });
  });

  it('a batch with no date sorts before dated ones wherever it stands', () => {
    const launch = titleLaunch(
      rowsWith([
        '2025-11-09',
        { staggered: true, episodes: [batch('1-4', '2025-11-05'), batch('bonus', null), batch('0', '2025-11-01')], raw: null },
      ]),
    );
    expect(launch?.episodes).toEqual([batch('bonus', null), batch('0', '2025-11-01'), batch('1-4', '2025-11-05')]);
  });

  it('batches launched the same day stay in the order Netflix lists them', () => {
    const launch = titleLaunch(
      rowsWith(['2025-11-09', { staggered: true, episodes: [batch('1-2', '2025-11-05'), batch('3-4', '2025-11-05')], raw: null }]),
    );
    expect(launch?.episodes).toEqual([batch('1-2', '2025-11-05'), batch('3-4', '2025-11-05')]);
  });

  it('weeks without launch facts are passed over; none at all is no launch', () => {
    const facts: LaunchFacts = { staggered: false, episodes: [batch('1-8', '2025-11-05')], raw: null };
    expect(combineLaunches([undefined, facts, undefined])).toEqual(facts);
    expect(combineLaunches([undefined, undefined])).toBeUndefined();
    expect(combineLaunches([])).toBeUndefined();
  });

  it('the latest week with a cell gives the raw text, even when a later week left it blank', () => {
    const launch = titleLaunch(
      rowsWith(
        ['2025-11-16', { staggered: true, episodes: [], raw: null }],
        ['2025-11-09', { staggered: true, episodes: [], raw: 'weekly' }],
      ),
    );
    expect(launch?.raw).toBe('weekly');
  });

  it('the latest week’s cell, whichever order the rows come in', () => {
    const facts = (raw: string): LaunchFacts => ({ staggered: true, episodes: [], raw });
    for (const rows of [
      rowsWith(['2025-11-09', facts('first')], ['2025-11-23', facts('third')], ['2025-11-16', facts('second')]),
      rowsWith(['2025-11-23', facts('third')], ['2025-11-09', facts('first')], ['2025-11-16', facts('second')]),
    ]) {
      expect(titleLaunch(rows)?.raw).toBe('third');
    }
  });
});

describe('what the shipped data knows and Netflix’s file does not', () => {
  const rows = rowsWith(['2021-09-19', undefined]).map((r) => ({ ...r, runtime: null }));
  const meta = { premiere: '2025-11-05', releasePattern: 'Weekly, 4 episodes at a time', runtime: 6.6333 };
  const known = (title: Partial<Title>): Dataset => {
    const [built] = buildDataset(rows, SOURCE).titles;
    return { source: SOURCE, titles: [{ ...built!, ...meta, ...title }] };
  };

  it('kept for the same title', () => {
    expect(buildDataset(rows, SOURCE, known({})).titles[0]).toMatchObject(meta);
  });

  it.each<[string, Partial<Title>]>([
    ['another list', { category: 'TV (Non-English)' }],
    ['another show under the same id', { showTitle: 'SQUID GAME: THE CHALLENGE' }],
  ])('not taken from a title on %s', (_what, differs) => {
    expect(buildDataset(rows, SOURCE, known(differs)).titles[0]).toMatchObject({ premiere: null, releasePattern: null, runtime: null });
  });

  it('the file’s own runtime wins over the shipped one', () => {
    const withRuntime = rows.map((r) => ({ ...r, runtime: 3.5667 }));
    expect(buildDataset(withRuntime, SOURCE, known({})).titles[0]?.runtime).toBe(3.5667);
  });

  it('a dataset back into rows keeps each title’s launch on every row', () => {
    const launch: LaunchFacts = { staggered: true, episodes: [batch('1-4', '2025-11-05')], raw: null };
    const dataset: ImportedDataset = buildDataset(rowsWith(['2025-11-09', launch], ['2025-11-16', undefined]), SOURCE);
    expect(rowsOfDataset(dataset).map((r) => r.launch)).toEqual([launch, launch]);
    expect(rowsOfDataset({ source: SOURCE, titles: [{ ...dataset.titles[0]!, launch: undefined }] })[0]).not.toHaveProperty('launch');
  });
});

describe('a file refused or sniffed by its size and name', () => {
  it('names the limit in MB', () => {
    expect(fileSizeProblem(MAX_FILE_BYTES * 2)).toBe(
      "The file is 100 MB; Netflix's weekly file is under 1 MB, and files over 50 MB are not read. Is this the right file?",
    );
  });

  it.each([
    ['all-weeks-global.xlsx', 'xlsx'],
    ['ALL-WEEKS-GLOBAL.XLSX', 'xlsx'],
    ['all-weeks-global.tsv', 'tsv'],
    ['Top10.TSV', 'tsv'],
    ['all-weeks-global.txt', 'tsv'],
    ['all-weeks-global (1).tsv.download', 'other'],
    ['xlsx', 'other'],
    ['tsv.zip', 'other'],
    ['', 'other'],
  ])('%j is %s', (name, format) => {
    expect(formatOfName(name)).toBe(format);
  });
});
