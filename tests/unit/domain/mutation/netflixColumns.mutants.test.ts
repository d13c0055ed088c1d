// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isCategory, quote, readFlag, readHeader, readNumber } from '../../../../src/domain/netflixColumns';
import { NINE_COLUMN_HEADER } from '../../../netflixTsv';

const NINE = NINE_COLUMN_HEADER;

describe('cells and headers, one at a time', () => {
  // Netflix leaves missing figures blank, never 0; anything else that is not a plain number is refused.
  it.each<[string, boolean, number | null | undefined]>([
    ['63190000', true, 63_190_000],
    [' 42 ', true, 42],
    ['', true, null],
    ['   ', false, null],
    ['8.3167', false, 8.3167],
    ['8.3167', true, undefined],
    ['8.', false, undefined],
    ['.5', false, undefined],
    ['-1', true, undefined],
    ['1,234', true, undefined],
    ['12a', true, undefined],
    ['a12', false, undefined],
    // The hand-written scan must refuse what the pattern ^\d+(?:\.\d+)?$ refused.
    ['007', true, 7],
    [' 8.3167 ', false, 8.3167],
    ['1.2.3', false, undefined],
    ['8.5a', false, undefined],
    ['8 5', false, undefined],
    ['\u0661\u0662', true, undefined],
    ['1e3', false, undefined],
    ['.', false, undefined],
    // Read while scanned: up to 15 digits are exact, and the quotient by a power of ten is the nearest double.
    ['1.9667', false, 1.9667],
    ['0.3', false, 0.3],
    ['0.05', false, 0.05],
    ['17292857', true, 17_292_857],
    ['123456789012345', true, 123_456_789_012_345],
    ['1.00000000000001', false, 1.00000000000001],
    // Longer ones are Number's: 2^53 + 1 is no double, and reads as 2^53.
    ['9007199254740993', true, 9_007_199_254_740_992],
    ['1234567890123456789', true, 1_234_567_890_123_456_800],
    ['0.1234567890123456', false, 0.1234567890123456],
    ['8.3167x', false, undefined],
    ['8x', true, undefined],
  ])('readNumber(%j, whole %s) = %s', (raw, whole, value) => {
    expect(readNumber(raw, whole)).toBe(value);
  });

  it.each<[string, boolean | null | undefined]>([
    ['True', true],
    ['TRUE', true],
    ['1', true],
    ['False', false],
    [' false ', false],
    ['0', false],
    ['', null],
    ['yes', undefined],
  ])('readFlag(%j) = %s', (raw, value) => {
    expect(readFlag(raw)).toBe(value);
  });

  it.each<[string, string]>([
    ['Squid Game', '"Squid Game"'],
    ['x'.repeat(40), `"${'x'.repeat(40)}"`],
    ['x'.repeat(41), `"${'x'.repeat(40)}…"`],
  ])('quote(%s)', (raw, quoted) => {
    expect(quote(raw)).toBe(quoted);
  });

  it.each<[string, boolean]>([
    ['TV (Non-English)', true],
    ['Films (English)', true],
    ['TV (non-English)', false],
    ['', false],
  ])('isCategory(%j) = %s', (value, yes) => {
    expect(isCategory(value)).toBe(yes);
  });

  it.each<[string, string[], number | string]>([
    ['the 9-column header, any case and padding', NINE.map((n) => ` ${n.toUpperCase()} `), 9],
    ['the 7-column header', NINE.filter((n) => n !== 'runtime' && n !== 'weekly_views'), 7],
    ['views without runtime is still 9', NINE.filter((n) => n !== 'runtime'), 9],
    ['runtime without views is still 9', NINE.filter((n) => n !== 'weekly_views'), 9],
    ['the override flag alone makes 12', [...NINE, 'runtime_override_flag'], 12],
    ['a weekly file with an extra column that only ends like most-popular.tsv', [...NINE, 'my_hours_viewed_first_28_days'], 9],
    ['a weekly file with an extra column that only starts like most-popular.tsv', [...NINE, 'hours_viewed_first_28_days_total'], 9],
    [
      'the country name alone',
      [...NINE, 'country_name'],
      "This is Netflix's per-country file (ranks only, no hours); load all-weeks-global.tsv.",
    ],
    ['the 11-column header', [...NINE, 'is_staggered_launch', 'episode_launch_details'], 11],
    ['the 12-column header', [...NINE, 'is_staggered_launch', 'episode_launch_dtls', 'runtime_override_flag'], 12],
    ['the 12-column header, launch details only', [...NINE, 'episode_launch_dtls'], 12],
    [
      'a country column',
      [...NINE, 'country_iso2'],
      "This is Netflix's per-country file (ranks only, no hours); load all-weeks-global.tsv.",
    ],
    ['one comma-separated field', ['week,category'], "This file is comma-separated; Netflix's all-weeks-global.tsv is tab-separated."],
    [
      'one field without a comma',
      ['week'],
      "Missing columns: category, weekly_rank, show_title, season_title, weekly_hours_viewed, cumulative_weeks_in_top_10. Is this Netflix's all-weeks-global.tsv?",
    ],
  ])('%s', (_name, fields, expected) => {
    const header = readHeader(fields);
    expect(header.ok ? header.data.layout : header.reason).toBe(expected);
  });

  it('finds each column by name, wherever it stands', () => {
    const header = readHeader([...NINE].reverse());
    expect(
      header.ok && [header.data.index.week, header.data.index.cumulativeWeeks, header.data.index.isStaggeredLaunch, header.data.width],
    ).toEqual([8, 0, -1, 9]);
  });

  it('reads the 12-column layout’s shorter launch-details name', () => {
    const header = readHeader([...NINE, 'episode_launch_dtls']);
    expect(
      header.ok && [header.data.index.episodeLaunchDetails, header.data.index.isStaggeredLaunch, header.data.index.runtimeOverride],
    ).toEqual([9, -1, -1]);
  });
});
