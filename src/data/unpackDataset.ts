import { isoCache, unpackTitles, type PackedDataset } from '../domain/import/packed';
import type { ImportedDataset } from '../domain/import/types';

/** About 5 ms of work per slice on this machine's Chromium: well under a 50 ms long task. */
const WEEKS_PER_SLICE = 8_000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The app's dataset from a packed one, a slice per task so the page answers input meanwhile. */
export async function unpackInSlices(p: PackedDataset): Promise<ImportedDataset> {
  const isoOf = isoCache();
  const titles: ImportedDataset['titles'] = [];
  let from = 0;
  while (from < p.titles.length) {
    // The first slice too: the caller's task (a worker's message) has already done its share.
    await nextTask();
    let to = from + 1;
    while (to < p.titles.length && p.offsets[to]! - p.offsets[from]! < WEEKS_PER_SLICE) to++;
    titles.push(...unpackTitles(p, from, to, isoOf));
    from = to;
  }
  return { source: p.source, titles };
}
