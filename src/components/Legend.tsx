import { memo } from 'react';
import type { ChartSeries } from '../charts/ComparisonChart';
import type { ChartKind } from '../domain/view';
import { useActions } from '../state/hooks';
import { BarSwatch } from './BarSwatch';
import { Swatch } from './Swatch';

interface LegendProps {
  series: readonly ChartSeries[];
  kind: ChartKind;
  /** A title can leave from its legend entry (not in an embed, and never the last one). */
  removable: boolean;
}

function LegendView({ series, kind, removable }: LegendProps) {
  const { titleToggled } = useActions();
  const canRemove = removable && series.length > 1;
  return (
    <ul className="legend" aria-label="Legend">
      {series.map((s) => (
        <li key={s.id} className="legend__item">
          {kind === 'bar' ? <BarSwatch id={s.id} style={s.style} /> : <Swatch style={s.style} />}
          {s.name}
          {/* The × is drawn by the stylesheet, so the entry's text stays the title's name. */}
          {canRemove && (
            <button
              type="button"
              className="legend__remove"
              aria-label={`Remove ${s.name}`}
              title={`Remove ${s.name}`}
              onClick={() => titleToggled(s.id)}
            />
          )}
        </li>
      ))}
    </ul>
  );
}

/** Memoised: it re-renders only when its own inputs change, not on every view change. */
export const Legend = memo(LegendView);
