import { decodeView, encodeView } from '../domain/url/codec';
import type { Catalog, ViewState } from '../domain/view';
import { createViewStore, type ViewStore } from '../state/viewStore';

/** The store for this page, started from the link the reader opened. */
export function initialStore(catalog: Catalog, search: string): ViewStore {
  const { view, issues } = decodeView(search, catalog);
  return createViewStore(view, catalog, issues);
}

/**
 * Moving the week range is continuous: it replaces the entry instead of flooding history. True
 * when the weeks are all that changed, judged by the link, so a key added later counts too.
 */
export function isContinuousChange(prev: ViewState, next: ViewState): boolean {
  return prev.weeks !== next.weeks && encodeView({ ...next, weeks: prev.weeks }) === encodeView(prev);
}
