import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
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
  /** The chart's accessible name and description (the svg's title and desc). */
  title: string;
  description: string;
  /** Fixed size (tests, exports); otherwise the chart fills its container. */
  width?: number;
  height?: number;
}

const MARGIN = { top: 12, right: 16, bottom: 28, left: 8 };
const RANK_DOMAIN: [number, number] = [1, 10];
const RANK_TICKS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
// Markers at #1 and #10 would be cut in half by the frame.
const RANK_PADDING = { top: 8, bottom: 8 };
// Headroom on a log axis is a factor, not a sum: keep the extreme points off the frame.
const LOG_DOMAIN: [(min: number) => number, (max: number) => number] = [(min) => min / 1.5, (max) => max * 1.5];
const AXIS_TICK = { fill: 'var(--muted)', fontSize: 12 };
const CURSOR = { stroke: 'var(--rule)', strokeWidth: 1 };
const BAR_CURSOR = { fill: 'var(--cursor)' };
const AXIS_LABELS: Record<Align, string> = {
  top10: 'Week in the Top 10',
  premiere: 'Week since premiere',
  calendar: 'Week ending',
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

function ComparisonChartInner({ rows, series, metric, align, kind, scale, title, description, width, height }: ComparisonChartProps) {
  const isRank = metric === 'rank';
  const xAxis = (
    <XAxis
      dataKey="key"
      tick={AXIS_TICK}
      tickFormatter={align === 'calendar' ? calendarTick : weekTick}
      ticks={align === 'calendar' ? calendarTicks(rows.map((r) => String(r.key))) : undefined}
      label={{ value: AXIS_LABELS[align], position: 'insideBottom', offset: -18, fill: 'var(--muted)', fontSize: 12 }}
      minTickGap={12}
      stroke="var(--rule)"
    />
  );
  const yAxis = isRank ? (
    <YAxis reversed domain={RANK_DOMAIN} ticks={RANK_TICKS} allowDecimals={false} tick={AXIS_TICK} width={36} stroke="var(--rule)" padding={RANK_PADDING} />
  ) : (
    <YAxis
      scale={scale === 'log' ? 'log' : 'linear'}
      domain={scale === 'log' ? LOG_DOMAIN : undefined}
      tickFormatter={yTick}
      tick={AXIS_TICK}
      width={56}
      stroke="var(--rule)"
    />
  );
  const tooltip = <Tooltip content={<ChartTooltip series={series} align={align} metric={metric} />} cursor={kind === 'bar' ? BAR_CURSOR : CURSOR} isAnimationActive={false} />;
  const grid = <CartesianGrid stroke="var(--grid)" vertical={false} />;
  const data = rows as ChartRow[];

  const chart =
    kind === 'bar' ? (
      <BarChart data={data} margin={MARGIN} width={width} height={height} barCategoryGap="18%" title={title} desc={description}>
        <BarPatterns series={series} />
        {grid}
        {xAxis}
        {yAxis}
        {tooltip}
        {series.map((s) => (
          <Bar key={s.id} dataKey={`values.${s.id}`} name={s.name} fill={barFill(s)} stroke={s.style.color} strokeWidth={1} isAnimationActive={false} />
        ))}
      </BarChart>
    ) : (
      <LineChart data={data} margin={MARGIN} width={width} height={height} title={title} desc={description}>
        {grid}
        {xAxis}
        {yAxis}
        {tooltip}
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
