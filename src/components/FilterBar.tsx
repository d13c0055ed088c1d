import { memo } from 'react';
import type { SeriesStyle } from '../charts/seriesStyle';
import type { Title } from '../domain/types';
import type { Catalog } from '../domain/view';
import { useActions } from '../state/hooks';
import { TitlePicker } from './TitlePicker';
import { TitleSearchBox } from './TitleSearchBox';
import { AlignControl, ChartKindControl, MetricControl, ScaleControl } from './ViewControls';
import { WeekRange } from './WeekRange';

function FilterBarView({
  titles,
  catalog,
  styles,
}: {
  titles: readonly Title[];
  catalog: Catalog;
  styles: ReadonlyMap<string, SeriesStyle>;
}) {
  const { resetRequested } = useActions();
  return (
    <form className="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <TitlePicker titles={titles} styles={styles} />
      <TitleSearchBox />
      <WeekRange catalog={catalog} titles={titles} />
      <MetricControl />
      <AlignControl />
      <div className="filters__pair">
        <ChartKindControl />
        <ScaleControl />
      </div>
      <button type="button" className="button button--quiet" onClick={resetRequested}>
        Reset
      </button>
    </form>
  );
}

/** Memoised: it re-renders only when its own inputs change, not on every view change. */
export const FilterBar = memo(FilterBarView);
