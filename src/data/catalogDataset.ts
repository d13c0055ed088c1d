import { queryOptions } from '@tanstack/react-query';
import type { RankTable } from '../domain/catalog/overallRank';
import { catalogOf } from '../domain/dataset';
import type { Dataset } from '../domain/types';
import type { Catalog } from '../domain/view';
import type { CatalogReply } from '../workers/catalogProtocol';
import { DatasetLoadError } from './seedDataset';

/** Every title and week, written by `npm run data:import` (scripts/import.ts). */
export const CATALOG_URL = `${import.meta.env.BASE_URL}data/top10-catalog.bin`;

/** The catalog with what the page needs of it worked out once: the view limits and the overall-rank table. */
export interface LoadedCatalog {
  dataset: Dataset;
  catalog: Catalog;
  ranks: RankTable;
}

export async function fetchCatalog(
  url: string,
  signal?: AbortSignal,
  createWorker: (() => Worker) | null = defaultWorker(),
): Promise<LoadedCatalog> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch {
    throw new DatasetLoadError('The list of all titles could not be downloaded. Check your connection and try again.');
  }
  if (!response.ok) throw new DatasetLoadError(`The list of all titles could not be downloaded (HTTP ${response.status}).`);
  // Decoded in a worker where there is one: on the page it was one task of 50 ms or more.
  if (createWorker) return decodeInWorker(await response.arrayBuffer(), createWorker(), signal);
  // The decoder travels with the catalog, not with the first view.
  const [{ decodeCatalog }, { rankTable }, bytes] = await Promise.all([
    import('../domain/catalog/decode'),
    import('../domain/catalog/overallRank'),
    response.arrayBuffer(),
  ]);
  const decoded = decodeCatalog(bytes);
  if (!decoded.ok) throw damaged(decoded.reason);
  return { dataset: decoded.data, catalog: catalogOf(decoded.data), ranks: rankTable(decoded.data) };
}

const damaged = (reason: string) => new DatasetLoadError(`The list of all titles is damaged: ${reason}.`);

function defaultWorker(): (() => Worker) | null {
  if (typeof Worker === 'undefined') return null;
  return () => new Worker(new URL('../workers/catalog.worker.ts', import.meta.url), { type: 'module', name: 'top10-catalog' });
}

/** Titles arrive in batches, each its own short task; the worker is done with once they have. */
function decodeInWorker(bytes: ArrayBuffer, worker: Worker, signal?: AbortSignal): Promise<LoadedCatalog> {
  return new Promise((resolve, reject) => {
    const titles: Dataset['titles'] = [];
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      stop();
      reject(new DOMException('The catalog download was cancelled.', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort);
    worker.onerror = () => {
      stop();
      reject(new DatasetLoadError('The list of all titles could not be read: its decoder did not start. Reload the page to try again.'));
    };
    worker.onmessage = (event: MessageEvent<CatalogReply>) => {
      const reply = event.data;
      if (reply.type === 'titles') {
        for (const t of reply.titles) titles.push(t);
        return;
      }
      stop();
      if (reply.type === 'failed') {
        reject(damaged(reply.reason));
        return;
      }
      const { premiereWeek, starts } = reply;
      const dataset: Dataset = { source: reply.source, titles };
      const ranks: RankTable = { titles, premiereWeek: titles.map((_, i) => premiereWeek.subarray(starts[i], starts[i + 1])) };
      resolve({ dataset, catalog: reply.catalog, ranks });
    };
    worker.postMessage(bytes, [bytes]);
  });
}

export const catalogQuery = (url: string = CATALOG_URL) =>
  queryOptions({
    queryKey: ['catalog', url],
    queryFn: ({ signal }) => fetchCatalog(url, signal),
    // A shipped file never changes while the page is open.
    staleTime: 'static',
  });
