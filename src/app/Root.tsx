import type { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import type { Dataset } from '../domain/types';
import { App } from './App';
import { ClientFactoryContext } from './clientFactory';

interface RootProps {
  search: string;
  /** The shipped three titles, when the page carries them (prerendered); otherwise fetched. */
  seed: Dataset | undefined;
  /** The data layer's react-query client; tests pass one that does not retry. */
  makeClient?: () => QueryClient;
}

/**
 * The whole tree, as the browser mounts it and the build prerenders it. One definition, because
 * hydration needs the two to match element for element.
 */
export function Root({ search, seed, makeClient }: RootProps) {
  return (
    <StrictMode>
      <ClientFactoryContext.Provider value={makeClient ?? null}>
        <App search={search} seed={seed} />
      </ClientFactoryContext.Provider>
    </StrictMode>
  );
}
