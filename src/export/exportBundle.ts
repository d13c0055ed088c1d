import { buildComparison } from '../domain/comparison/buildComparison';
import { selectedTitles } from '../domain/comparison/place';
import { displayedCsv } from '../domain/export/displayed';
import { fileBase } from '../domain/export/fileName';
import { fullCsv } from '../domain/export/full';
import { sourceLine } from '../domain/export/source';
import type { Dataset } from '../domain/types';
import { encodeView } from '../domain/url/codec';
import type { ViewState } from '../domain/view';
import type { ExportBundle } from './bundle';

/** The view's address in the full app: the same view, never the embed. */
export function viewLink(base: string, view: ViewState): string {
  return `${base}${encodeView({ ...view, embed: false })}`;
}

/**
 * Everything the download dialog offers, from the same derivation the screen reads, so the
 * files say what the chart and the table say. Loaded only when the dialog opens.
 */
export function exportBundle(dataset: Dataset, view: ViewState, base: string, figure: () => Element | null): ExportBundle {
  const c = buildComparison(dataset, view);
  // The image must say what its hollow markers mean, as the caveats box does on screen.
  const key = view.chart === 'line' && c.caveats.length > 0 ? ['Hollow markers flag the weeks these notes concern.'] : [];
  return {
    csvDisplayed: displayedCsv(c, dataset.source),
    csvFull: fullCsv(selectedTitles(dataset, view.titles), dataset.source),
    title: c.heading,
    notes: [...c.caveats.map((n) => `${n.mark} ${n.text}`), ...key],
    source: sourceLine(dataset.source),
    link: viewLink(base, view),
    fileBase: fileBase(view),
    fileBaseFull: fileBase(view, 'all-weeks'),
    figure,
  };
}
