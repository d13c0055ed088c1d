import { useMemo } from 'react';
import { useStore } from 'zustand';
import { seriesStyle, type SeriesStyle } from '../charts/seriesStyle';
import type { ColourSlots } from '../domain/colourSlots';
import type { ChartSeries } from '../charts/ComparisonChart';
import type { WeekTable } from '../domain/catalog/weekTable';
import { selectedTitles } from '../domain/comparison/place';
import type { Dataset } from '../domain/types';
import { encodeView } from '../domain/url/codec';
import { DEFAULT_TITLES, type Catalog } from '../domain/view';
import { ChartPanel } from '../components/ChartPanel';
import { ControlsDisclosure } from '../components/ControlsDisclosure';
import { ExportButtons } from '../components/ExportButtons';
import { FilterBar } from '../components/FilterBar';
import { TotalsPanel } from '../components/TotalsPanel';
import { UrlNotice } from '../components/UrlNotice';
import { ShareBar } from '../components/ShareBar';
import { ThemeToggle } from '../components/ThemeToggle';
import { useSlots, useTitles, useViewStoreApi } from '../state/hooks';
import { useComparison } from '../state/useComparison';
import { useOverallRanks } from '../state/useOverallRanks';
import { viewOf } from '../state/viewStore';
import { DocumentTitle } from './DocumentTitle';
import { ImportBar } from './ImportBar';
import { EmbedLayout } from './EmbedLayout';
import { appBase } from '../components/appBase';

/** One style per colour slot, for as long as the slots stay the same. */
function useStyles(slots: ColourSlots): ReadonlyMap<string, SeriesStyle> {
  return useMemo(() => new Map([...slots].map(([id, slot]) => [id, seriesStyle(slot)])), [slots]);
}

interface DashboardProps {
  dataset: Dataset;
  catalog: Catalog;
  /** The dataset holds every title (the catalog or a reader's file), so an overall rank means something. */
  complete: boolean;
  /** The catalog's weeks by column, which came with it; any other data gets its own. */
  table?: WeekTable | undefined;
}

export function Dashboard({ dataset, catalog, complete, table }: DashboardProps) {
  // One derivation per view: the chart, the table, the totals and the tab's title all read it.
  // The panels' data and colours come with it, deferred together; the controls read the newest.
  const { comparison, dataset: shown, slots: shownSlots, complete: shownComplete, staleFlag: stale } = useComparison(dataset, complete);
  const store = useViewStoreApi();
  const embed = useStore(store, (s) => s.embed === true);
  // The full app's address for this view; only read in an embed, where it is the way out.
  const fullSearch = useStore(store, (s) => (s.embed ? encodeView({ ...viewOf(s), embed: false }) : ''));
  // A title keeps its colour slot while others come and go (colourSlots.ts); the store holds them.
  const slots = useSlots();
  const styles = useStyles(slots);
  const shownStyles = useStyles(shownSlots);
  const ids = comparison.view.titles;
  // From the comparison, not the data: the catalog arriving with the same titles redraws nothing.
  const series: ChartSeries[] = useMemo(
    () => comparison.series.map((t) => ({ id: t.id, name: t.name, style: shownStyles.get(t.id) ?? seriesStyle(0) })),
    [comparison.series, shownStyles],
  );
  // The picker lists the shipped three and whatever else is in view: a tick box per title.
  const selected = useTitles();
  const pickerTitles = useMemo(() => selectedTitles(dataset, [...new Set([...DEFAULT_TITLES, ...selected])]), [dataset, selected]);
  const { weeks, align, metric } = comparison.view;
  const overall = useOverallRanks(shown, shownComplete, table, { ids, weeks, align, metric });

  if (embed) {
    return (
      <>
        <DocumentTitle title={comparison.documentTitle} />
        <EmbedLayout dataset={shown} comparison={comparison} series={series} stale={stale} fullLink={`${appBase()}${fullSearch}`} />
      </>
    );
  }
  return (
    <>
      <DocumentTitle title={comparison.documentTitle} />
      {/* The headline's dek: what the view shows, from the one derivation (under the masthead's h1). */}
      <p className="masthead__dek">{comparison.dek}</p>
      <UrlNotice />
      {/* The theme and the file loader sit with the controls: on a phone they wait behind "Change the chart" too. */}
      <ControlsDisclosure>
        <FilterBar titles={pickerTitles} catalog={catalog} styles={styles} />
        <div className="controls__theme">
          <ThemeToggle />
          <ImportBar />
        </div>
      </ControlsDisclosure>
      <div className="toolbar">
        <ShareBar />
        <ExportButtons dataset={dataset} />
      </div>
      <ChartPanel dataset={shown} comparison={comparison} series={series} stale={stale} />
      <TotalsPanel comparison={comparison} styles={shownStyles} stale={stale} overall={overall} />
    </>
  );
}
