import type { ChartRow } from '../domain/chartRows';
import { formatWeekDates } from '../domain/dates';
import { formatInt } from '../domain/format';
import type { Align, Metric } from '../domain/view';
import type { ChartSeries } from './ComparisonChart';

interface ChartTooltipProps {
  series: readonly ChartSeries[];
  align: Align;
  metric: Metric;
  // Filled in by recharts when it clones the element.
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: ChartRow }>;
}

const HEADINGS: Record<Align, (row: ChartRow) => string> = {
  top10: (row) => `Week ${row.key} in the Top 10`,
  premiere: (row) => `Week ${row.key} since premiere`,
  calendar: (row) => `Week of ${formatWeekDates(String(row.key))}`,
};

export function ChartTooltip({ series, align, metric, active, payload }: ChartTooltipProps) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="tooltip">
      <p className="tooltip__heading">{HEADINGS[align](row)}</p>
      <ul className="tooltip__list">
        {series.map((s) => {
          const p = row.points[s.id];
          return (
            <li key={s.id} className="tooltip__item" style={{ borderColor: s.style.color }}>
              <span className="tooltip__name">{s.name}</span>
              {p ? (
                <>
                  {align !== 'calendar' && <span className="tooltip__dates">{formatWeekDates(p.week.week)}</span>}
                  <span className="tooltip__figure">
                    {formatInt(p.week.hours)} hours · #{p.week.rank}
                  </span>
                  {metric === 'cumulative' && <span className="tooltip__dates">{formatInt(p.cumulative)} hours so far in range</span>}
                  {p.notes.map((n) => (
                    <span key={n} className="tooltip__note">
                      {n}
                    </span>
                  ))}
                </>
              ) : (
                <span className="tooltip__dates">Not in the Top 10</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
