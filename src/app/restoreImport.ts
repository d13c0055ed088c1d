import { importedStore } from '../data/importedStore';
import type { ShownImport } from './importFile';

/**
 * The kept file, unpacked a slice per task; null when none is kept. Every visit asks, so this
 * is small: the unpacker loads only when IndexedDB holds a file, and the importer not at all.
 */
export async function restoreImport(): Promise<ShownImport | null> {
  const kept = await importedStore().load();
  if (!kept) return null;
  const { packed, ...meta } = kept;
  const { unpackInSlices } = await import('../data/unpackDataset');
  return { dataset: await unpackInSlices(packed), ...meta };
}
