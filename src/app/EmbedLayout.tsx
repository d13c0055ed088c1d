import type { ChartSeries } from '../charts/ComparisonChart';
import type { Comparison } from '../domain/comparison/types';
import type { Dataset } from '../domain/types';
import { ChartPanel } from '../components/ChartPanel';
import { UrlNotice } from '../components/UrlNotice';
import type { StaleFlag } from '../state/useComparison';

/**
 * `embed=1`: the chart alone for an <iframe>: heading, legend, notes, chart (its keyboard
 * layer and table twin included), source, and a way out to the full app. No controls.
 */
interface EmbedLayoutProps {
  dataset: Dataset;
  comparison: Comparison;
  series: readonly ChartSeries[];
  stale: StaleFlag;
  fullLink: string;
}

export function EmbedLayout({ dataset, comparison, series, stale, fullLink }: EmbedLayoutProps) {
  return (
    <div className="embed">
      <UrlNotice />
      <ChartPanel dataset={dataset} comparison={comparison} series={series} stale={stale} removable={false} />
      <p className="embed__open">
        <a href={fullLink} target="_blank" rel="noopener">
          Open in Top 10 Compare
        </a>
      </p>
    </div>
  );
}
