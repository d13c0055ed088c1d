import { memo, useMemo } from 'react';
import {
  type DataKey,
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { MouseHandlerDataParam } from 'recharts/types/synchronisation/types';
import type { RowDetails } from '../domain/comparison/details';
import type { Axis, ChartMarker, ChartRow, Segment } from '../domain/comparison/types';
import type { ChartKind, Metric, Scale } from '../domain/view';
import { ChartTooltip } from './ChartTooltip';
import { BarPatterns, barFill } from './BarPatterns';
import { dodgeClass } from './dodge';
import { SeriesDot } from './SeriesDot';
import type { SeriesStyle } from './seriesStyle';

export interface ChartSeries {
  id: string;
  name: string;
  style: SeriesStyle;
}

export interface ComparisonChartProps {
  rows: readonly ChartRow[];
  segments: readonly Segment[];
  series: readonly ChartSeries[];
  metric: Metric;
  kind: ChartKind;
  scale: Scale;
  xAxis: Axis;
  yAxis: Axis & { reversed: boolean };
  /** Vertical rules with a label, e.g. where a re-entry starts. */
  markers: readonly ChartMarker[];
  detailsOf: (row: ChartRow) => RowDetails;
  /** The week picked by keyboard or tap: a cursor stands there and hover's tooltip stays away. */
  activeIndex?: number | null;
  onPick?: (index: number) => void;
  /** The chart's accessible name and description (the svg's title and desc). */
  title: string;
  description: string;
  /** Fixed size (tests, exports); otherwise the chart fills its container. */
  width?: number;
  height?: number;
}

const MARGIN = { top: 12, right: 16, bottom: 28, left: 4 };
const RANK_BAR_FLOOR = 10.5;
const AXIS_TICK = { fill: 'var(--muted)', fontSize: 12 };
const CURSOR = { stroke: 'var(--rule)', strokeWidth: 1 };
const BAR_CURSOR = { fill: 'var(--cursor)' };
const MARKER_LABEL = { fill: 'var(--muted)', fontSize: 12 };

function ComparisonChartInner(props: ComparisonChartProps) {
  const {
    rows,
    segments,
    series,
    metric,
    kind,
    scale,
    xAxis,
    yAxis,
    markers,
    detailsOf,
    activeIndex,
    onPick,
    title,
    description,
    width,
    height,
  } = props;
  const isRank = metric === 'rank';
  const styles = useMemo(() => new Map(series.map((s) => [s.id, s])), [series]);
  const xLabels = useMemo(() => new Map(xAxis.ticks.map((t, i) => [t, xAxis.labels[i] ?? String(t)])), [xAxis]);
  const yLabels = useMemo(() => new Map(yAxis.ticks.map((t, i) => [t, yAxis.labels[i] ?? String(t)])), [yAxis]);
  // Each unbroken run is its own line: a gap of more than a week is never joined.
  const segmentKeys = useMemo(
    () => new Map(segments.map((seg) => [seg.key, (row: ChartRow) => row.segments[seg.key] ?? null])),
    [segments],
  );
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
  const tooltipContent = useMemo(() => <ChartTooltip series={series} detailsOf={detailsOf} />, [series, detailsOf]);
  const picked = activeIndex === null || activeIndex === undefined ? null : rows[activeIndex];
  const half = rows.length / 2;
  const handleClick = (state: MouseHandlerDataParam) => {
    const index = Number(state.activeTooltipIndex);
    if (onPick && Number.isInteger(index) && index >= 0) onPick(index);
  };
  const frame = (
    <>
      <CartesianGrid stroke="var(--grid)" vertical={false} />
      <XAxis
        dataKey="key"
        tick={AXIS_TICK}
        ticks={xAxis.ticks}
        interval="preserveStartEnd"
        tickFormatter={(v: number | string) => xLabels.get(v) ?? String(v)}
        label={{ value: xAxis.title, position: 'insideBottom', offset: -18, fill: 'var(--muted)', fontSize: 12 }}
        minTickGap={8}
        stroke="var(--rule)"
      />
      <YAxis
        reversed={yAxis.reversed}
        domain={yAxis.domain ? [yAxis.domain[0], yAxis.domain[1]] : undefined}
        ticks={yAxis.ticks}
        scale={scale}
        allowDataOverflow
        interval={0}
        tickFormatter={(v: number) => yLabels.get(v) ?? String(v)}
        tick={AXIS_TICK}
        width={isRank ? 40 : 52}
        stroke="var(--rule)"
      />
      <Tooltip
        content={tooltipContent}
        cursor={kind === 'bar' ? BAR_CURSOR : CURSOR}
        isAnimationActive={false}
        active={picked ? false : undefined}
      />
      {markers.map((m) => (
        <ReferenceLine
          key={`${m.titleId}-${m.x}`}
          x={m.x}
          stroke="var(--muted)"
          strokeDasharray="3 3"
          className="chart__reentry"
          label={
            m.labelled
              ? {
                  ...MARKER_LABEL,
                  value: m.label,
                  className: m.first ? undefined : 'chart__label--extra',
                  position: rows.findIndex((r) => r.key === m.x) > half ? 'insideTopRight' : 'insideTopLeft',
                }
              : undefined
          }
        />
      ))}
      {picked && <ReferenceLine x={picked.key} stroke="var(--ink)" strokeWidth={1} className="chart__cursor" />}
    </>
  );
  const data = rows as ChartRow[];
  const common = { data, margin: MARGIN, width, height, title, desc: description, accessibilityLayer: false, onClick: handleClick };

  const chart =
    kind === 'bar' ? (
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
    ) : (
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

  if (width !== undefined && height !== undefined) return chart;
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 800, height: 400 }}>
      {chart}
    </ResponsiveContainer>
  );
}

export const ComparisonChart = memo(ComparisonChartInner);
export default ComparisonChart;
