import type { ImportProgress } from '../components/useFileImport';
import { importedStore, type StoredImport } from '../data/importedStore';
import { loadNetflixFile } from '../data/loadNetflixFile';
import { unpackInSlices } from '../data/unpackDataset';
import type { ImportedDataset } from '../domain/import/types';
import type { Dataset, Result } from '../domain/types';

/** The loaded file as the page shows it. */
export interface ShownImport {
  dataset: ImportedDataset;
  sentence: string;
  fileName: string;
  savedAt: string;
}

/** The kept file, unpacked a slice per task; null when none is kept. */
export async function restoreImport(): Promise<ShownImport | null> {
  const kept = await importedStore().load();
  if (!kept) return null;
  const { packed, ...meta } = kept;
  return { dataset: await unpackInSlices(packed), ...meta };
}

/**
 * Reads a reader's file, shows it (`show`), and keeps it for the next visit. Loaded on demand
 * with the first file, so none of it weighs on the first view.
 */
export async function importFile(
  file: File,
  shipped: Dataset,
  options: { onProgress: (p: ImportProgress) => void; signal: AbortSignal },
  show: (shown: ShownImport) => void,
): Promise<Result<string>> {
  const result = await loadNetflixFile(file, { shipped, ...options });
  if (!result.ok) return result;
  const kept: StoredImport = {
    packed: result.data.packed,
    sentence: result.data.sentence,
    fileName: file.name,
    savedAt: new Date().toISOString(),
  };
  show({ dataset: result.data.dataset, sentence: kept.sentence, fileName: kept.fileName, savedAt: kept.savedAt });
  try {
    await importedStore().save(kept);
  } catch (err) {
    return {
      ok: true,
      data: `${kept.sentence} It is shown now but could not be kept for your next visit (${err instanceof Error ? err.message : String(err)}).`,
    };
  }
  return { ok: true, data: kept.sentence };
}

export function forgetImport(): Promise<void> {
  return importedStore().forget();
}
