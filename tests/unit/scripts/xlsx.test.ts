// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { parseNetflixFile } from '../../../src/domain/netflixFile';
import { readXlsx, sheetToTsv, tsvCell } from '../../../scripts/xlsx';

const fixture = (name: string) => readFileSync(resolve(process.cwd(), 'tests/fixtures/netflix', name), 'utf8');

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const column = (i: number) => String.fromCharCode(65 + i);

/** A minimal .xlsx: every cell an inline string, sheets named as given. */
function workbook(sheets: Record<string, string[][]>): Uint8Array {
  const names = Object.keys(sheets);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${names.map((n, i) => `<sheet name="${escape(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    ),
  };
  names.forEach((name, i) => {
    const rows = sheets[name]!.map(
      (cells, r) =>
        `<row r="${r + 1}">${cells.map((v, c) => (v === '' ? '' : `<c r="${column(c)}${r + 1}" t="inlineStr"><is><t xml:space="preserve">${escape(v)}</t></is></c>`)).join('')}</row>`,
    );
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`,
    );
  });
  return zipSync(files);
}

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'xlsx-test-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function save(name: string, sheets: Record<string, string[][]>): string {
  const path = join(dir, name);
  writeFileSync(path, workbook(sheets));
  return path;
}

const table = (tsv: string) => tsv.split('\n').map((line) => line.split('\t'));

describe('tsvCell', () => {
  it.each([
    [new Date(Date.UTC(2021, 8, 19)), '2021-09-19'],
    [true, 'True'],
    [false, 'False'],
    [null, ''],
    ['8.3167', '8.3167'],
    ['[{"episodes":"1-5"}]', '"[{""episodes"":""1-5""}]"'],
  ])('%s -> %s', (cell, text) => {
    expect(tsvCell(cell)).toBe(text);
  });
});

describe('readXlsx: a workbook read as the .tsv would be', () => {
  it.each(['global-7col.tsv', 'global-9col.tsv', 'global-12col.tsv'])('sheet "Top 10" of %s parses to the same rows', async (name) => {
    const path = save(`${name}.xlsx`, { Notes: [['about']], 'Top 10': table(fixture(name).trimEnd()) });
    const sheet = await readXlsx(path);
    if (!sheet.ok) throw new Error(sheet.reason);
    const fromXlsx = parseNetflixFile(sheet.text);
    expect(fromXlsx).toEqual(parseNetflixFile(fixture(name)));
  });

  it('keeps the 11-column launch details JSON, quotes and all', async () => {
    const parsed = parseNetflixFile(fixture('global-11col.tsv'));
    if (!parsed.ok) throw new Error(parsed.reason);
    const header = fixture('global-11col.tsv').split('\n')[0]!.split('\t');
    const rows = parsed.data.rows.map((r) => [
      r.week,
      r.category,
      String(r.rank),
      r.showTitle,
      r.seasonTitle ?? 'N/A',
      String(r.hours),
      r.runtime === null ? '' : String(r.runtime),
      r.views === null ? '' : String(r.views),
      String(r.cumulativeWeeks),
      r.isStaggeredLaunch ? 'True' : 'False',
      r.episodeLaunchDetails ?? '',
    ]);
    const sheet = await readXlsx(save('eleven.xlsx', { 'Only sheet': [header, ...rows] }));
    if (!sheet.ok) throw new Error(sheet.reason);
    expect(parseNetflixFile(sheet.text)).toEqual(parsed);
  });

  it('says which sheets it found when none is "Top 10"', async () => {
    const sheet = await readXlsx(save('two.xlsx', { A: [['x']], B: [['y']] }));
    expect(sheet).toEqual({ ok: false, reason: 'the workbook has no sheet "Top 10" (it has "A", "B")' });
  });

  it('refuses a file that is not a workbook', async () => {
    const path = join(dir, 'not.xlsx');
    writeFileSync(path, 'week\tcategory\n');
    const sheet = await readXlsx(path);
    expect(sheet.ok ? '' : sheet.reason).toMatch(/^not a readable \.xlsx workbook/);
  });

  it('writes rows back as tab-separated lines', () => {
    expect(
      sheetToTsv([
        ['week', 'rank'],
        ['2021-09-19', 1],
      ]),
    ).toBe('week\trank\n2021-09-19\t1');
  });
});
