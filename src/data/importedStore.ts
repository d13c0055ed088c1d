import { checkPacked, type PackedDataset } from '../domain/import/packed';
import { KEPT_DB } from './keptFile';

/**
 * The reader's imported data, kept in IndexedDB so it is there after a reload. One record: a
 * second file replaces the first. The shipped files are never touched.
 */
const DB = KEPT_DB;
const STORE = 'imported';
const KEY = 'current';
const VERSION = 1;

export interface StoredImport {
  /** Typed arrays: stored and read back without a long main-thread task, even at 200,000 weeks. */
  packed: PackedDataset;
  /** The summary sentence shown when it was loaded. */
  sentence: string;
  /** The file's name as the reader chose it. */
  fileName: string;
  savedAt: string;
}

function open(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB, VERSION);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB would not open'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

async function run<T>(factory: IDBFactory, mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open(factory);
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

export function importedStore(factory = globalThis.indexedDB as IDBFactory | undefined) {
  return {
    async save(value: StoredImport): Promise<void> {
      if (!factory) throw new Error('This browser cannot keep files (no IndexedDB); the data stays until the page closes.');
      await run(factory, 'readwrite', (s) => s.put(value, KEY));
    },
    /** The kept import, or null when there is none or it no longer reads as a dataset. */
    async load(): Promise<StoredImport | null> {
      if (!factory) return null;
      const value = await run<unknown>(factory, 'readonly', (s) => s.get(KEY));
      if (typeof value !== 'object' || value === null) return null;
      const stored = value as Partial<StoredImport>;
      const checked = checkPacked(stored.packed);
      if (!checked.ok || typeof stored.sentence !== 'string' || typeof stored.fileName !== 'string') return null;
      return {
        packed: checked.data,
        sentence: stored.sentence,
        fileName: stored.fileName,
        savedAt: typeof stored.savedAt === 'string' ? stored.savedAt : '',
      };
    },
    async forget(): Promise<void> {
      if (!factory) return;
      await run(factory, 'readwrite', (s) => s.delete(KEY));
    },
  };
}
