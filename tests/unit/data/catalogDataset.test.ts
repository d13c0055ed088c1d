import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { QueryClient } from '@tanstack/react-query';
import { catalogQuery, prefetchCatalogWhenIdle } from '../../../src/data/catalogDataset';

const CATALOG = readFileSync(resolve(process.cwd(), 'public/data/top10-catalog.json'), 'utf8');

function client() {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('catalogQuery', () => {
  it('fetches and decodes the catalog: 3,836 titles', async () => {
    const fetch = vi.fn(async () => new Response(CATALOG));
    vi.stubGlobal('fetch', fetch);
    const data = await client().query(catalogQuery('/data/top10-catalog.json'));
    expect(fetch).toHaveBeenCalledWith('/data/top10-catalog.json', expect.anything());
    expect(data.titles).toHaveLength(3_836);
  });

  it.each([
    ['the network fails', () => Promise.reject(new TypeError('Failed to fetch')), 'could not be downloaded. Check your connection'],
    ['the server answers 404', async () => new Response('nope', { status: 404 }), 'could not be downloaded (HTTP 404)'],
    ['the file is cut short', async () => new Response(CATALOG.slice(0, 1000)), 'The list of all titles is damaged: it is not valid JSON'],
  ])('says what went wrong when %s', async (_name, respond, message) => {
    vi.stubGlobal('fetch', vi.fn(respond));
    await expect(client().query(catalogQuery('/c.json'))).rejects.toThrow(message);
  });
});

describe('prefetchCatalogWhenIdle', () => {
  it('waits for the idle callback, then fetches once', async () => {
    let idle: (() => void) | undefined;
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => ((idle = cb), 1));
    const fetch = vi.fn(async () => new Response(CATALOG));
    vi.stubGlobal('fetch', fetch);
    const qc = client();
    prefetchCatalogWhenIdle(qc, { url: '/c.json' });
    expect(fetch).not.toHaveBeenCalled();
    idle?.();
    await vi.waitFor(() => expect(qc.getQueryData(catalogQuery('/c.json').queryKey)?.titles).toHaveLength(3_836));
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('falls back to a timer where there is no requestIdleCallback, and can be cancelled', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const fetch = vi.fn(async () => new Response(CATALOG));
    vi.stubGlobal('fetch', fetch);
    const cancel = prefetchCatalogWhenIdle(client(), { url: '/c.json', fallbackMs: 500 });
    cancel();
    vi.advanceTimersByTime(1000);
    expect(fetch).not.toHaveBeenCalled();
    prefetchCatalogWhenIdle(client(), { url: '/c.json', fallbackMs: 500 });
    vi.advanceTimersByTime(499);
    expect(fetch).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
