import { useMemo } from 'react';
import { Line, LineChart, type DataKey } from 'recharts';
import type { ChartRow } from '../domain/comparison/types';
import type { PlotProps } from './ComparisonChart';
import { dodgeClass } from './dodge';
import { SeriesDot } from './SeriesDot';

/** The line chart: one line per unbroken run of weeks, each title in its colour, dash and marker. */
export function LinePlot({ common, frame, series, segments, isRank }: PlotProps) {
  const styles = useMemo(() => new Map(series.map((s) => [s.id, s])), [series]);
  // Each unbroken run is its own line: a gap of more than a week is never joined.
  const segmentKeys = useMemo(
    () => new Map(segments.map((seg) => [seg.key, (row: ChartRow) => row.segments[seg.key] ?? null])),
    [segments],
  );
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
            dataKey={segmentKeys.get(seg.key) as DataKey<unknown>}
            name={s.name}
            stroke={s.style.color}
            strokeWidth={2.5}
            strokeDasharray={s.style.dash}
            dot={<SeriesDot s={s} />}
            activeDot={<SeriesDot s={s} active />}
            connectNulls={false}
            isAnimationActive={false}
          />
        );
      })}
    </LineChart>
  );
}
