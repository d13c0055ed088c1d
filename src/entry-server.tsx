import { renderToString } from 'react-dom/server';
import { Root } from './app/Root';
import type { Dataset } from './domain/types';

/** The default view as HTML, for the build to put in index.html before any script runs. */
export function renderDefaultView(dataset: Dataset): string {
  return renderToString(<Root search="" seed={dataset} />);
}
