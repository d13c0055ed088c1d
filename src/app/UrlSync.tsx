import { useEffect, useLayoutEffect, useRef } from 'react';
import { encodeView } from '../domain/url/codec';
import type { DatasetSource } from '../domain/types';
import type { Catalog } from '../domain/view';
import { useViewStoreApi } from '../state/hooks';
import { viewOf } from '../state/viewStore';
import { historyWriter, laterWrites, readLink } from './urlBinding';

/**
 * Keeps the address bar and the store in step, both ways. `complete` as for readLink. With
 * `keepAddress`, the link stays as opened until the reader changes the view: it names titles
 * this page could not load yet, and the address is how they come back (App's WithCatalog).
 */
export function UrlSync({ catalog, complete, keepAddress = false }: { catalog: Catalog; complete?: DatasetSource; keepAddress?: boolean }) {
  const store = useViewStoreApi();
  // Read at Back or Forward. The subscription itself must outlive new data: the catalog arriving in
  // the middle of a drag once started a second history writer, and the drag got two entries.
  const latest = useRef({ catalog, complete });
  useLayoutEffect(() => {
    latest.current = { catalog, complete };
  }, [catalog, complete]);
  const keep = useRef(keepAddress);
  useEffect(() => {
    const write = (search: string, mode: 'push' | 'replace') => {
      const { pathname, hash } = window.location;
      const url = `${pathname}${search}${hash}`;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    // The address shows the view as understood: unknown keys and bad values are dropped.
    const canonical = encodeView(viewOf(store.getState()));
    if (!keep.current && window.location.search !== canonical) write(canonical, 'replace');

    let restoring = false;
    const modeFor = historyWriter();
    const writes = laterWrites(write);
    const unsubscribe = store.subscribe((next, prev) => {
      if (restoring) return;
      // A drag's end is a new gesture's start: the next drag gets its own entry.
      if (!next.dragging && prev.dragging) modeFor(false);
      const search = encodeView(viewOf(next));
      if (search === encodeView(viewOf(prev))) return;
      writes.add(search, modeFor(next.dragging));
    });
    const onPopState = () => {
      writes.drop();
      const { view, issues } = readLink(window.location.search, latest.current.catalog, latest.current.complete);
      restoring = true;
      store.getState().actions.viewRestored(view, issues);
      restoring = false;
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      writes.flush();
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, [store]);
  return null;
}
