// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  column,
  describe as describeValue,
  ints,
  Invalid,
  nullable,
  object,
  stringList,
  text,
  whole,
} from '../../../../src/domain/catalog/shape';

/** The message a check throws, or '(passed)'. */
function thrown(check: () => unknown): string {
  try {
    check();
    return '(passed)';
  } catch (e) {
    if (!(e instanceof Invalid)) throw e;
    return e.message;
  }
}

describe('describe: a value quoted back in a message', () => {
  const circular: Record<string, unknown> = {};
  circular.self = circular;

  it.each<[string, unknown, string]>([
    ['missing', undefined, 'missing'],
    ['null', null, 'got null'],
    ['text of exactly 30 characters, quotes included', 'x'.repeat(28), `got "${'x'.repeat(28)}"`],
    ['a list', [1, 2], 'got [1,2]'],
    ['a function, which JSON cannot show', () => 1, 'got function'],
    ['a big integer, which JSON refuses', 10n, 'got bigint'],
    ['an object that holds itself', circular, 'got object'],
  ])('%s', (_what, value, shown) => {
    expect(describeValue(value)).toBe(shown);
  });
});

describe('the shape checks name the path and what they got', () => {
  it.each<[string, () => unknown, string]>([
    ['an object that is null', () => object(null, 'source'), 'source is not an object (got null)'],
    ['an object that is a list', () => object([], 'source'), 'source is not an object (got [])'],
    ['an object that is text', () => object('x', 'source'), 'source is not an object (got "x")'],
    ['a column that is no list', () => column({}, 'rows.rank', 2), 'rows.rank is not a list (got {})'],
    ['a column one short', () => column([1], 'rows.rank', 2), 'rows.rank has 1 entries where 2 were expected'],
    ['a column one long', () => column([1, 2, 3], 'rows.rank', 2), 'rows.rank has 3 entries where 2 were expected'],
    ['text that is a number', () => text(1, 'source.file'), 'source.file is not a non-empty text (got 1)'],
    ['text of spaces', () => text('  ', 'source.file'), 'source.file is not a non-empty text (got "  ")'],
    ['empty text', () => text('', 'source.file'), 'source.file is not a non-empty text (got "")'],
    ['a whole number that is text', () => whole('1', 'version', 1), 'version is not a whole number of at least 1 (got "1")'],
    ['a whole number with a fraction', () => whole(1.5, 'version', 1), 'version is not a whole number of at least 1 (got 1.5)'],
    ['a whole number below the least', () => whole(0, 'version', 1), 'version is not a whole number of at least 1 (got 0)'],
    ['strings that are no list', () => stringList('a', 'strings'), 'strings is not a list (got "a")'],
    ['an empty string', () => stringList(['a', ''], 'strings'), 'strings[1] is not a non-empty text (got "")'],
    ['a string that is a number', () => stringList(['a', 'b', 3], 'strings'), 'strings[2] is not a non-empty text (got 3)'],
    ['an int below the least', () => ints([0, -1], 'rows.week', 0), 'rows.week[1] is not a whole number from 0 to 2147483647 (got -1)'],
    ['an int above the most', () => ints([1, 11], 'rows.rank', 1, 10), 'rows.rank[1] is not a whole number from 1 to 10 (got 11)'],
    [
      'an int past 32 bits',
      () => ints([2 ** 31], 'rows.week', 0),
      'rows.week[0] is not a whole number from 0 to 2147483647 (got 2147483648)',
    ],
    ['an int with a fraction', () => ints([1.5], 'rows.week', 0), 'rows.week[0] is not a whole number from 0 to 2147483647 (got 1.5)'],
    ['an int as text', () => ints(['1'], 'rows.week', 0), 'rows.week[0] is not a whole number from 0 to 2147483647 (got "1")'],
    ['an int that is null', () => ints([null], 'rows.week', 0), 'rows.week[0] is not a whole number from 0 to 2147483647 (got null)'],
    [
      'a nullable as text',
      () => nullable([null, '1'], 'rows.views', 0),
      'rows.views[1] is not null or a whole number from 0 to 9007199254740991 (got "1")',
    ],
    [
      'a nullable with a fraction',
      () => nullable([1.5], 'rows.views', 0),
      'rows.views[0] is not null or a whole number from 0 to 9007199254740991 (got 1.5)',
    ],
    [
      'a nullable below the least',
      () => nullable([0], 'rows.runtime', 1),
      'rows.runtime[0] is not null or a whole number from 1 to 9007199254740991 (got 0)',
    ],
    [
      'a nullable above the most',
      () => nullable([2], 'rows.staggered', 0, 1),
      'rows.staggered[0] is not null or a whole number from 0 to 1 (got 2)',
    ],
    [
      'a nullable past safe integers',
      () => nullable([2 ** 53], 'rows.views', 0),
      'rows.views[0] is not null or a whole number from 0 to 9007199254740991 (got 9007199254740992)',
    ],
  ])('refuses %s', (_what, check, message) => {
    expect(thrown(check)).toBe(message);
  });

  it.each<[string, () => unknown, unknown]>([
    ['an object', () => object({ a: 1 }, 'source'), { a: 1 }],
    ['a column of the length', () => column([1, 2], 'rows.rank', 2), [1, 2]],
    ['text', () => text(' x ', 'source.file'), ' x '],
    ['the least whole number', () => whole(1, 'version', 1), 1],
    ['strings', () => stringList(['a', ' '], 'strings'), ['a', ' ']],
    ['ints at both ends', () => ints([1, 10], 'rows.rank', 1, 10), [1, 10]],
    ['the largest 32-bit int', () => ints([2 ** 31 - 1], 'rows.week', 0), [2 ** 31 - 1]],
    ['nulls and nullables at both ends', () => nullable([null, 0, 1], 'rows.staggered', 0, 1), [null, 0, 1]],
    ['the largest safe integer', () => nullable([Number.MAX_SAFE_INTEGER], 'rows.views', 0), [Number.MAX_SAFE_INTEGER]],
  ])('takes %s', (_what, check, value) => {
    expect(check()).toEqual(value);
  });
});
