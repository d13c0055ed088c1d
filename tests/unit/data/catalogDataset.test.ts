import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { QueryClient } from '@tanstack/react-query';
import { catalogQuery, fetchCatalog } from '../../../src/data/catalogDataset';
import { whenIdle } from '../../../src/state/whenIdle';
import { catalogReply } from '../../../src/workers/catalogJob';

const CATALOG = readFileSync(resolve(process.cwd(), 'public/data/top10-catalog.bin'));

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
    const data = await client().query(catalogQuery('/data/top10-catalog.bin'));
    expect(fetch).toHaveBeenCalledWith('/data/top10-catalog.bin', expect.anything());
    expect(data.dataset.titles).toHaveLength(3_836);
    // The longest run on the list is KPop Demon Hunters' 57 weeks (docs/url.md).
    expect(data.catalog.maxWeek.top10).toBe(57);
    // Since premiere, where none is known, counts from the first week on the list: Rust Creek was
    // listed 2021-07-18 and again 2026-07-12, 261 weeks apart counting both (docs/url.md).
    expect(data.catalog.maxWeek.premiere).toBe(261);
    expect(data.table.titles).toBe(data.dataset.titles);
  });

  it.each([
    ['the network fails', () => Promise.reject(new TypeError('Failed to fetch')), 'could not be downloaded. Check your connection'],
    ['the server answers 404', async () => new Response('nope', { status: 404 }), 'could not be downloaded (HTTP 404)'],
    [
      'the file is cut short',
      async () => new Response(CATALOG.subarray(0, 1000)),
      `The list of all titles is damaged: it is 1000 bytes where its header describes ${CATALOG.length} (the download may have been cut short).`,
    ],
  ])('says what went wrong when %s', async (_name, respond, message) => {
    vi.stubGlobal('fetch', vi.fn(respond));
    await expect(client().query(catalogQuery('/c.bin'))).rejects.toThrow(message);
  });
});

describe('whenIdle', () => {
  it('waits for the idle callback, then runs once', () => {
    let idle: (() => void) | undefined;
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => ((idle = cb), 1));
    const task = vi.fn();
    whenIdle(task);
    expect(task).not.toHaveBeenCalled();
    idle?.();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('cancels the idle callback it asked for', () => {
    const cancel = vi.fn();
    vi.stubGlobal('requestIdleCallback', () => 7);
    vi.stubGlobal('cancelIdleCallback', cancel);
    whenIdle(vi.fn())();
    expect(cancel).toHaveBeenCalledWith(7);
  });

  it('falls back to a timer where there is no requestIdleCallback, and can be cancelled', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const task = vi.fn();
    const cancel = whenIdle(task, { fallbackMs: 500 });
    cancel();
    vi.advanceTimersByTime(1000);
    expect(task).not.toHaveBeenCalled();
    whenIdle(task, { fallbackMs: 500 });
    vi.advanceTimersByTime(499);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });
});

/** The worker's own job behind a stand-in for Worker: its reply cloned as postMessage clones it, in a task of its own. */
function fakeWorker(): Worker {
  const worker = {
    onmessage: null as ((e: MessageEvent) => void) | null,
    onerror: null,
    terminated: false,
    terminate() {
      worker.terminated = true;
    },
    postMessage(bytes: ArrayBuffer) {
      const { reply, transfer } = catalogReply(bytes);
      const data: unknown = structuredClone(reply, { transfer });
      setTimeout(() => worker.terminated || worker.onmessage?.({ data } as MessageEvent));
    },
  };
  return worker as unknown as Worker;
}

describe('fetchCatalog through its worker', () => {
  it('makes the titles from what the worker sends: every title and week, the limits and the table', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(CATALOG)),
    );
    const { dataset, catalog, table } = await fetchCatalog('/c.bin', undefined, fakeWorker);
    expect(dataset.titles).toHaveLength(3_836);
    expect(dataset.titles.reduce((n, t) => n + t.weeks.length, 0)).toBe(10_560);
    expect(catalog.maxWeek.top10).toBe(57);
    expect(table.titles).toBe(dataset.titles);
    expect(table.starts[3_836]).toBe(10_560);
    const squid = dataset.titles.findIndex((t) => t.id === 'squid-game-s1');
    // Squid Game S1 premiered Sep 17, 2021: its first week on the list (ending Sep 19) is week 1,
    // and that week's row in Netflix's file has 63,190,000 hours at #1.
    const first = table.starts[squid]!;
    expect(Array.from(table.premiereWeek.slice(first, first + 3))).toEqual([1, 2, 3]);
    expect(dataset.titles[squid]!.weeks[0]).toMatchObject({ week: '2021-09-19', rank: 1, hours: 63_190_000, views: null });
  });

  it('names a damaged file, from the worker', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(new TextEncoder().encode('<!doctype html><title>Moved Permanently</title>'))),
    );
    await expect(fetchCatalog('/c.bin', undefined, fakeWorker)).rejects.toThrow(
      'The list of all titles is damaged: it is not a title catalog (it begins "<!doctype html><title>Mo"…).',
    );
  });
});
