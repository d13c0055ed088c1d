import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import { AppProviders, makeQueryClient } from './app/providers';
import { seedDatasetQuery } from './data/seedDataset';
import type { Dataset } from './domain/types';

/** The default view as HTML, for the build to put in index.html before any script runs. */
export function renderDefaultView(dataset: Dataset): string {
  const client = makeQueryClient();
  client.setQueryData(seedDatasetQuery().queryKey, dataset);
  return renderToString(
    <StrictMode>
      <AppProviders client={client}>
        <App search="" />
      </AppProviders>
    </StrictMode>,
  );
}
