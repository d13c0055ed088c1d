import type { ChartSeries } from '../charts/ComparisonChart';
import { Swatch } from './Swatch';

export function Legend({ series }: { series: readonly ChartSeries[] }) {
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
