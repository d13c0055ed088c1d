import type { ImportProgress } from '../components/useFileImport';
import { importedStore, type StoredImport } from '../data/importedStore';
import { loadNetflixFile } from '../data/loadNetflixFile';
import type { Dataset, Result } from '../domain/types';

/**
 * Reads a reader's file, shows it (`show`), and keeps it for the next visit. Loaded on demand
 * with the first file, so none of it weighs on the first view.
 */
export async function importFile(
  file: File,
  shipped: Dataset,
  options: { onProgress: (p: ImportProgress) => void; signal: AbortSignal },
  show: (kept: StoredImport) => void,
): Promise<Result<string>> {
  const result = await loadNetflixFile(file, { shipped, ...options });
  if (!result.ok) return result;
  const kept: StoredImport = { dataset: result.data.dataset, sentence: result.data.sentence, fileName: file.name, savedAt: new Date().toISOString() };
  show(kept);
  try {
    await importedStore().save(kept);
  } catch (err) {
    return { ok: true, data: `${kept.sentence} It is shown now but could not be kept for your next visit (${err instanceof Error ? err.message : String(err)}).` };
  }
  return { ok: true, data: kept.sentence };
}
