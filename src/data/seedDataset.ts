import { queryOptions } from '@tanstack/react-query';
import { parseDatasetText } from '../domain/dataset';
import type { Dataset } from '../domain/types';

export const SEED_URL = `${import.meta.env.BASE_URL}data/top10-seed.json`;

/** A load failure with a sentence a reader can act on. */
export class DatasetLoadError extends Error {
  override name = 'DatasetLoadError';
}

export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch {
    throw new DatasetLoadError('The chart data could not be downloaded. Check your connection and try again.');
  }
  if (!response.ok) {
    throw new DatasetLoadError(`The chart data could not be downloaded (HTTP ${response.status}).`);
  }
  const parsed = parseDatasetText(await response.text());
  if (!parsed.ok) throw new DatasetLoadError(`The chart data file is corrupt: ${parsed.reason}`);
  return parsed.data;
}

export const seedDatasetQuery = () =>
  queryOptions({
    queryKey: ['dataset', SEED_URL],
    queryFn: ({ signal }) => fetchDataset(SEED_URL, signal),
    // A shipped file never changes while the page is open.
    staleTime: 'static',
  });
