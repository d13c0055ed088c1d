import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { seedDatasetQuery } from '../data/seedDataset';
import { catalogOf } from '../domain/dataset';
import type { Dataset } from '../domain/types';
import { ViewStoreProvider } from '../state/ViewStoreContext';
import { Dashboard } from './Dashboard';
import { initialStore } from './urlBinding';
import { ImportedDataProvider, useImportedData } from './ImportedData';
import { decodeView } from '../domain/url/codec';
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
        <p className="masthead__dek">
          Hours viewed, week by week, lined up from each title's first week on the list. Figures are Netflix's own, to the unit.
        </p>
      </header>
      <main id="main">
        {query.isPending ? (
          <LoadingState />
        ) : query.isError ? (
          <ErrorState message={query.error.message} onRetry={() => void query.refetch()} retrying={query.isFetching} />
        ) : (
          <ImportedDataProvider shipped={query.data}>
            <Loaded shipped={query.data} search={search} />
          </ImportedDataProvider>
        )}
      </main>
    </div>
  );
}

function Loaded({ shipped, search }: { shipped: Dataset; search: string }) {
  const { stored, restoring } = useImportedData();
  const dataset = stored?.dataset ?? shipped;
  const catalog = useMemo(() => catalogOf(dataset), [dataset]);
  // A link naming titles or weeks only a kept file has waits for IndexedDB rather than losing them.
  const waits = useMemo(() => restoring && decodeView(search, catalog).issues.length > 0, [restoring, search, catalog]);
  if (waits) return <LoadingState />;
  return (
    // A new dataset re-reads the view from the address, checked against its titles and weeks.
    <ViewStoreProvider key={stored?.savedAt ?? 'shipped'} init={() => initialStore(catalog, typeof window === 'undefined' ? search : window.location.search)}>
      <UrlSync catalog={catalog} />
      <ThemeSync />
      <Dashboard dataset={dataset} catalog={catalog} />
    </ViewStoreProvider>
  );
}
