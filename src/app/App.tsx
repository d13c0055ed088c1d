import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { catalogQuery, prefetchCatalogWhenIdle, type LoadedCatalog } from '../data/catalogDataset';
import { seedDatasetQuery } from '../data/seedDataset';
import { catalogOf } from '../domain/dataset';
import type { Dataset } from '../domain/types';
import { linkNeedsMore } from '../domain/url/codec';
import { CatalogContext, type CatalogState } from '../state/CatalogContext';
import { ViewStoreProvider } from '../state/ViewStoreContext';
import { Dashboard } from './Dashboard';
import { ImportedDataProvider, useImportedData } from './ImportedData';
import { initialStore } from './urlBinding';
import { UrlSync } from './UrlSync';
import { ThemeSync } from './ThemeSync';
import { ReadyMarker } from './ReadyMarker';

/** `search` is the link's query string: window.location.search in the browser, '' when prerendering. */
export function App({ search }: { search: string }) {
  const query = useQuery(seedDatasetQuery());
  return (
    <div className="page">
      <ReadyMarker />
      <header className="masthead">
        <p className="masthead__kicker">Top 10 Compare</p>
        <h1 className="masthead__title">How hits compare in Netflix's global Top 10</h1>
      </header>
      <main id="main">
        {query.isPending ? (
          <LoadingState />
        ) : query.isError ? (
          <ErrorState message={query.error.message} onRetry={() => void query.refetch()} retrying={query.isFetching} />
        ) : (
          <WithCatalog shipped={query.data} search={search} />
        )}
      </main>
    </div>
  );
}

/**
 * The first view runs on the shipped three titles; every other title arrives with the catalog,
 * fetched once the page is idle or when the reader first reaches for another title.
 */
function WithCatalog({ shipped, search }: { shipped: Dataset; search: string }) {
  const client = useQueryClient();
  const [wanted, setWanted] = useState(false);
  const needsCatalog = useMemo(() => linkNeedsMore(search, catalogOf(shipped)), [search, shipped]);
  const full = useQuery({ ...catalogQuery(), enabled: needsCatalog || wanted });
  useEffect(() => prefetchCatalogWhenIdle(client), [client]);
  const fullest = useCallback(
    () =>
      client.query(catalogQuery()).then(
        (c) => c.dataset,
        () => shipped,
      ),
    [client, shipped],
  );
  const catalogState: CatalogState = useMemo(
    () => ({
      full: full.data?.dataset,
      status: full.isError ? 'error' : full.data ? 'ready' : 'loading',
      error: full.error?.message,
      want: () => setWanted(true),
      retry: () => void full.refetch(),
    }),
    [full],
  );
  // A link naming a title or week only the catalog holds waits for it: nothing is dropped for arriving late.
  if (needsCatalog && full.isPending) return <LoadingState message="Opening the linked view: loading every title…" />;
  return (
    <CatalogContext.Provider value={catalogState}>
      {/* A reader's own Netflix file is merged with the fullest data this page has. */}
      <ImportedDataProvider base={fullest}>
        <Loaded base={full.data?.dataset ?? shipped} facts={full.data} complete={full.data !== undefined} search={search} />
      </ImportedDataProvider>
    </CatalogContext.Provider>
  );
}

function Loaded({ base, facts, complete, search }: { base: Dataset; facts: LoadedCatalog | undefined; complete: boolean; search: string }) {
  const { stored, restoring } = useImportedData();
  const dataset = stored?.dataset ?? base;
  // The catalog's limits come worked out with it; a reader's own file gets its own.
  const catalog = useMemo(() => (facts?.dataset === dataset ? facts.catalog : catalogOf(dataset)), [dataset, facts]);
  // The store outlives a change of data (the view stays); its actions read the newest limits.
  const catalogRef = useRef(catalog);
  useLayoutEffect(() => {
    catalogRef.current = catalog;
  }, [catalog]);
  // A link naming titles or weeks only a kept file has waits for IndexedDB rather than losing them.
  const waits = useMemo(() => restoring && linkNeedsMore(search, catalog), [restoring, search, catalog]);
  if (waits) return <LoadingState message="Opening the linked view: reading your loaded Netflix file…" />;
  return (
    <ViewStoreProvider
      init={() => initialStore(catalog, search, () => catalogRef.current, complete || stored ? dataset.source : undefined)}
    >
      <UrlSync catalog={catalog} />
      <ThemeSync />
      <Dashboard dataset={dataset} catalog={catalog} ranks={facts?.ranks} complete={complete || stored !== null} />
    </ViewStoreProvider>
  );
}
