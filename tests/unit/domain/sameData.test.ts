import { describe, expect, it } from 'vitest';
import { sameData } from '../../../src/domain/sameData';

describe('sameData', () => {
  it.each([
    ['one number', 1, 1],
    ['NaN and NaN', Number.NaN, Number.NaN],
    ['two strings', 'Squid Game', 'Squid Game'],
    ['null and null', null, null],
    ['arrays of the same items', [1, 'a', null], [1, 'a', null]],
    ['objects with keys in another order', { a: 1, b: [2, { c: 3 }] }, { b: [2, { c: 3 }], a: 1 }],
    ['empty object and empty object', {}, {}],
  ])('%s hold the same data', (_, a, b) => {
    expect(sameData(a, b)).toBe(true);
  });

  it.each([
    ['two numbers', 1, 2],
    ['a number and its text', 1, '1'],
    ['null and undefined', null, undefined],
    ['null and an object', null, {}],
    ['an object and null', {}, null],
    ['an array and an object with index keys', [1], { 0: 1 }],
    ['an object with index keys and an array', { 0: 1 }, [1]],
    ['arrays of different lengths', [1, 2], [1, 2, 3]],
    ['arrays that differ in the last item', [1, 2, 3], [1, 2, 4]],
    ['objects with a key more', { a: 1 }, { a: 1, b: 2 }],
    ['objects with a key fewer', { a: 1, b: 2 }, { a: 1 }],
    ['objects with other keys of the same count', { a: 1 }, { b: 1 }],
    ['a key holding undefined and a missing key', { a: undefined, b: 1 }, { b: 1, c: undefined }],
    ['objects differing deep inside', { a: [{ b: 1 }] }, { a: [{ b: 2 }] }],
  ])('%s differ', (_, a, b) => {
    expect(sameData(a, b)).toBe(false);
  });
});
