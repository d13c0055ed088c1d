import { useCallback } from 'react';
import { appBase } from './appBase';
import type { buildComparison } from '../domain/comparison/buildComparison';
import { chartHeading } from '../domain/comparison/heading';
import type { Dataset } from '../domain/types';
import { encodeView } from '../domain/url/codec';
import { exportBundle } from '../export/exportBundle';
import type { ViewState } from '../domain/view';
import DownloadDialog from './DownloadDialog';
import EmbedDialog, { type EmbedTarget } from './EmbedDialog';

export type ExportKind = 'download' | 'embed';

/** The chart's section, where the export finds the rendered svg and its legend. */
function chartFigure(): Element | null {
  return document.querySelector('section[aria-labelledby="chart-heading"]');
}

/** The iframe's address and name for a view. */
export function embedTarget(view: ViewState, base: string): EmbedTarget {
  return {
    src: `${base}${encodeView({ ...view, embed: true })}`,
    title: chartHeading(view.metric, view.align, view.weeks),
    titleCount: view.titles.length,
  };
}

interface ExportToolsProps {
  kind: ExportKind;
  view: ViewState;
  dataset: Dataset;
  /**
   * The screen's derivation, handed over by the first view's code rather than imported here:
   * this chunk imports nothing of the first view's that imports dates.ts (hence heading.ts and
   * metricValue.ts). Rolldown keeps a module shared with a lazy chunk in the start chunk only if
   * the move makes no two chunks import each other at that point of a pass in execution order
   * (rolldown#10731); dates.ts runs before the comparison modules that import it, so while they
   * were shared with this chunk it went to a file of its own that the first view fetched too.
   */
  buildComparison: typeof buildComparison;
  onClose: () => void;
}

/** What ExportButtons loads on first use: the dialog the reader asked for, for the view they asked on. */
export default function ExportTools({ kind, view, dataset, buildComparison, onClose }: ExportToolsProps) {
  // Built after the dialog's first paint; a failure becomes the dialog's message.
  const getExport = useCallback(
    () => Promise.resolve().then(() => exportBundle(dataset, view, appBase(), chartFigure, buildComparison)),
    [dataset, view, buildComparison],
  );
  if (kind === 'embed') return <EmbedDialog target={embedTarget(view, appBase())} onClose={onClose} />;
  return <DownloadDialog getExport={getExport} onClose={onClose} />;
}
