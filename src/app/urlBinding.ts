import type { DatasetSource } from '../domain/types';
import type { DecodedView } from '../domain/url/codec';
import { decodeLink, decodeWithoutCatalog } from '../domain/url/linkData';
import type { Catalog } from '../domain/view';
import { createViewStore, type ViewStore } from '../state/viewStore';

/**
 * The store for this page, started from the link the reader opened; `latest` gives the data's
 * limits as it grows. See readLink for `complete`.
 */
export function initialStore(catalog: Catalog, search: string, latest: () => Catalog = () => catalog, complete?: DatasetSource): ViewStore {
  const { view, issues } = readLink(search, catalog, complete);
  return createViewStore(view, latest, issues);
}

/**
 * A link read against this page's data. With `complete` (every title this page can have), what
 * it names beyond that is explained as coming from a newer Netflix file; without, as waiting for
 * the list of all titles, which did not load.
 */
export function readLink(search: string, catalog: Catalog, complete?: DatasetSource): DecodedView {
  return complete ? decodeLink(search, catalog, complete) : decodeWithoutCatalog(search, catalog);
}

/** How a change of view reaches history: each change is its own entry, but a drag is one. */
export type HistoryWrite = 'push' | 'replace';

/**
 * Decides push or replace for each change of the link. A pointer drag of a slider pushes its
 * first change and replaces the rest, so Back returns to the view before the drag; every other
 * change (a click, a keyboard step) pushes.
 */
export function historyWriter(): (dragging: boolean) => HistoryWrite {
  let dragHasEntry = false;
  return (dragging) => {
    if (!dragging) {
      dragHasEntry = false;
      return 'push';
    }
    const mode = dragHasEntry ? 'replace' : 'push';
    dragHasEntry = true;
    return mode;
  };
}

type Write = (search: string, mode: HistoryWrite) => void;

/**
 * Address-bar writes, in order, after the next frame rather than inside the click: Chromium's
 * pushState costs several milliseconds, which the control's own paint should not wait for.
 * Chromium runs a task posted during an input only after the frame that follows it.
 */
export function laterWrites(write: Write): { add: Write; flush: () => void; drop: () => void } {
  let pending: { search: string; mode: HistoryWrite }[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const writes = pending;
    pending = [];
    for (const w of writes) write(w.search, w.mode);
  };
  return {
    add: (search, mode) => {
      pending.push({ search, mode });
      timer ??= setTimeout(flush, 0);
    },
    flush,
    // Back or Forward supersedes writes not yet made: making them would bury the entry just reached.
    drop: () => {
      clearTimeout(timer);
      timer = undefined;
      pending = [];
    },
  };
}
