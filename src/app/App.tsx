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
          Netflix's weekly global Top 10, title against title: hours viewed, running totals and ranks, as Netflix publishes them.
        </p>
      </header>
      <main id="main">
        {query.isPending ? (
          <LoadingState />
        ) : query.isError ? (
          <ErrorState message={query.error.message} onRetry={() => void query.refetch()} retrying={query.isFetching} />
        ) : (
          <Loaded dataset={query.data} search={search} />
        )}
      </main>
    </div>
  );
}

function Loaded({ dataset, search }: { dataset: Dataset; search: string }) {
  const catalog = useMemo(() => catalogOf(dataset), [dataset]);
  return (
    <ViewStoreProvider init={() => initialStore(catalog, search)}>
      <UrlSync catalog={catalog} />
      <ThemeSync />
      <Dashboard dataset={dataset} catalog={catalog} />
    </ViewStoreProvider>
  );
}
