import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { Root } from '../src/app/Root';
import { SEED_TEXT } from './seed';

type FetchReply = { status?: number; body?: string } | 'network-error';

/** Serve the shipped dataset (or the given replies, in order) to the app's fetch. */
export function stubFetch(...replies: FetchReply[]) {
  const queue = [...replies];
  const fn = vi.fn(async () => {
    const reply = queue.length > 1 ? queue.shift()! : (queue[0] ?? { body: SEED_TEXT });
    if (reply === 'network-error') throw new TypeError('Failed to fetch');
    return new Response(reply.body ?? SEED_TEXT, { status: reply.status ?? 200 });
  });
  vi.stubGlobal('fetch', fn);
  return fn;
}

/** Start the whole app from a share link, as a reader would open it. */
export async function renderApp({ url = '/', replies }: { url?: string; replies?: FetchReply[] } = {}) {
  window.history.replaceState(null, '', url);
  stubFetch(...(replies ?? []));
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  const utils = render(<Root client={client} search={window.location.search} />);
  if (!replies) await screen.findByRole('region', { name: 'Totals' });
  return { user, ...utils };
}
