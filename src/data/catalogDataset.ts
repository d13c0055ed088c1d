import { queryOptions } from '@tanstack/react-query';
import type { WeekTable } from '../domain/catalog/weekTable';
import type { Dataset } from '../domain/types';
import type { Catalog } from '../domain/view';
import type { CatalogReply } from '../workers/catalogProtocol';
import { DatasetLoadError } from './seedDataset';

/** Every title and week, written by `npm run data:import` (scripts/import.ts). */
export const CATALOG_URL = `${import.meta.env.BASE_URL}data/top10-catalog.bin`;

/** The catalog with what the page needs of it worked out once: the view limits, and every week by column. */
export interface LoadedCatalog {
  dataset: Dataset;
  catalog: Catalog;
  table: WeekTable;
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
  const [{ readCatalogParts, openCatalog }, { catalogOfTable }, bytes] = await Promise.all([
    import('../domain/catalog/decode'),
    import('../domain/catalog/weekTable'),
    response.arrayBuffer(),
  ]);
  const decoded = readCatalogParts(bytes);
  if (!decoded.ok) throw damaged(decoded.reason);
  const { dataset, table } = openCatalog(decoded.data);
  return { dataset, table, catalog: catalogOfTable(table.titles.map((t) => t.id), table) };
}

const damaged = (reason: string) => new DatasetLoadError(`The list of all titles is damaged: ${reason}.`);

function defaultWorker(): (() => Worker) | null {
  if (typeof Worker === 'undefined') return null;
  return () => new Worker(new URL('../workers/catalog.worker.ts', import.meta.url), { type: 'module', name: 'top10-catalog' });
}

/** The worker checks the bytes; the page makes the titles, whose weeks are built when first read. */
function decodeInWorker(bytes: ArrayBuffer, worker: Worker, signal?: AbortSignal): Promise<LoadedCatalog> {
  return new Promise((resolve, reject) => {
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
      stop();
      if (reply.type === 'failed') {
        reject(damaged(reply.reason));
        return;
      }
      // A small module of its own: the page needs only this much of the decoder.
      import('../domain/catalog/openCatalog').then(
        ({ openCatalog }) => resolve({ ...openCatalog(reply.parts), catalog: reply.catalog }),
        () => reject(new DatasetLoadError('The list of all titles could not be read: part of the page did not load. Reload the page to try again.')),
      );
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
