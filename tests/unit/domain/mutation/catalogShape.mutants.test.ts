// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describe as describeValue, Invalid, object, text, whole } from '../../../../src/domain/catalog/shape';

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
    ['text that is a number', () => text(1, 'source.file'), 'source.file is not a non-empty text (got 1)'],
    ['text of spaces', () => text('  ', 'source.file'), 'source.file is not a non-empty text (got "  ")'],
    ['empty text', () => text('', 'source.file'), 'source.file is not a non-empty text (got "")'],
    ['a whole number that is text', () => whole('1', 'version', 1), 'version is not a whole number of at least 1 (got "1")'],
    ['a whole number with a fraction', () => whole(1.5, 'version', 1), 'version is not a whole number of at least 1 (got 1.5)'],
    ['a whole number below the least', () => whole(0, 'version', 1), 'version is not a whole number of at least 1 (got 0)'],
  ])('refuses %s', (_what, check, message) => {
    expect(thrown(check)).toBe(message);
  });

  it.each<[string, () => unknown, unknown]>([
    ['an object', () => object({ a: 1 }, 'source'), { a: 1 }],
    ['text', () => text(' x ', 'source.file'), ' x '],
    ['the least whole number', () => whole(1, 'version', 1), 1],
  ])('takes %s', (_what, check, value) => {
    expect(check()).toEqual(value);
  });
});
