import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { EMBED_ID } from '../data/embeddedDataset';
import { readEmbeddedDataset } from '../data/readEmbeddedDataset';
import { Root } from './Root';

/** Mount the app: hydrate the prerendered default view, or render afresh for any other link. */
export function start(container: HTMLElement): void {
  const search = window.location.search;
  const app = <Root search={search} seed={readEmbeddedDataset()} />;
  const prerendered = container.firstElementChild !== null && document.getElementById(EMBED_ID) !== null;
  const options = { onCaughtError };
  // In a transition, React renders in slices of a few ms and yields between them, so start-up is
  // many short tasks rather than one long one. The prerendered page is on screen meanwhile.
  startTransition(() => {
    if (prerendered && search === '') hydrateRoot(container, app, options);
    else createRoot(container, options).render(app);
  });
}

/** An error a boundary caught is shown on the page (LazyBoundary): a warning, not an error. */
function onCaughtError(error: unknown): void {
  console.warn('Shown on the page instead of the part that failed:', error);
}
