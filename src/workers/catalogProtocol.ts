import type { Dataset, DatasetSource } from '../domain/types';
import type { Catalog } from '../domain/view';

/**
 * Catalog worker -> page. Titles come in batches, so no single message costs the page a long
 * task to take in; `done` then brings what the page would otherwise work out itself: the view
 * limits and every week's place under "week since premiere", flat, with each title's start.
 */
export type CatalogReply =
  | { type: 'titles'; titles: Dataset['titles'] }
  | { type: 'done'; source: DatasetSource; catalog: Catalog; premiereWeek: Int32Array; starts: Uint32Array; decodeMs: number }
  | { type: 'failed'; reason: string };
