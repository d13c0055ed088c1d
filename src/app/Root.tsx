import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { App } from './App';

/**
 * The whole tree, as the browser mounts it and the build prerenders it. One definition, because
 * hydration needs the two to match element for element.
 */
export function Root({ client, search }: { client: QueryClient; search: string }) {
  return (
    <StrictMode>
      <QueryClientProvider client={client}>
        <App search={search} />
      </QueryClientProvider>
    </StrictMode>
  );
}
