import { createRoot, hydrateRoot } from 'react-dom/client';
import { EMBED_ID } from '../data/embeddedDataset';
import { makeQueryClient } from './providers';
import { Root } from './Root';

/** Mount the app: hydrate the prerendered default view, or render afresh for any other link. */
export function start(container: HTMLElement): void {
  const search = window.location.search;
  const app = <Root client={makeQueryClient()} search={search} />;
  const prerendered = container.firstElementChild !== null && document.getElementById(EMBED_ID) !== null;
  if (prerendered && search === '') hydrateRoot(container, app);
  else createRoot(container).render(app);
}
