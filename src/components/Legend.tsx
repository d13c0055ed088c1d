import { memo } from 'react';
import type { ChartSeries } from '../charts/ComparisonChart';
import type { ChartKind } from '../domain/view';
import { BarSwatch } from './BarSwatch';
import { Swatch } from './Swatch';

function LegendView({ series, kind }: { series: readonly ChartSeries[]; kind: ChartKind }) {
  return (
    <ul className="legend" aria-label="Legend">
      {series.map((s) => (
        <li key={s.id} className="legend__item">
          {kind === 'bar' ? <BarSwatch id={s.id} style={s.style} /> : <Swatch style={s.style} />}
          {s.name}
        </li>
      ))}
    </ul>
  );
}

/** Memoised: it re-renders only when its own inputs change, not on every view change. */
export const Legend = memo(LegendView);
