// @vitest-environment node
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../../src/domain/types';
import { titlesFromReferences, unpackDataset, type PackedDataset } from '../../../src/domain/import/packed';
import { importSession, runImport } from '../../../src/workers/importJob';
import type { ImportReply } from '../../../src/workers/protocol';
import { loadSeed } from '../../seed';
import { utcDate, workbook } from './xlsxFixture';
import { NINE_COLUMN_HEADER } from '../../netflixTsv';

const fixtureBytes = (name: string) => {
  const b = readFileSync(new URL(`../../fixtures/netflix/${name}`, import.meta.url));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
};

async function run(bytes: ArrayBuffer, shipped: Dataset = loadSeed()): Promise<ImportReply[]> {
  const replies: ImportReply[] = [];
  await runImport({ file: new Blob([bytes]), name: 'file', shipped }, (r) => replies.push(r));
  return replies;
}

/**
 * The merged titles as the page gathers them: the batches sent ahead, then what `done` still
 * holds, in the places `shippedRefs` leaves them among the shipped titles it names.
 */
function packedOf(replies: ImportReply[], shipped: Dataset = loadSeed()): PackedDataset {
  const last = replies.at(-1);
  if (last?.type !== 'done') throw new Error(JSON.stringify(last));
  const sent = [...replies.flatMap((r) => (r.type === 'titles' ? r.titles : [])), ...last.packed.titles];
  const titles = titlesFromReferences(last.shippedRefs, sent, shipped.titles);
  if (!titles) throw new Error('the references and the titles sent disagree');
  return { ...last.packed, titles };
}

const H9 = NINE_COLUMN_HEADER;
// Netflix's rows for Squid Game S1 (2021-09-19, 2023-11-26) and Leo (2023-11-26).
const ROWS = [
  [utcDate('2021-09-19'), 'TV (Non-English)', 1, 'Squid Game', 'Squid Game: Season 1', 63_190_000, null, null, 1],
  [utcDate('2023-11-26'), 'TV (Non-English)', 6, 'Squid Game', 'Squid Game: Season 1', 13_300_000, 8.3167, 1_600_000, 21],
  [utcDate('2023-11-26'), 'Films (English)', 1, 'Leo', 'N/A', 61_700_000, 1.7833, 34_600_000, 1],
];

