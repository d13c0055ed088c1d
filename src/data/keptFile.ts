/** The IndexedDB database that keeps a reader's loaded file (importedStore.ts). */
export const KEPT_DB = 'top10-compare';

/**
 * Whether IndexedDB may hold a kept file. Every visit asks, so this is a few lines on the first
 * view's path; the store's code loads only when the answer is yes. It is no only when the
 * browser can say the database does not exist (or has no IndexedDB at all).
 */
export async function mayHoldKeptFile(factory = globalThis.indexedDB as IDBFactory | undefined): Promise<boolean> {
  if (!factory) return false;
  if (typeof factory.databases !== 'function') return true;
  try {
    return (await factory.databases()).some((d) => d.name === KEPT_DB);
  } catch {
    return true;
  }
}
