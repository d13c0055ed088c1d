import { describe, expect, it } from 'vitest';
import { csvCell, neutralise, toCsv } from '../../../../src/domain/export/csv';

describe('CSV cells', () => {
  // OWASP CSV injection: each of these would run as a formula in Excel, LibreOffice or Sheets.
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+1', `"'+1+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1:A2)', `"'@SUM(A1:A2)"`],
    ['\tTabbed', `"'\tTabbed"`],
    ['\rCarriage', `"'\rCarriage"`],
  ])('neutralises %j', (raw, written) => {
    expect(csvCell(raw)).toBe(written);
  });

  it.each([
    ['Squid Game: Season 1', 'Squid Game: Season 1'],
    ['Money Heist, Part 5', '"Money Heist, Part 5"'],
    ['The "Best" Show', '"The ""Best"" Show"'],
    ['Two\nlines', '"Two\nlines"'],
    ['Crash Landing = Love', 'Crash Landing = Love'],
    ['비상선언', '비상선언'],
    ['', ''],
  ])('writes plain text %j as %j', (raw, written) => {
    expect(csvCell(raw)).toBe(written);
  });

  it.each([
    [571760000, '571760000'],
    [8.3167, '8.3167'],
    [0, '0'],
    [null, ''],
    [Number.NaN, ''],
  ])('writes the number %j raw, as %j', (raw, written) => {
    expect(csvCell(raw)).toBe(written);
  });

  it('leaves harmless text alone', () => {
    expect(neutralise('All of Us Are Dead')).toBe('All of Us Are Dead');
  });
});

describe('toCsv', () => {
  it('writes one header row, then the rows, with CRLF line ends', () => {
    const csv = toCsv({
      columns: ['title', 'hours'],
      rows: [
        ['=cmd', 5],
        ['B', null],
      ],
    });
    expect(csv).toBe(`title,hours\r\n"'=cmd",5\r\nB,\r\n`);
  });

  it('refuses a ragged row instead of writing a file that is not rectangular', () => {
    expect(() => toCsv({ columns: ['a', 'b'], rows: [['x']] })).toThrow('CSV row 1 has 1 cells; the header has 2');
  });
});