describe('runImport (the worker’s job)', () => {
  it('posts progress by stage, then the merged data', async () => {
    const replies = await run(fixtureBytes('global-9col.tsv'));
    expect(replies.filter((r) => r.type === 'progress').map((r) => r.stage)).toEqual(['reading', 'parsing', 'merging']);
    const done = replies.at(-1);
    expect(done?.type === 'done' && done.summary).toMatchObject({ rows: 4, lastWeek: '2023-11-26', newer: 'shipped' });
  });

  it.each([
    ['image.png.tsv', 'This is a PNG image'],
    ['null.tsv', 'The file holds only the word "null"'],
    ['bad-rows.tsv', '5 of 7 rows cannot be read'],
  ])('fails %s with its reason', async (name, reason) => {
    const last = (await run(fixtureBytes(name))).at(-1);
    expect(last?.type === 'failed' && last.reason).toContain(reason);
  });

  it('reads an .xlsx sheet named "Top 10" like the .tsv: dates, blanks, N/A, exact decimals', async () => {
    const bytes = await workbook([
      { sheet: 'About', data: [['Netflix Top 10']] },
      { sheet: 'Top 10', data: [H9, ...ROWS] },
    ]);
    const shipped: Dataset = { source: { file: 's', firstWeek: '2021-07-04', lastWeek: '2021-07-04' }, titles: [] };
    const { titles } = unpackDataset(packedOf(await run(bytes, shipped), shipped));
    const squid = titles.find((t) => t.id === 'squid-game-s1');
    expect(squid?.weeks).toEqual([
      { week: '2021-09-19', rank: 1, hours: 63_190_000, runtime: null, views: null, cumulativeWeeks: 1 },
      { week: '2023-11-26', rank: 6, hours: 13_300_000, runtime: 8.3167, views: 1_600_000, cumulativeWeeks: 21 },
    ]);
    expect(titles.find((t) => t.id === 'leo')).toMatchObject({ seasonTitle: null, runtime: 1.7833 });
  });

  it('reads the only sheet of a workbook, whatever its name', async () => {
    const last = (await run(await workbook([{ sheet: 'Sheet1', data: [H9, ...ROWS] }]))).at(-1);
    expect(last?.type).toBe('done');
  });

  it('names the sheets of a workbook without one called "Top 10"', async () => {
    const bytes = await workbook([
      { sheet: 'A', data: [H9] },
      { sheet: 'B', data: [H9] },
    ]);
    const last = (await run(bytes)).at(-1);
    expect(last?.type === 'failed' && last.reason).toBe(
      'The workbook has no sheet named "Top 10" (it has "A", "B"); is this Netflix\'s all-weeks-global.xlsx?',
    );
  });

  // 900 shipped films, one week each, so the merge holds more titles than one batch.
  const films = (name: (i: number) => string): Dataset => ({
    source: { file: 's', firstWeek: '2021-07-04', lastWeek: '2021-07-04' },
    titles: Array.from({ length: 900 }, (_, i) => ({
      id: `film-${i + 1}`,
      showTitle: `Film ${i + 1}`,
      name: name(i + 1),
      seasonTitle: null,
      category: 'Films (English)' as const,
      premiere: null,
      releasePattern: null,
      runtime: null,
      weeks: [{ week: '2021-07-04', rank: 1, hours: 1_000 + i, runtime: null, views: null, cumulativeWeeks: 1 }],
    })),
  });

  it('sends the merged titles the page lacks ahead of done in batches of at most 400, which the page joins in order', async () => {
    // Named otherwise than the merge names them (a film's name is its show title), so none is the page's as it was.
    const shipped = films((i) => `Film ${i} (as shipped)`);
    const replies = await run(fixtureBytes('global-9col.tsv'), shipped);
    const batches = replies.flatMap((r) => (r.type === 'titles' ? [r.titles.length] : []));
    // 900 shipped + 3 from the file (Squid Game S1, Leo, and one more title of the fixture's week).
    expect(batches).toEqual([400, 400, 103]);
    const done = replies.at(-1);
    expect(done?.type === 'done' && [...done.shippedRefs].every((k) => k === -1)).toBe(true);
    expect(done).toMatchObject({ packed: { titles: [] } });
    const { titles } = unpackDataset(packedOf(replies, shipped));
    expect(titles).toHaveLength(903);
    expect(titles.filter((t) => t.id.startsWith('film-')).map((t) => t.name)).toEqual(shipped.titles.map((_, i) => `Film ${i + 1}`));
    expect(titles.filter((t) => t.id.startsWith('film-')).map((t) => t.weeks[0]!.hours)).toEqual(shipped.titles.map((_, i) => 1_000 + i));
  });

  it('names the shipped titles the merge left unchanged by their place, and writes out only the others', async () => {
    const shipped = films((i) => `Film ${i}`);
    const replies = await run(fixtureBytes('global-9col.tsv'), shipped);
    const done = replies.at(-1);
    if (done?.type !== 'done') throw new Error(JSON.stringify(done));
    // The 3 titles of the file are new; the films come back as their places 0..899 among the shipped.
    expect(replies.flatMap((r) => (r.type === 'titles' ? r.titles.map((t) => t.id) : []))).toEqual([
      'squid-game-s1',
      'leo',
      'castaway-diva-s1',
    ]);
    expect([...done.shippedRefs].filter((k) => k >= 0)).toEqual(shipped.titles.map((_, i) => i));
    expect([...done.shippedRefs].filter((k) => k === -1)).toHaveLength(3);
    const { titles } = unpackDataset(packedOf(replies, shipped));
    expect(titles.find((t) => t.id === 'film-900')).toEqual({ ...shipped.titles[899], weeks: shipped.titles[899]!.weeks });
    expect(titles.map((t) => t.id).slice(0, 3)).toEqual(['film-1', 'film-2', 'film-3']);
  });

  it('a session gathers the shipped titles batch by batch, then runs the import when the file arrives', async () => {
    const seed = loadSeed();
    const replies: ImportReply[] = [];
    const accept = importSession((r) => replies.push(r));
    expect(accept({ type: 'shipped', titles: seed.titles.slice(0, 1) })).toBeUndefined();
    expect(accept({ type: 'shipped', titles: seed.titles.slice(1) })).toBeUndefined();
    expect(replies).toEqual([]);
    await accept({ type: 'file', file: new Blob([fixtureBytes('merge-newer.tsv')]), name: 'merge-newer.tsv', source: seed.source });
    const direct = unpackDataset(packedOf(await run(fixtureBytes('merge-newer.tsv'), seed)));
    expect(unpackDataset(packedOf(replies))).toEqual(direct);
    expect(direct.titles.map((t) => t.id)).toEqual(expect.arrayContaining(seed.titles.map((t) => t.id)));
  });

  it('says so when the file cannot be read from disk', async () => {
    const replies: ImportReply[] = [];
    const file = { arrayBuffer: () => Promise.reject(new Error('gone')) } as unknown as Blob;
    await runImport({ file, name: 'top10.tsv', shipped: loadSeed() }, (r) => replies.push(r));
    expect(replies.at(-1)).toMatchObject({ type: 'failed', reason: 'The file "top10.tsv" could not be read from disk; choose it again.' });
  });

  it('refuses a damaged workbook', async () => {
    const bytes = new Uint8Array(fixtureBytes('global-9col.tsv').byteLength + 4);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    const last = (await run(bytes.buffer)).at(-1);
    expect(last?.type === 'failed' && last.reason).toContain('This .xlsx workbook cannot be opened');
  });
});
