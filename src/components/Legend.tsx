import { memo } from 'react';
import type { ChartSeries } from '../charts/ComparisonChart';
import { Swatch } from './Swatch';

function LegendView({ series }: { series: readonly ChartSeries[] }) {
  return (
    <ul className="legend" aria-label="Legend">
      {series.map((s) => (
        <li key={s.id} className="legend__item">
          <Swatch style={s.style} />
          {s.name}
        </li>
      ))}
    </ul>
  );
}

/** Memoised: it re-renders only when its own inputs change, not on every view change. */
export const Legend = memo(LegendView);
