import { Component, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { LazyBoundary } from '../components/LazyBoundary';
import { LoadingState } from '../components/LoadingState';
import { retryableLazy } from '../components/retryableLazy';
import type { LoadedCatalog } from '../data/catalogDataset';
import { catalogOf } from '../domain/dataset';
import type { Dataset } from '../domain/types';
import { linkNeedsMore } from '../domain/url/codec';
import { withLeftOutTitles } from '../domain/url/linkData';
import { CatalogContext, type CatalogFetch, type CatalogState } from '../state/CatalogContext';
import { ViewStoreProvider } from '../state/ViewStoreContext';
import { whenIdle } from '../state/whenIdle';
import { Dashboard } from './Dashboard';
import { ImportedDataProvider, useImportedData } from './ImportedData';
import type { CatalogQueryProps, SeedQueryProps } from './queries';
import { initialStore } from './urlBinding';
import { UrlSync } from './UrlSync';
import { ThemeSync } from './ThemeSync';
import { ReadyMarker } from './ReadyMarker';

// The data layer (react-query) loads after the first view: its data is embedded in the page.
const SeedQuery = retryableLazy<SeedQueryProps>(() => import('./queries').then((m) => ({ default: m.SeedQuery })));
const CatalogQuery = retryableLazy<CatalogQueryProps>(() => import('./queries').then((m) => ({ default: m.CatalogQuery })));

/**
 * `search` is the link's query string: window.location.search in the browser, '' when
 * prerendering. `seed` is the shipped three titles when the page carries them (the prerendered
 * page embeds them); otherwise they are fetched.
 */
export function App({ search, seed }: { search: string; seed: Dataset | undefined }) {
  return (
    <div className="page">
      <ReadyMarker />
      <header className="masthead">
        <p className="masthead__kicker">Top 10 Compare</p>
        <h1 className="masthead__title">How hits compare in Netflix's global Top 10</h1>
      </header>
      <main id="main">
        {seed ? (
          <WithCatalog shipped={seed} search={search} />
        ) : (
          <LazyBoundary what="data loader" reload={SeedQuery.reload} kept={false}>
            <Suspense fallback={<LoadingState />}>
              <SeedQuery>{(shipped) => <WithCatalog shipped={shipped} search={search} />}</SeedQuery>
            </Suspense>
          </LazyBoundary>
        )}
      </main>
    </div>
  );
}

const UNDRAWN_FETCH_MS = 8000;
const NOT_STARTED: CatalogFetch = { status: 'loading', data: undefined, error: undefined, retry: () => undefined };

/**
 * The first view runs on the shipped three titles; every other title arrives with the catalog,
 * fetched once the page is idle after the first chart is drawn, or when the reader first reaches
 * for another title.
 */
function WithCatalog({ shipped, search }: { shipped: Dataset; search: string }) {
  const shippedCatalog = useMemo(() => catalogOf(shipped), [shipped]);
  const needsCatalog = useMemo(() => linkNeedsMore(search, shippedCatalog), [search, shippedCatalog]);
  const [wanted, setWanted] = useState(needsCatalog);
  const [fetched, setFetched] = useState<CatalogFetch>(NOT_STARTED);
  const want = useCallback(() => setWanted(true), []);

  // Idle means after the first chart is drawn: the catalog and its worker never compete with it.
  // If it never is (its code failed to load), a while after the first view anyway.
  const idleWait = useRef<(() => void) | null>(null);
  const markDrawn = useCallback(() => {
    idleWait.current ??= whenIdle(want);
  }, [want]);
  useEffect(() => {
    const timer = setTimeout(markDrawn, UNDRAWN_FETCH_MS);
    return () => {
      clearTimeout(timer);
      idleWait.current?.();
      idleWait.current = null;
    };
  }, [markDrawn]);

  // A reader's own Netflix file is merged with the fullest data this page has: the catalog once
  // it has come (fetched now if need be), the shipped three if it could not be had.
  const latest = useRef(fetched);
  const waiting = useRef<((d: Dataset) => void)[]>([]);
  useLayoutEffect(() => {
    latest.current = fetched;
    if (fetched.status === 'loading') return;
    const dataset = fetched.data?.dataset ?? shipped;
    for (const resolve of waiting.current.splice(0)) resolve(dataset);
  }, [fetched, shipped]);
  const fullest = useCallback(
    () =>
      new Promise<Dataset>((resolve) => {
        const now = latest.current;
        if (now.status !== 'loading') {
          resolve(now.data?.dataset ?? shipped);
          return;
        }
        want();
        waiting.current.push(resolve);
      }),
    [want, shipped],
  );

  const catalogState: CatalogState = useMemo(
    () => ({
      full: fetched.data?.table,
      status: fetched.status,
      error: fetched.error,
      want,
      retry: fetched.retry,
      drawn: markDrawn,
    }),
    [fetched, want, markDrawn],
  );
  const [attempt, setAttempt] = useState(0);
  const reloadQueries = useCallback(() => {
    CatalogQuery.reload();
    setFetched(NOT_STARTED);
    setAttempt((n) => n + 1);
  }, []);
  const chunkFailed = useCallback(
    () =>
      setFetched({
        status: 'error',
        data: undefined,
        error: 'The list of all titles could not be loaded: its code did not arrive. Check your connection and try again.',
        retry: reloadQueries,
      }),
    [reloadQueries],
  );
  const settled = fetched.status !== 'loading';
  // A link that needed the catalog, opened without it (the fetch failed): that view stays up
  // while Retry runs, and once the catalog comes the address is read again as it stands then,
  // so what the reader changed meanwhile is kept and the titles left out come back.
  const [openedWithout, setOpenedWithout] = useState(false);
  if (needsCatalog && fetched.status === 'error' && !openedWithout) setOpenedWithout(true);
  const [reopened, setReopened] = useState<string | null>(null);
  if (openedWithout && fetched.data && reopened === null) {
    setReopened(withLeftOutTitles(window.location.search, search, shippedCatalog, fetched.data.catalog));
  }
  return (
    <>
      {wanted && (
        <Reporting key={attempt} onError={chunkFailed}>
          <Suspense fallback={null}>
            <CatalogQuery onChange={setFetched} />
          </Suspense>
        </Reporting>
      )}
      {/* A link naming a title or week only the catalog holds waits for it: nothing is dropped for arriving late. */}
      {needsCatalog && !settled && !openedWithout ? (
        <LoadingState message="Opening the linked view: loading every title…" />
      ) : (
        <CatalogContext.Provider value={catalogState}>
          <ImportedDataProvider base={fullest}>
            <Loaded
              key={reopened === null ? 'opened' : 'reopened'}
              base={fetched.data?.dataset ?? shipped}
              facts={fetched.data}
              complete={fetched.data !== undefined}
              search={reopened ?? search}
              keepAddress={openedWithout && reopened === null}
            />
          </ImportedDataProvider>
        </CatalogContext.Provider>
      )}
    </>
  );
}

/** Around a part that draws nothing: if its code cannot be fetched, it says so through `onError`. */
class Reporting extends Component<{ onError: () => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch() {
    this.props.onError();
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

interface LoadedProps {
  base: Dataset;
  facts: LoadedCatalog | undefined;
  complete: boolean;
  search: string;
  /** The link names titles the catalog would bring, and it did not load: keep the address as opened (UrlSync). */
  keepAddress: boolean;
}

function Loaded({ base, facts, complete, search, keepAddress }: LoadedProps) {
  const { stored, restoring } = useImportedData();
  const dataset = stored?.dataset ?? base;
  // The catalog's limits come worked out with it; a reader's own file gets its own.
  const catalog = useMemo(() => (facts?.dataset === dataset ? facts.catalog : catalogOf(dataset)), [dataset, facts]);
  // The store outlives a change of data (the view stays); its actions read the newest limits.
  const catalogRef = useRef(catalog);
  useLayoutEffect(() => {
    catalogRef.current = catalog;
  }, [catalog]);
  // A link naming titles or weeks only a kept file has waits for IndexedDB rather than losing them.
  const waits = useMemo(() => restoring && linkNeedsMore(search, catalog), [restoring, search, catalog]);
  if (waits) return <LoadingState message="Opening the linked view: reading your loaded Netflix file…" />;
  const source = complete || stored ? dataset.source : undefined;
  return (
    <ViewStoreProvider init={() => initialStore(catalog, search, () => catalogRef.current, source)}>
      <UrlSync catalog={catalog} complete={source} keepAddress={keepAddress} />
      <ThemeSync />
      <Dashboard dataset={dataset} catalog={catalog} table={facts?.table} complete={complete || stored !== null} />
    </ViewStoreProvider>
  );
}
