import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Dataset } from '../domain/types';
import { DatasetLoadError } from './seedDataset';

/** Every title and week, written by `npm run data:import` (scripts/import.ts). */
export const CATALOG_URL = `${import.meta.env.BASE_URL}data/top10-catalog.json`;

export async function fetchCatalog(url: string, signal?: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch {
    throw new DatasetLoadError('The list of all titles could not be downloaded. Check your connection and try again.');
  }
  if (!response.ok) throw new DatasetLoadError(`The list of all titles could not be downloaded (HTTP ${response.status}).`);
  // The decoder travels with the catalog, not with the first view.
  const [{ decodeCatalog }, text] = await Promise.all([import('../domain/catalog/decode'), response.text()]);
  const decoded = decodeCatalog(text);
  if (!decoded.ok) throw new DatasetLoadError(`The list of all titles is damaged: ${decoded.reason}.`);
  return decoded.data;
}

export const catalogQuery = (url: string = CATALOG_URL) =>
  queryOptions({
    queryKey: ['catalog', url],
    queryFn: ({ signal }) => fetchCatalog(url, signal),
    // A shipped file never changes while the page is open.
    staleTime: 'static',
  });

interface IdleWindow { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number }

/**
 * Starts fetching the catalog once the page is idle (or after `fallbackMs` where the browser has
 * no requestIdleCallback); a reader who reaches for another title sooner just fetches it first,
 * and react-query shares the one request. Returns a function that cancels the wait.
 */
export function prefetchCatalogWhenIdle(queryClient: QueryClient, { url = CATALOG_URL, fallbackMs = 2000 } = {}): () => void {
  // A failed early fetch costs nothing: the reader who needs the catalog fetches it again.
  const start = () => void queryClient.query(catalogQuery(url)).catch(() => undefined);
  const idle = (globalThis as IdleWindow).requestIdleCallback;
  if (idle) {
    const handle = idle(start, { timeout: 10_000 });
    return () => (globalThis as { cancelIdleCallback?: (h: number) => void }).cancelIdleCallback?.(handle);
  }
  const timer = setTimeout(start, fallbackMs);
  return () => clearTimeout(timer);
}
