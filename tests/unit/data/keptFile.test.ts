import { describe, expect, it } from 'vitest';
import { KEPT_DB, mayHoldKeptFile } from '../../../src/data/keptFile';

const withDatabases = (databases: () => Promise<IDBDatabaseInfo[]>) => ({ databases }) as unknown as IDBFactory;

describe('mayHoldKeptFile', () => {
  it.each([
    ['no IndexedDB at all', undefined, false],
    ['a browser that cannot list its databases', {} as IDBFactory, true],
    ['a list without the database', withDatabases(async () => [{ name: 'other', version: 1 }]), false],
    ['an empty list', withDatabases(async () => []), false],
    ['a list with the database', withDatabases(async () => [{ name: KEPT_DB, version: 1 }]), true],
    ['a list that fails', withDatabases(() => Promise.reject(new Error('denied'))), true],
  ])('%s: %s', async (_, factory, expected) => {
    expect(await mayHoldKeptFile(factory)).toBe(expected);
  });

  it('names the database the store keeps the file in', () => {
    expect(KEPT_DB).toBe('top10-compare');
  });
});
