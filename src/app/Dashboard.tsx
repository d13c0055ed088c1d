import { useMemo } from 'react';
import { seriesStyle } from '../charts/seriesStyle';
import type { ChartSeries } from '../charts/ComparisonChart';
import { selectedTitles } from '../domain/comparison/place';
import type { Dataset } from '../domain/types';
import type { Catalog } from '../domain/view';
import { ChartPanel } from '../components/ChartPanel';
import { FilterBar } from '../components/FilterBar';
import { TotalsPanel } from '../components/TotalsPanel';
import { UrlNotice } from '../components/UrlNotice';
import { ShareBar } from '../components/ShareBar';
import { ThemeToggle } from '../components/ThemeToggle';
import { useComparison } from '../state/useComparison';
import { DocumentTitle } from './DocumentTitle';

export function Dashboard({ dataset, catalog }: { dataset: Dataset; catalog: Catalog }) {
  // One derivation per view: the chart, the table, the totals and the tab's title all read it.
  const { comparison, stale } = useComparison(dataset);
  // A title's colour and marker follow its place in the data, not in the selection.
  const styles = useMemo(() => new Map(dataset.titles.map((t, i) => [t.id, seriesStyle(i)])), [dataset]);
  // Keyed on the ticked ids, not the whole comparison, so the legend redraws only when they change.
  const ids = comparison.view.titles;
  const series: ChartSeries[] = useMemo(
    () => selectedTitles(dataset, ids).map((t) => ({ id: t.id, name: t.name, style: styles.get(t.id) ?? seriesStyle(0) })),
    [dataset, ids, styles],
  );
  return (
    <>
      <DocumentTitle title={comparison.documentTitle} />
      <UrlNotice />
      <FilterBar titles={dataset.titles} catalog={catalog} styles={styles} />
      <div className="toolbar">
        <ShareBar />
        <ThemeToggle />
      </div>
      <ChartPanel dataset={dataset} comparison={comparison} series={series} stale={stale} />
      <TotalsPanel comparison={comparison} styles={styles} stale={stale} />
    </>
  );
}
