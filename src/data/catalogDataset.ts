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
  // Decoded in a worker where there is one: on the page it was one task of 50 ms or more. The
  // worker starts with the download, so its code loads and compiles while the bytes travel.
  const decoder = createWorker ? startDecoder(createWorker(), signal) : null;
  let bytes: ArrayBuffer;
  try {
    bytes = await download(url, signal);
  } catch (err) {
    decoder?.stop();
    throw err;
  }
  if (decoder) return decoder.decode(bytes);
  // The decoder travels with the catalog, not with the first view.
  const [{ readCatalogParts, openCatalog }, { catalogOfTable }] = await Promise.all([
    import('../domain/catalog/decode'),
    import('../domain/catalog/weekTable'),
  ]);
  const decoded = readCatalogParts(bytes);
  if (!decoded.ok) throw damaged(decoded.reason);
  const { dataset, table } = openCatalog(decoded.data);
  return { dataset, table, catalog: catalogOfTable(decoded.data.titles.id, table) };
}

async function download(url: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  const lost = 'The list of all titles could not be downloaded. Check your connection and try again.';
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch {
    throw new DatasetLoadError(lost);
  }
  if (!response.ok) throw new DatasetLoadError(`The list of all titles could not be downloaded (HTTP ${response.status}).`);
  try {
    return await response.arrayBuffer();
  } catch {
    // The connection broke while the body came.
    throw new DatasetLoadError(lost);
  }
}

const damaged = (reason: string) => new DatasetLoadError(`The list of all titles is damaged: ${reason}.`);

function defaultWorker(): (() => Worker) | null {
  if (typeof Worker === 'undefined') return null;
  return () => new Worker(new URL('../workers/catalog.worker.ts', import.meta.url), { type: 'module', name: 'top10-catalog' });
}

/**
 * The worker, listened to from the start (it may fail to load before the bytes come): it checks
 * the bytes and sends their parts; the page makes the titles, whose weeks are built when first read.
 */
function startDecoder(worker: Worker, signal?: AbortSignal) {
  let failed: Error | null = null;
  let settle: { resolve: (c: LoadedCatalog) => void; reject: (e: unknown) => void } | null = null;
  const stop = () => {
    worker.terminate();
    signal?.removeEventListener('abort', onAbort);
  };
  const fail = (err: Error) => {
    stop();
    failed = err;
    settle?.reject(err);
  };
  const onAbort = () => fail(new DOMException('The catalog download was cancelled.', 'AbortError'));
  signal?.addEventListener('abort', onAbort);
  // A small module of its own, the part of the decoder the page needs, loaded meanwhile.
  const opener = import('../domain/catalog/openCatalog');
  opener.catch(() => undefined);
  worker.onerror = () =>
    fail(new DatasetLoadError('The list of all titles could not be read: its decoder did not start. Reload the page to try again.'));
  worker.onmessage = (event: MessageEvent<CatalogReply>) => {
    const reply = event.data;
    stop();
    if (reply.type === 'failed') {
      settle?.reject(damaged(reply.reason));
      return;
    }
    opener.then(
      ({ openCatalog }) => {
        const started = performance.now();
        const opened = openCatalog(reply.parts);
        // For the bench and DevTools: the page's part of the decode (the worker's is reply.decodeMs).
        performance.measure('catalog-open', { start: started });
        settle?.resolve({ ...opened, catalog: reply.catalog });
      },
      () =>
        settle?.reject(
          new DatasetLoadError('The list of all titles could not be read: part of the page did not load. Reload the page to try again.'),
        ),
    );
  };
  return {
    stop,
    decode: (bytes: ArrayBuffer) =>
      new Promise<LoadedCatalog>((resolve, reject) => {
        if (failed) {
          reject(failed);
          return;
        }
        settle = { resolve, reject };
        worker.postMessage(bytes, [bytes]);
      }),
  };
}

export const catalogQuery = (url: string = CATALOG_URL) =>
  queryOptions({
    queryKey: ['catalog', url],
    queryFn: ({ signal }) => fetchCatalog(url, signal),
    // A shipped file never changes while the page is open.
    staleTime: 'static',
  });
