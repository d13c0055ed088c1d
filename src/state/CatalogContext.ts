import { createContext, useContext } from 'react';
import type { Dataset } from '../domain/types';

/** Every title Netflix listed: arrives after the first view, and the search waits for it. */
export interface CatalogState {
  full: Dataset | undefined;
  status: 'loading' | 'error' | 'ready';
  error: string | undefined;
  /** The reader reached for another title: fetch now rather than when idle. */
  want: () => void;
  retry: () => void;
}

export const CatalogContext = createContext<CatalogState | null>(null);

export function useCatalog(): CatalogState {
  const value = useContext(CatalogContext);
  if (!value) throw new Error('useCatalog outside CatalogContext');
  return value;
}
