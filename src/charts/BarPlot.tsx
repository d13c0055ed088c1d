import { useMemo } from 'react';
import { Bar, BarChart, type DataKey } from 'recharts';
import type { ChartRow } from '../domain/comparison/types';
import { BarPatterns, barFill } from './BarPatterns';
import type { PlotProps } from './ComparisonChart';

const RANK_BAR_FLOOR = 10.5;

/** The bar chart: a bar per title per week, each with its colour and texture. */
export function BarPlot({ common, frame, series, isRank }: PlotProps) {
  // Rank bars rise from below #10 to the rank, so a #1 week is the tallest bar, not an empty one.
  const barKeys = useMemo(
    () =>
      new Map(
        series.map((s) => [
          s.id,
          isRank
            ? (row: ChartRow) => (row.values[s.id] == null ? null : [RANK_BAR_FLOOR, row.values[s.id]])
            : (row: ChartRow) => row.values[s.id] ?? null,
        ]),
      ),
    [series, isRank],
  );
  return (
    <BarChart {...common} barCategoryGap="18%">
      <BarPatterns series={series} />
      {frame}
      {series.map((s) => (
        <Bar
          key={s.id}
          dataKey={barKeys.get(s.id) as DataKey<unknown>}
          name={s.name}
          fill={barFill(s)}
          stroke={s.style.color}
          strokeWidth={1}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
