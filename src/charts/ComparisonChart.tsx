import { memo, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import { CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MouseHandlerDataParam } from 'recharts/types/synchronisation/types';
import type { RowDetails } from '../domain/comparison/details';
import type { Axis, ChartMarker, ChartRow, Segment } from '../domain/comparison/types';
import type { ChartKind, Metric, Scale } from '../domain/view';
import { ChartTooltip } from './ChartTooltip';
import type { SeriesStyle } from './seriesStyle';
import { CHART_TEXT, labelOnLeft, MARGIN, TICK_MARGIN, TICK_SIZE, X_AXIS_HEIGHT, X_TITLE_OFFSET, yAxisWidth } from './staticLayout';

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

const CURSOR = { stroke: 'var(--rule)', strokeWidth: 1 };
const BAR_CURSOR = { fill: 'var(--cursor)' };
// The grid has no vertical lines, but recharts computes their places anyway (laying out and
// measuring every x tick label once more) unless told there are none.
const NO_VERTICAL_LINES = () => [];

/** What an axis draws, as one string: two axes with the same key draw the same. */
function axisKey(axis: Axis & { reversed?: boolean }): string {
  return JSON.stringify([axis.title, axis.ticks, axis.labels, axis.domain, axis.reversed ?? null]);
}

/**
 * The axis the chart drew last while the new one draws the same (a new comparison builds new axis
 * objects even when only a title was added), so recharts sees unchanged props and leaves it be.
 */
function useSameAxis<A extends Axis & { reversed?: boolean }>(axis: A): A {
  const key = axisKey(axis);
  const [kept, setKept] = useState({ key, axis });
  if (kept.key === key) return kept.axis;
  // Storing what the last render drew: React renders this component again before its children.
  setKept({ key, axis });
  return axis;
}

function ComparisonChartInner(props: ComparisonChartProps & { plot: Plot }) {
  const {
    rows,
    segments,
    series,
    metric,
    kind,
    scale,
    xAxis: xAxisNow,
    yAxis: yAxisNow,
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
  const xAxis = useSameAxis(xAxisNow);
  const yAxis = useSameAxis(yAxisNow);
  // Props that stay the same objects while their axis does: recharts registers an axis with the
  // chart again (a store update every selector re-runs on) whenever one of its props changes.
  const xFormat = useMemo(() => {
    const labels = new Map(xAxis.ticks.map((t, i) => [t, xAxis.labels[i] ?? String(t)]));
    return (v: number | string) => labels.get(v) ?? String(v);
  }, [xAxis]);
  const yFormat = useMemo(() => {
    const labels = new Map(yAxis.ticks.map((t, i) => [t, yAxis.labels[i] ?? String(t)]));
    return (v: number) => labels.get(v) ?? String(v);
  }, [yAxis]);
  const yDomain = useMemo(() => (yAxis.domain ? [yAxis.domain[0], yAxis.domain[1]] : undefined), [yAxis]);
  const xLabel = useMemo(
    () => ({ value: xAxis.title, position: 'insideBottom' as const, offset: -X_TITLE_OFFSET, fill: 'var(--muted)', fontSize: 12 }),
    [xAxis.title],
  );
  const tooltipContent = useMemo(() => <ChartTooltip series={series} detailsOf={detailsOf} />, [series, detailsOf]);
  const picked = activeIndex === null || activeIndex === undefined ? null : rows[activeIndex];
  const handleClick = (state: MouseHandlerDataParam) => {
    const index = Number(state.activeTooltipIndex);
    if (onPick && Number.isInteger(index) && index >= 0) onPick(index);
  };
  const frame = (
    <>
      <CartesianGrid stroke="var(--grid)" vertical={false} verticalCoordinatesGenerator={NO_VERTICAL_LINES} />
      <XAxis
        dataKey="key"
        tick={CHART_TEXT}
        ticks={xAxis.ticks}
        interval="preserveStartEnd"
        tickFormatter={xFormat}
        label={xLabel}
        minTickGap={8}
        height={X_AXIS_HEIGHT}
        tickSize={TICK_SIZE}
        tickMargin={TICK_MARGIN}
        stroke="var(--rule)"
      />
      <YAxis
        reversed={yAxis.reversed}
        domain={yDomain}
        ticks={yAxis.ticks}
        scale={scale}
        allowDataOverflow
        interval={0}
        tickFormatter={yFormat}
        tick={CHART_TEXT}
        width={yAxisWidth(isRank)}
        tickSize={TICK_SIZE}
        tickMargin={TICK_MARGIN}
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
                  ...CHART_TEXT,
                  value: m.label,
                  className: m.first ? undefined : 'chart__label--extra',
                  position: labelOnLeft(
                    rows.findIndex((r) => r.key === m.x),
                    rows.length,
                  )
                    ? 'insideTopRight'
                    : 'insideTopLeft',
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
