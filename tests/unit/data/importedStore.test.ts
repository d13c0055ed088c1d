// @vitest-environment node
import { IDBFactory } from 'fake-indexeddb';
import { importedStore, type StoredImport } from '../../../src/data/importedStore';
import { packDataset, unpackDataset } from '../../../src/domain/import/packed';
import type { ImportedDataset } from '../../../src/domain/import/types';
import { loadSeed } from '../../seed';

function stored(): StoredImport {
  const seed = loadSeed();
  const dataset: ImportedDataset = {
    source: { ...seed.source, file: 'mine.tsv' },
    titles: seed.titles.map((t, i) =>
      i === 2 ? { ...t, launch: { staggered: true, episodes: [{ episodes: '1-2', launchDate: '2022-02-28' }], raw: null } } : t,
    ),
  };
  return { packed: packDataset(dataset), sentence: 'Loaded 3 rows.', fileName: 'mine.tsv', savedAt: '2026-07-21T10:00:00Z' };
}

describe('importedStore', () => {
  it('keeps the imported data across opens (a reload), launch facts included', async () => {
    const factory = new IDBFactory();
    await importedStore(factory).save(stored());
    const kept = await importedStore(factory).load();
    expect(kept && unpackDataset(kept.packed)).toEqual(unpackDataset(stored().packed));
    expect(kept && unpackDataset(kept.packed).titles[2]?.launch).toEqual({
      staggered: true,
      episodes: [{ episodes: '1-2', launchDate: '2022-02-28' }],
      raw: null,
    });
    expect(kept?.fileName).toBe('mine.tsv');
  });

  it('packs and unpacks to the very same dataset', () => {
    const seed = loadSeed();
    expect(unpackDataset(packDataset(seed))).toEqual(seed);
  });

  it('is empty at first, and again after forget()', async () => {
    const factory = new IDBFactory();
    const store = importedStore(factory);
    expect(await store.load()).toBeNull();
    await store.save(stored());
    await store.forget();
    expect(await store.load()).toBeNull();
  });

  it('a second file replaces the first', async () => {
    const store = importedStore(new IDBFactory());
    await store.save(stored());
    await store.save({ ...stored(), fileName: 'newer.xlsx' });
    expect((await store.load())?.fileName).toBe('newer.xlsx');
  });

  it('ignores a kept record that no longer reads as a dataset', async () => {
    const store = importedStore(new IDBFactory());
    const packed = stored().packed;
    await store.save({ ...stored(), packed: { ...packed, rank: packed.rank.map((r, i) => (i === 5 ? 11 : r)) } });
    expect(await store.load()).toBeNull();
  });

  it('without IndexedDB, load finds nothing and save says why it cannot keep the file', async () => {
    const store = importedStore(undefined);
    expect(await store.load()).toBeNull();
    await expect(store.save(stored())).rejects.toThrow('This browser cannot keep files (no IndexedDB)');
  });
});
