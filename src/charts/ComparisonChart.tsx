import { memo, useMemo } from 'react';
import { type DataKey, Bar, BarChart, CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartMarker } from '../domain/caveats';
import { calendarTicks, type ChartRow } from '../domain/chartRows';
import { formatCompact, formatMonthYear } from '../domain/format';
import type { Align, ChartKind, Metric, Scale } from '../domain/view';
import { ChartTooltip } from './ChartTooltip';
import { Marker } from './Marker';
import { BarPatterns, barFill } from './BarPatterns';
import type { SeriesStyle } from './seriesStyle';

export interface ChartSeries {
  id: string;
  name: string;
  style: SeriesStyle;
}

export interface ComparisonChartProps {
  rows: readonly ChartRow[];
  series: readonly ChartSeries[];
  metric: Metric;
  align: Align;
  kind: ChartKind;
  scale: Scale;
  /** Vertical rules with a label, e.g. where a re-entry starts. */
  markers: readonly ChartMarker[];
  /** The chart's accessible name and description (the svg's title and desc). */
  title: string;
  description: string;
  /** Fixed size (tests, exports); otherwise the chart fills its container. */
  width?: number;
  height?: number;
}

const MARGIN = { top: 12, right: 16, bottom: 28, left: 8 };
// Half a rank of room each side keeps #1 and #10 off the frame, and gives rank bars a floor.
const RANK_DOMAIN: [number, number] = [0.5, 10.5];
const RANK_BAR_FLOOR = 10.5;
const RANK_TICKS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const AUTO_DOMAIN: [number, string] = [0, 'auto'];
// Headroom on a log axis is a factor, not a sum: keep the extreme points off the frame.
const LOG_DOMAIN: [(min: number) => number, (max: number) => number] = [(min) => min / 1.5, (max) => max * 1.5];
const AXIS_TICK = { fill: 'var(--muted)', fontSize: 12 };
const CURSOR = { stroke: 'var(--rule)', strokeWidth: 1 };
const BAR_CURSOR = { fill: 'var(--cursor)' };
const axisLabel = (value: string) => ({ value, position: 'insideBottom' as const, offset: -18, fill: 'var(--muted)', fontSize: 12 });
const AXIS_LABELS: Record<Align, ReturnType<typeof axisLabel>> = {
  top10: axisLabel('Week in the Top 10'),
  premiere: axisLabel('Week since premiere'),
  calendar: axisLabel('Week ending'),
};

function weekTick(value: number | string): string {
  return String(value);
}

function calendarTick(value: number | string): string {
  return typeof value === 'string' ? formatMonthYear(value) : String(value);
}

function yTick(value: number): string {
  return formatCompact(value);
}

function ComparisonChartInner({ rows, series, metric, align, kind, scale, markers, title, description, width, height }: ComparisonChartProps) {
  const isRank = metric === 'rank';
  // Props recharts compares by identity: rebuilt only when their inputs change.
  const ticks = useMemo(() => (align === 'calendar' ? calendarTicks(rows.map((r) => String(r.key))) : undefined), [align, rows]);
  // Rank bars rise from below #10 to the rank, so a #1 week is the tallest bar, not an empty one.
  const rankBarKeys = useMemo(
    () => new Map(series.map((s) => [s.id, (row: ChartRow) => (row.values[s.id] == null ? null : [RANK_BAR_FLOOR, row.values[s.id]])])),
    [series],
  );
  // A nested path (`values.<id>`) is a valid recharts key that its typed keys cannot express.
  const barKey = (id: string) => (isRank ? rankBarKeys.get(id)! : `values.${id}`) as DataKey<unknown>;
  const tooltipContent = useMemo(() => <ChartTooltip series={series} align={align} metric={metric} />, [series, align, metric]);
  const xAxis = (
    <XAxis
      dataKey="key"
      tick={AXIS_TICK}
      tickFormatter={align === 'calendar' ? calendarTick : weekTick}
      ticks={ticks}
      label={AXIS_LABELS[align]}
      minTickGap={12}
      stroke="var(--rule)"
    />
  );
  // One YAxis whose props change, not two that swap: recharts re-registers an axis on remount.
  const yAxis = (
    <YAxis
      reversed={isRank}
      domain={isRank ? RANK_DOMAIN : scale === 'log' ? LOG_DOMAIN : AUTO_DOMAIN}
      ticks={isRank ? RANK_TICKS : undefined}
      allowDecimals={!isRank}
      scale={isRank ? 'linear' : scale}
      tickFormatter={isRank ? undefined : yTick}
      tick={AXIS_TICK}
      width={isRank ? 36 : 56}
      stroke="var(--rule)"
    />
  );
  // What both chart kinds share: recharts 3 reads children through context, so a fragment works.
  const frame = (
    <>
      <CartesianGrid stroke="var(--grid)" vertical={false} />
      {xAxis}
      {yAxis}
      <Tooltip content={tooltipContent} cursor={kind === 'bar' ? BAR_CURSOR : CURSOR} isAnimationActive={false} />
      {markers.map((m) => (
        <ReferenceLine key={m.label} x={m.x} stroke="var(--muted)" strokeDasharray="3 3" label={{ value: m.label, position: 'insideTopLeft', fill: 'var(--muted)', fontSize: 12 }} />
      ))}
    </>
  );
  const data = rows as ChartRow[];

  const chart =
    kind === 'bar' ? (
      <BarChart data={data} margin={MARGIN} width={width} height={height} barCategoryGap="18%" title={title} desc={description}>
        <BarPatterns series={series} />
        {frame}
        {series.map((s) => (
          <Bar key={s.id} dataKey={barKey(s.id)} name={s.name} fill={barFill(s)} stroke={s.style.color} strokeWidth={1} isAnimationActive={false} />
        ))}
      </BarChart>
    ) : (
      <LineChart data={data} margin={MARGIN} width={width} height={height} title={title} desc={description}>
        {frame}
        {series.map((s) => (
          <Line
            key={s.id}
            dataKey={`values.${s.id}`}
            name={s.name}
            stroke={s.style.color}
            strokeWidth={2.5}
            strokeDasharray={s.style.dash}
            dot={<SeriesDot s={s} />}
            activeDot={<SeriesDot s={s} active />}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    );

  if (width !== undefined && height !== undefined) return chart;
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 800, height: 400 }}>
      {chart}
    </ResponsiveContainer>
  );
}

interface DotProps {
  s: ChartSeries;
  active?: boolean;
  cx?: number;
  cy?: number;
  payload?: ChartRow;
}

function SeriesDot({ s, active, cx, cy, payload }: DotProps) {
  const hollow = (payload?.points[s.id]?.notes.length ?? 0) > 0;
  return <Marker cx={cx} cy={cy} shape={s.style.shape} color={s.style.color} hollow={hollow} size={active ? 6 : 4.5} />;
}

export const ComparisonChart = memo(ComparisonChartInner);
export default ComparisonChart;
