import type { ChartSeries } from '../charts/ComparisonChart';
import { formatWeekDates } from '../domain/dates';
import { formatInt } from '../domain/format';
import { chartHeading } from '../domain/summary';
import type { Dataset } from '../domain/types';
import { useAlign, useMetric, useWeeks } from '../state/hooks';
import { useChartRows } from '../state/useComparison';

/** The chart's accessible twin: every figure, exact, following every filter. */
export default function DataTable({ dataset, series }: { dataset: Dataset; series: readonly ChartSeries[] }) {
  const rows = useChartRows(dataset);
  const metric = useMetric();
  const align = useAlign();
  const weeks = useWeeks();
  const unit = metric === 'rank' ? 'Rank on the list' : 'Hours';
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Table of figures">
      <table className="data-table">
        <caption>
          {chartHeading(metric, align, weeks)}. {unit} per title; the week's dates beneath each figure. Empty cells: not in the Top 10 that week.
        </caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            {series.map((s) => (
              <th key={s.id} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.x}>
              <th scope="row">{align === 'calendar' ? formatWeekDates(String(row.key)) : `Week ${row.key}`}</th>
              {series.map((s) => {
                const value = row.values[s.id];
                const point = row.points[s.id];
                return (
                  <td key={s.id}>
                    {value === null || value === undefined ? (
                      ''
                    ) : (
                      <>
                        <span className="data-table__figure">{metric === 'rank' ? `#${value}` : formatInt(value)}</span>
                        {point && align !== 'calendar' && <span className="data-table__date">{formatWeekDates(point.week.week)}</span>}
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
