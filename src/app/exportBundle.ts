import { titleCaveats } from '../domain/caveats';
import { displayedCsv } from '../domain/export/displayed';
import { fileBase } from '../domain/export/fileName';
import { fullCsv } from '../domain/export/full';
import { sourceLine } from '../domain/export/source';
import { buildAllSeries, selectedTitles } from '../domain/series';
import { chartHeading } from '../domain/summary';
import type { Dataset } from '../domain/types';
import { encodeView } from '../domain/url/codec';
import type { ViewState } from '../domain/view';
import type { ExportBundle } from '../export/bundle';

/** The view's address in the full app: the same view, never the embed. */
export function viewLink(base: string, view: ViewState): string {
  return `${base}${encodeView({ ...view, embed: false })}`;
}

/**
 * Everything the download dialog offers, from today's derivation. Loaded only when the dialog
 * opens; once buildComparison lands, its table rows, caveats and heading belong here instead.
 */
export function exportBundle(dataset: Dataset, view: ViewState, base: string, figure: () => Element | null): ExportBundle {
  const series = buildAllSeries(dataset, view);
  const notes = series.flatMap((s) => titleCaveats(s.title, s.points.map((p) => p.listWeek)));
  // The image must say what its hollow markers mean, as the caveats box does on screen.
  const key = view.chart === 'line' && notes.length > 0 ? ['Hollow markers flag the weeks these notes concern.'] : [];
  return {
    csvDisplayed: displayedCsv(series, view, dataset.source),
    csvFull: fullCsv(selectedTitles(dataset, view.titles), dataset.source),
    title: chartHeading(view.metric, view.align, view.weeks),
    notes: [...notes.map((n) => `• ${n}`), ...key],
    source: sourceLine(dataset.source),
    link: viewLink(base, view),
    fileBase: fileBase(view),
    fileBaseFull: fileBase(view, 'all-weeks'),
    figure,
  };
}
