import { createContext, useContext, useEffect } from 'react';
import type { LoadedCatalog } from '../data/catalogDataset';
import type { WeekTable } from '../domain/catalog/weekTable';

/** How the catalog's fetch is going, as the data layer (app/queries.tsx) reports it. */
export interface CatalogFetch {
  status: 'loading' | 'error' | 'ready';
  data: LoadedCatalog | undefined;
  error: string | undefined;
  retry: () => void;
}

/** Every title Netflix listed: arrives after the first view, and the search waits for it. */
export interface CatalogState {
  /** Its weeks by column, with its titles. */
  full: WeekTable | undefined;
  status: 'loading' | 'error' | 'ready';
  error: string | undefined;
  /** The reader reached for another title: fetch now rather than when idle. */
  want: () => void;
  retry: () => void;
  /** The figure (chart, table or empty-range message) is on screen: the idle fetch may start. */
  drawn: () => void;
}

export const CatalogContext = createContext<CatalogState | null>(null);

export function useCatalog(): CatalogState {
  const value = useContext(CatalogContext);
  if (!value) throw new Error('useCatalog outside CatalogContext');
  return value;
}

/**
 * Called by whatever fills the figure once it is on screen, so the catalog's idle fetch and its
 * worker never compete with the first chart for the network or the CPU. Outside the app (a
 * component test, an export) there is nothing to tell.
 */
export function useFigureDrawn(): void {
  const drawn = useContext(CatalogContext)?.drawn;
  useEffect(() => drawn?.(), [drawn]);
}

/** Put beside a lazily loaded part, inside its Suspense: it mounts when the part has come. */
export function FigureDrawn(): null {
  useFigureDrawn();
  return null;
}
