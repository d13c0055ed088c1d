import { useMemo } from 'react';
import { Line, LineChart, type DataKey } from 'recharts';
import type { ChartRow } from '../domain/comparison/types';
import type { PlotProps } from './ComparisonChart';
import { dodgeClass } from './dodge';
import { seriesDot } from './SeriesDot';

// One reader per run of weeks, kept by key: a line whose props are all the same objects is not
// rendered again, and does not register itself with the chart again, when another line changes
// (adding an 8th title re-registered the other 7, each a store update that re-ran every selector).
const readers = new Map<string, (row: ChartRow) => number | null>();

function readerOf(key: string): (row: ChartRow) => number | null {
  let read = readers.get(key);
  if (!read) {
    read = (row: ChartRow) => row.segments[key] ?? null;
    readers.set(key, read);
  }
  return read;
}

/** The line chart: one line per unbroken run of weeks, each title in its colour, dash and marker. */
export function LinePlot({ common, frame, series, segments, isRank }: PlotProps) {
  const styles = useMemo(() => new Map(series.map((s) => [s.id, s])), [series]);
  // Each unbroken run is its own line: a gap of more than a week is never joined.
  return (
    <LineChart {...common}>
      {frame}
      {segments.map((seg) => {
        const s = styles.get(seg.titleId);
        if (!s) return null;
        return (
          <Line
            key={seg.key}
            className={isRank ? dodgeClass(series.indexOf(s), series.length) : undefined}
            dataKey={readerOf(seg.key) as DataKey<unknown>}
            name={s.name}
            stroke={s.style.color}
            strokeWidth={2.5}
            strokeDasharray={s.style.dash}
            dot={seriesDot(s.id, s.style.shape, s.style.color)}
            activeDot={seriesDot(s.id, s.style.shape, s.style.color, true)}
            connectNulls={false}
            isAnimationActive={false}
          />
        );
      })}
    </LineChart>
  );
}
