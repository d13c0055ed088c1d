import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useContext, useEffect, useState, type ReactNode } from 'react';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { catalogQuery } from '../data/catalogDataset';
import { seedDatasetQuery } from '../data/seedDataset';
import type { Dataset } from '../domain/types';
import type { CatalogFetch } from '../state/CatalogContext';
import { ClientFactoryContext } from './clientFactory';
import { makeQueryClient } from './providers';

/**
 * The data layer: react-query and the fetches it runs. It loads after the first view, whose
 * data is embedded in the page, so none of it weighs on the first paint: when the page has no
 * embedded copy of the shipped file (any page but the prerendered one), or when the catalog is
 * wanted.
 */
function QueryHost({ children }: { children: ReactNode }) {
  const factory = useContext(ClientFactoryContext);
  const [client] = useState(factory ?? makeQueryClient);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

export interface SeedQueryProps {
  children: (shipped: Dataset) => ReactNode;
}

export interface CatalogQueryProps {
  onChange: (fetch: CatalogFetch) => void;
}

/** The shipped three titles fetched, with a loading state and a Retry; then `children` with them. */
export function SeedQuery({ children }: SeedQueryProps) {
  return (
    <QueryHost>
      <Seed>{children}</Seed>
    </QueryHost>
  );
}

function Seed({ children }: { children: (shipped: Dataset) => ReactNode }) {
  const query = useQuery(seedDatasetQuery());
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState message={query.error.message} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  return children(query.data);
}

/** Fetches every title and reports how it goes; draws nothing. */
export function CatalogQuery({ onChange }: CatalogQueryProps) {
  return (
    <QueryHost>
      <Catalog onChange={onChange} />
    </QueryHost>
  );
}

function Catalog({ onChange }: { onChange: (fetch: CatalogFetch) => void }) {
  const { data, error, isFetching, refetch } = useQuery(catalogQuery());
  useEffect(() => {
    const retry = () => void refetch();
    if (data) onChange({ status: 'ready', data, error: undefined, retry });
    else if (error && !isFetching) onChange({ status: 'error', data: undefined, error: error.message, retry });
    else onChange({ status: 'loading', data: undefined, error: undefined, retry });
  }, [data, error, isFetching, refetch, onChange]);
  return null;
}
