import type { buildComparison } from '../domain/comparison/buildComparison';
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
 * files say what the chart and the table say. Loaded only when the dialog opens; the derivation
 * itself comes from the caller (see ExportTools).
 */
export function exportBundle(
  dataset: Dataset,
  view: ViewState,
  base: string,
  figure: () => Element | null,
  derive: typeof buildComparison,
): ExportBundle {
  const c = derive(dataset, view);
  // The image must say what its hollow markers mean, as the caveats box does on screen.
  const key = view.chart === 'line' && c.caveats.length > 0 ? ['Hollow markers flag the weeks these notes concern.'] : [];
  return {
    csvDisplayed: displayedCsv(c, dataset.source),
    // The view's titles in legend order, as the comparison holds them.
    csvFull: fullCsv(
      c.series.map((s) => s.title),
      dataset.source,
    ),
    title: c.heading,
    notes: [...c.caveats.map((n) => `${n.mark} ${n.text}`), ...key],
    source: sourceLine(dataset.source),
    link: viewLink(base, view),
    fileBase: fileBase(view),
    fileBaseFull: fileBase(view, 'all-weeks'),
    figure,
  };
}
