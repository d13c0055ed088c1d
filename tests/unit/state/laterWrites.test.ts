import { afterEach, describe, expect, it, vi } from 'vitest';
import { laterWrites, type HistoryWrite } from '../../../src/app/urlBinding';

describe('laterWrites: the address is written after the click, in order, and Back cancels what is pending', () => {
  afterEach(() => vi.useRealTimers());

  const setup = () => {
    vi.useFakeTimers();
    const written: [string, HistoryWrite][] = [];
    const writes = laterWrites((search, mode) => written.push([search, mode]));
    return { written, writes };
  };

  it('writes nothing inside the input, then every change in order', () => {
    const { written, writes } = setup();
    writes.add('?metric=cumulative', 'push');
    writes.add('?weeks=1..5&metric=cumulative', 'push');
    writes.add('?weeks=1..4&metric=cumulative', 'replace');
    expect(written).toEqual([]);
    vi.runAllTimers();
    expect(written).toEqual([
      ['?metric=cumulative', 'push'],
      ['?weeks=1..5&metric=cumulative', 'push'],
      ['?weeks=1..4&metric=cumulative', 'replace'],
    ]);
  });

  it('drops pending writes on Back, so the entry reached is not buried', () => {
    const { written, writes } = setup();
    writes.add('?metric=rank', 'push');
    writes.drop();
    vi.runAllTimers();
    expect(written).toEqual([]);
    writes.add('?metric=views', 'push');
    vi.runAllTimers();
    expect(written).toEqual([['?metric=views', 'push']]);
  });

  it('flushes at once when the page lets go of the store, and never twice', () => {
    const { written, writes } = setup();
    writes.add('?chart=bar', 'push');
    writes.flush();
    expect(written).toEqual([['?chart=bar', 'push']]);
    vi.runAllTimers();
    expect(written).toHaveLength(1);
  });
});
