import { memo, useMemo, type ComponentType, type ReactNode } from 'react';
import { CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MouseHandlerDataParam } from 'recharts/types/synchronisation/types';
import type { RowDetails } from '../domain/comparison/details';
import type { Axis, ChartMarker, ChartRow, Segment } from '../domain/comparison/types';
import type { ChartKind, Metric, Scale } from '../domain/view';
import { ChartTooltip } from './ChartTooltip';
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

/** What a plot (lines or bars) draws with: the chart's shared props and its frame (grid, axes, tooltip, rules). */
export interface PlotProps {
  common: {
    data: ChartRow[];
    margin: typeof MARGIN;
    width: number | undefined;
    height: number | undefined;
    title: string;
    desc: string;
    accessibilityLayer: false;
    onClick: (state: MouseHandlerDataParam) => void;
  };
  frame: ReactNode;
  series: readonly ChartSeries[];
  segments: readonly Segment[];
  isRank: boolean;
}

/**
 * Lines and bars are separate modules, each in its own chunk: the first view draws lines, so
 * the bar code (recharts' Bar and its selectors) loads only when a reader picks bars.
 */
export type Plot = ComponentType<PlotProps>;

const MARGIN = { top: 12, right: 16, bottom: 28, left: 4 };
const AXIS_TICK = { fill: 'var(--muted)', fontSize: 12 };
const CURSOR = { stroke: 'var(--rule)', strokeWidth: 1 };
const BAR_CURSOR = { fill: 'var(--cursor)' };
const MARKER_LABEL = { fill: 'var(--muted)', fontSize: 12 };
// The grid has no vertical lines, but recharts computes their places anyway (laying out and
// measuring every x tick label once more) unless told there are none.
const NO_VERTICAL_LINES = () => [];

function ComparisonChartInner(props: ComparisonChartProps & { plot: Plot }) {
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
    plot: DrawPlot,
  } = props;
  const isRank = metric === 'rank';
  const xLabels = useMemo(() => new Map(xAxis.ticks.map((t, i) => [t, xAxis.labels[i] ?? String(t)])), [xAxis]);
  const yLabels = useMemo(() => new Map(yAxis.ticks.map((t, i) => [t, yAxis.labels[i] ?? String(t)])), [yAxis]);
  const tooltipContent = useMemo(() => <ChartTooltip series={series} detailsOf={detailsOf} />, [series, detailsOf]);
  const picked = activeIndex === null || activeIndex === undefined ? null : rows[activeIndex];
  const half = rows.length / 2;
  const handleClick = (state: MouseHandlerDataParam) => {
    const index = Number(state.activeTooltipIndex);
    if (onPick && Number.isInteger(index) && index >= 0) onPick(index);
  };
  const frame = (
    <>
      <CartesianGrid stroke="var(--grid)" vertical={false} verticalCoordinatesGenerator={NO_VERTICAL_LINES} />
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
  const common: PlotProps['common'] = {
    data: rows as ChartRow[],
    margin: MARGIN,
    width,
    height,
    title,
    desc: description,
    accessibilityLayer: false,
    onClick: handleClick,
  };
  const chart = <DrawPlot common={common} frame={frame} series={series} segments={segments} isRank={isRank} />;

  if (width !== undefined && height !== undefined) return chart;
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 800, height: 400 }}>
      {chart}
    </ResponsiveContainer>
  );
}

export const ComparisonChart = memo(ComparisonChartInner);
export default ComparisonChart;
