/** Everything the download dialog needs, read at the moment it opens. */
export interface ExportBundle {
  /** CSV of the data on screen, and of every week the titles in view spent on the list. */
  csvDisplayed: string;
  csvFull: string;
  /** What the chart shows, e.g. "Weekly hours viewed, weeks 1–8 in the Top 10". */
  title: string;
  /** Caveats, each a sentence, printed under an exported image. */
  notes: readonly string[];
  /** "Source: Netflix global weekly Top 10 (…)": printed under an exported image. */
  source: string;
  /** The view's own address, without `embed`. */
  link: string;
  /** File names without extension: the data on screen, and the full data. */
  fileBase: string;
  fileBaseFull: string;
  /** The figure that holds the chart's svg and legend; null when the table is showing. */
  figure: () => Element | null;
}

/** The chart's own svg inside the figure: recharts' surface or the static chart's, not a legend swatch. */
export function chartSvgIn(figure: Element | null): SVGSVGElement | null {
  return figure?.querySelector<SVGSVGElement>('svg.recharts-surface, svg.chart__static') ?? null;
}
