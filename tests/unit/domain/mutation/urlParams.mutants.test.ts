// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { collapseIssues, capIssues, shorten, urlIssue } from '../../../../src/domain/url/issues';
import { migrate } from '../../../../src/domain/url/migrations';
import { MAX_SEARCH_LENGTH, decodeComponent, readParams, type RawParam } from '../../../../src/domain/url/params';

describe('reading an address before anything is validated', () => {
  it.each<[string, RawParam[]]>([
    ['', []],
    ['?', []],
    ['?metric=rank', [{ key: 'metric', value: 'rank' }]],
    ['metric=rank', [{ key: 'metric', value: 'rank' }]],
    [
      '?a=1&&b',
      [
        { key: 'a', value: '1' },
        { key: 'b', value: '' },
      ],
    ],
    ['?a=b=c', [{ key: 'a', value: 'b=c' }]],
    ['?=x', [{ key: '', value: 'x' }]],
    ['?titles=squid-game-s1+all-of-us-are-dead-s1', [{ key: 'titles', value: 'squid-game-s1 all-of-us-are-dead-s1' }]],
    ['?t%C3%AFtle=%E2%80%93', [{ key: 'tïtle', value: '–' }]],
    // A broken escape stays as typed, to fail validation like any other bad value.
    ['?weeks=%E0%A4%A', [{ key: 'weeks', value: '%E0%A4%A' }]],
  ])('readParams(%j)', (search, params) => {
    expect(readParams(search)).toEqual({ params, truncated: false });
  });

  it('reads at most MAX_SEARCH_LENGTH characters and says so', () => {
    const long = `?a=${'x'.repeat(MAX_SEARCH_LENGTH)}`;
    const read = readParams(long);
    expect([read.truncated, read.params[0]!.value.length]).toEqual([true, MAX_SEARCH_LENGTH - 2]);
    expect(readParams(`?${'y'.repeat(MAX_SEARCH_LENGTH)}`).truncated).toBe(false);
  });

  it.each<[string, string]>([
    ['a+b', 'a b'],
    ['a%2Bb', 'a+b'],
    ['%', '%'],
  ])('decodeComponent(%j) = %j', (text, decoded) => {
    expect(decodeComponent(text)).toBe(decoded);
  });

  it('turns spaces and commas into the title separator, in titles only', () => {
    expect(
      migrate([
        { key: 'titles', value: 'a b,c~d' },
        { key: 'other', value: 'x y,z' },
      ]),
    ).toEqual([
      { key: 'titles', value: 'a~b~c~d' },
      { key: 'other', value: 'x y,z' },
    ]);
  });
});

describe('the notice a bad link gets', () => {
  it.each<[string | null, string | null, string]>([
    ['metric', 'bogus', 'metric: "bogus" is not one of hours, views, cumulative, rank'],
    ['metric', null, 'metric: is not one of hours, views, cumulative, rank'],
    [null, 'bogus', '"bogus" is not one of hours, views, cumulative, rank'],
    [null, null, 'is not one of hours, views, cumulative, rank'],
    ['', 'x', '(empty key): "x" is not one of hours, views, cumulative, rank'],
  ])('urlIssue(%j, %j)', (key, raw, message) => {
    expect(urlIssue(key, raw, 'is not one of hours, views, cumulative, rank')).toEqual({
      key,
      raw,
      reason: 'is not one of hours, views, cumulative, rank',
      message,
      count: 1,
    });
  });

  it.each<[string, string]>([
    ['x'.repeat(40), 'x'.repeat(40)],
    ['x'.repeat(41), `${'x'.repeat(40)}…`],
    // Code points, not UTF-16 units: an emoji is one character.
    ['😀'.repeat(40), '😀'.repeat(40)],
  ])('shorten keeps 40 characters', (text, short) => {
    expect(shorten(text)).toBe(short);
  });

  it('lists identical problems once with a count, and caps the list with the rest counted', () => {
    const same = urlIssue('foo', null, 'is not a known key; ignored');
    expect(collapseIssues([same, same, urlIssue('bar', null, 'is not a known key; ignored')]).map((i) => [i.message, i.count])).toEqual([
      ['foo: is not a known key; ignored (2 times)', 2],
      ['bar: is not a known key; ignored', 1],
    ]);
    const eleven = Array.from({ length: 11 }, (_, i) => urlIssue(`k${i}`, null, 'is not a known key; ignored'));
    expect(
      capIssues(eleven)
        .map((i) => i.message)
        .slice(9),
    ).toEqual(['k9: is not a known key; ignored', 'and 1 more problem']);
    expect(capIssues(eleven.slice(0, 10))).toHaveLength(10);
    expect(capIssues([...eleven, urlIssue('k11', null, 'x')]).at(-1)!.message).toBe('and 2 more problems');
  });
});
