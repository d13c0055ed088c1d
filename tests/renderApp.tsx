import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
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

function stubFetchWith(defaultBody: string, replies: readonly FetchReply[]) {
  const queue = [...replies];
  const fn = vi.fn(async () => {
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
}

/** Start the whole app from a share link, as a reader would open it. */
export async function renderApp({ url = '/', replies, dataset }: RenderAppOptions = {}) {
  window.history.replaceState(null, '', url);
  // A new page: its chart is static until the reader reaches for it.
  resetEngagement();
  stubFetchWith(dataset ? JSON.stringify(dataset) : SEED_TEXT, replies ?? []);
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
