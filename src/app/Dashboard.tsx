import { useMemo } from 'react';
import { seriesStyle } from '../charts/seriesStyle';
import type { ChartSeries } from '../charts/ComparisonChart';
import { selectedTitles } from '../domain/series';
import type { Dataset } from '../domain/types';
import type { Catalog } from '../domain/view';
import { ChartPanel } from '../components/ChartPanel';
import { FilterBar } from '../components/FilterBar';
import { TotalsPanel } from '../components/TotalsPanel';
import { UrlNotice } from '../components/UrlNotice';
import { ShareBar } from '../components/ShareBar';
import { ThemeToggle } from '../components/ThemeToggle';
import { useTitles } from '../state/hooks';
import { ImportBar } from './ImportBar';

export function Dashboard({ dataset, catalog }: { dataset: Dataset; catalog: Catalog }) {
  const ids = useTitles();
  // A title's colour and marker follow its place in the data, not in the selection.
  const styles = useMemo(() => new Map(dataset.titles.map((t, i) => [t.id, seriesStyle(i)])), [dataset]);
  const series: ChartSeries[] = useMemo(
    () => selectedTitles(dataset, ids).map((t) => ({ id: t.id, name: t.name, style: styles.get(t.id) ?? seriesStyle(0) })),
    [dataset, ids, styles],
  );
  return (
    <>
      <UrlNotice />
      <FilterBar titles={dataset.titles} catalog={catalog} styles={styles} />
      <div className="toolbar">
        <ShareBar />
        <ThemeToggle />
        <ImportBar />
      </div>
      <ChartPanel dataset={dataset} series={series} />
      <TotalsPanel dataset={dataset} styles={styles} />
    </>
  );
}
