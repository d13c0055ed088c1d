// @vitest-environment node
import { eachTsvRecord, readTsv } from '../../../src/domain/tsv';

function fields(text: string): string[][] {
  const result = readTsv(text);
  if (!result.ok) throw new Error(result.reason);
  return result.data.map((r) => r.fields);
}

describe('readTsv', () => {
  it.each([
    [
      '\\n endings',
      'a\tb\n1\t2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      '\\r\\n endings',
      'a\tb\r\n1\t2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'no final newline',
      'a\tb\n1\t2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a BOM',
      '\uFEFFa\tb\n1\t2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['blank fields', 'a\t\t\tb', [['a', '', '', 'b']]],
    ['a trailing tab', 'a\t', [['a', '']]],
    ['blank lines', 'a\n\n  \n1\n\n', [['a'], ['1']]],
    ['a quoted tab', '"x\ty"\tz', [['x\ty', 'z']]],
    [
      'a quoted newline',
      '"x\ny"\tz\n1\t2',
      [
        ['x\ny', 'z'],
        ['1', '2'],
      ],
    ],
    ['doubled quotes', '"[{""a"":1}]"\tz', [['[{"a":1}]', 'z']]],
    ['an empty quoted field', '""\tz', [['', 'z']]],
    ['a quote inside an unquoted field', 'The "Best" Show\t1', [['The "Best" Show', '1']]],
    ['a lone \\r kept as text', 'a\rb\t1', [['a\rb', '1']]],
  ])('reads %s', (_name, text, expected) => {
    expect(fields(text)).toEqual(expected);
  });

  it('numbers records by the line they start on', () => {
    const result = readTsv('h1\th2\n"two\nlines"\tx\r\n\nlast\ty');
    expect(result.ok && result.data.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('says where an unclosed quote starts', () => {
    expect(readTsv('a\tb\n1\t"open\n2\t3\n')).toEqual({
      ok: false,
      reason: 'Line 2: a quoted field is never closed.',
    });
  });

  it('reads an empty text as no records', () => {
    expect(readTsv('')).toEqual({ ok: true, data: [] });
  });
});

describe('eachTsvRecord', () => {
  it('visits the records readTsv reads, in order, with their lines', () => {
    const seen: [number, string[]][] = [];
    expect(eachTsvRecord('h1\th2\n"two\nlines"\tx\r\n\nlast\ty', (line, f) => seen.push([line, f]))).toEqual({ ok: true, data: null });
    expect(seen).toEqual([
      [1, ['h1', 'h2']],
      [2, ['two\nlines', 'x']],
      [5, ['last', 'y']],
    ]);
  });

  it('visits the records before an unclosed quote, then fails where readTsv fails', () => {
    const seen: number[] = [];
    expect(eachTsvRecord('a\tb\n1\t2\n"open\n3\t4\n', (line) => seen.push(line))).toEqual({
      ok: false,
      reason: 'Line 3: a quoted field is never closed.',
    });
    expect(seen).toEqual([1, 2]);
  });
});
