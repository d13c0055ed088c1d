import { Bar, BarChart, type DataKey } from 'recharts';
import type { ChartRow } from '../domain/comparison/types';
import { BarPatterns, barFill } from './BarPatterns';
import type { PlotProps } from './ComparisonChart';

const RANK_BAR_FLOOR = 10.5;

type Reader = (row: ChartRow) => number | readonly [number, number] | null;
// One reader per title and metric kind, kept: a bar whose props are the same objects is not
// registered with the chart again when another title comes or goes (as LinePlot's lines).
const readers = new Map<string, Reader>();

function readerOf(id: string, isRank: boolean): Reader {
  const key = `${isRank ? 'rank' : 'value'}\u0000${id}`;
  let read = readers.get(key);
  if (!read) {
    // Rank bars rise from below #10 to the rank, so a #1 week is the tallest bar, not an empty one.
    read = isRank ? (row) => (row.values[id] == null ? null : [RANK_BAR_FLOOR, row.values[id]]) : (row) => row.values[id] ?? null;
    readers.set(key, read);
  }
  return read;
}

/** The bar chart: a bar per title per week, each with its colour and texture. */
export function BarPlot({ common, frame, series, isRank }: PlotProps) {
  return (
    <BarChart {...common} barCategoryGap="18%">
      <BarPatterns series={series} />
      {frame}
      {series.map((s) => (
        <Bar
          key={s.id}
          dataKey={readerOf(s.id, isRank) as DataKey<unknown>}
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
