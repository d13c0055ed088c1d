import { renderToString } from 'react-dom/server';
import { makeQueryClient } from './app/providers';
import { Root } from './app/Root';
import { seedDatasetQuery } from './data/seedDataset';
import type { Dataset } from './domain/types';

/** The default view as HTML, for the build to put in index.html before any script runs. */
export function renderDefaultView(dataset: Dataset): string {
  const client = makeQueryClient();
  client.setQueryData(seedDatasetQuery().queryKey, dataset);
  return renderToString(<Root client={client} search="" />);
}
