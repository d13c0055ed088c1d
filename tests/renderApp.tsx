import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import userEvent from '@testing-library/user-event';
import { expect, vi } from 'vitest';
import { Root } from '../src/app/Root';
import type { Dataset } from '../src/domain/types';
import { resetEngagement } from '../src/charts/engagement';
import { SEED_TEXT } from './seed';

type FetchReply = { status?: number; body?: string } | 'network-error';

/** Serve the shipped dataset (or the given replies, in order) to the app's fetch. */
export function stubFetch(...replies: FetchReply[]) {
  return stubFetchWith(SEED_TEXT, replies);
}

/** The catalog `npm run data:import` wrote (public/data), as the app fetches it. */
const catalogBytes = () => readFileSync(resolve(process.cwd(), 'public/data/top10-catalog.bin'));

function stubFetchWith(defaultBody: string, replies: readonly FetchReply[], catalog = false) {
  const queue = [...replies];
  const fn = vi.fn(async (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : input.toString();
    if (catalog && url.endsWith('/top10-catalog.bin')) return new Response(catalogBytes());
    const reply = queue.length > 1 ? queue.shift()! : (queue[0] ?? { body: defaultBody });
    if (reply === 'network-error') throw new TypeError('Failed to fetch');
    return new Response(reply.body ?? defaultBody, { status: reply.status ?? 200 });
  });
  vi.stubGlobal('fetch', fn);
  return fn;
}

interface RenderAppOptions {
  url?: string;
  replies?: FetchReply[];
  /** Served in place of the shipped seed file, e.g. a few titles of the decoded catalog (tests/catalog.ts). */
  dataset?: Dataset;
  /** Serve the shipped catalog at its address, so a link's other titles can be checked. */
  catalog?: boolean;
}

/** Start the whole app from a share link, as a reader would open it. */
export async function renderApp({ url = '/', replies, dataset, catalog = false }: RenderAppOptions = {}) {
  window.history.replaceState(null, '', url);
  // A new page: its chart is static until the reader reaches for it.
  resetEngagement();
  stubFetchWith(dataset ? JSON.stringify(dataset) : SEED_TEXT, replies ?? [], catalog);
  const makeClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  // The served file arrives by fetch, as on any page but the prerendered one.
  const utils = render(<Root search={window.location.search} seed={undefined} makeClient={makeClient} />);
  if (!replies) await screen.findByRole('region', { name: 'Totals' });
  return { user, ...utils };
}

/**
 * Waits until no panel is marked as updating. A control paints its new state at once; the chart,
 * totals and table follow a frame later and are `aria-busy` until then, as a reader sees them.
 */
export async function settled(): Promise<void> {
  await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull());
}
