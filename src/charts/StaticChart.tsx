import { useLayoutEffect, useRef, useState, type PointerEvent } from 'react';
import type { Comparison } from '../domain/comparison/types';
import { engage, notePending } from './engagement';
import { CHART_LABEL, STEPS } from './chartLabel';
import type { ChartSeries } from './ComparisonChart';
import { dodgeClass } from './dodge';
import { Marker } from './Marker';
import {
  CHART_TEXT,
  estimateWidth,
  isHollow,
  LABEL_OFFSET,
  labelOnLeft,
  linePath,
  plotBox,
  TICK_MARGIN,
  TICK_SIZE,
  X_AXIS_HEIGHT,
  X_TITLE_OFFSET,
  xOf,
  xTicks,
  yScale,
} from './staticLayout';

interface StaticChartProps {
  comparison: Comparison;
  series: readonly ChartSeries[];
}

/** recharts' first size in a box it cannot measure (jsdom): the same here. */
const FALLBACK = { width: 800, height: 400 };
const STEP_KEYS = new Set<string>(STEPS);

/**
 * The line chart as plain SVG, laid out as recharts lays it out (staticLayout.ts): what the first
 * view draws until the reader reaches for the page (chartEngagement.ts). Same lines, markers,
 * rules, axes and words as the interactive chart; no tooltip, which recharts brings.
 */
export function StaticChart({ comparison: c, series }: StaticChartProps) {
  const plot = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);

  useLayoutEffect(() => {
    const box = plot.current;
    if (!box) return;
    const measure = () => {
      const width = box.clientWidth || FALLBACK.width;
      const height = box.clientHeight || FALLBACK.height;
      setSize((s) => (s?.width === width && s.height === height ? s : { width, height }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  // A pointer over the chart is reaching for its tooltip: recharts takes over, and hover shows it.
  const remember = (e: PointerEvent) => {
    notePending({ kind: e.pointerType === 'mouse' ? 'hover' : 'tap', x: e.clientX, y: e.clientY });
    engage();
  };

  return (
    // Focus and keys go to recharts' chart, which replaces this one on the first of them (and takes the focus over).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- the same application role as the chart that replaces it
    <div
      className="chart"
      role="application"
      aria-label={CHART_LABEL}
      aria-describedby="chart-summary"
      tabIndex={0}
      onFocus={() => notePending(null, true)}
      onKeyDown={(e) => {
        if (!STEP_KEYS.has(e.key)) return;
        e.preventDefault();
        notePending(null, false, e.key);
      }}
      onPointerMove={remember}
      onPointerDown={remember}
    >
      <p className="chart__axis-title">{c.yAxis.title}</p>
      <div ref={plot} className="chart__plot">
        {size && <StaticSvg comparison={c} series={series} width={size.width} height={size.height} />}
      </div>
    </div>
  );
}

const widths = new Map<string, number>();

/**
 * A tick label's width measured as recharts measures it (a hidden span in the body, 12 px), so
 * both charts keep the same labels. Without layout (jsdom) every width is 0: estimated instead.
 */
function labelWidth(label: string): number {
  let width = widths.get(label);
  if (width !== undefined) return width;
  const span = document.createElement('span');
  span.setAttribute('aria-hidden', 'true');
  span.className = 'chart__measure';
  span.textContent = label;
  document.body.appendChild(span);
  width = span.getBoundingClientRect().width || estimateWidth(label);
  span.remove();
  widths.set(label, width);
  return width;
}

interface StaticSvgProps extends StaticChartProps {
  width: number;
  height: number;
}

function StaticSvg({ comparison: c, series, width, height }: StaticSvgProps) {
  const isRank = c.view.metric === 'rank';
  const box = plotBox(width, height, isRank);
  const y = yScale(c.yAxis, c.scale, box);
  const bottom = box.top + box.height;
  const axisX = box.left;
  const n = c.rows.length;
  const styles = new Map(series.map((s, i) => [s.id, { s, i }]));
  const xTickList = xTicks(c.xAxis, c.rows, box, labelWidth);
  const yTicks = c.yAxis.ticks.flatMap((t, i) => {
    const at = y(Number(t));
    return at === null ? [] : [{ y: at, label: c.yAxis.labels[i] ?? String(t) }];
  });
  const rowIndex = new Map(c.rows.map((r, i) => [r.key, i]));

  return (
    <svg className="chart__static" width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <title>{c.heading}</title>
      <desc>{c.summary}</desc>
      <g className="chart__grid">
        {yTicks.map((t) => (
          <line key={t.y} x1={box.left} x2={box.left + box.width} y1={t.y} y2={t.y} stroke="var(--grid)" />
        ))}
      </g>
      {c.markers.map((m) => {
        const at = rowIndex.get(m.x);
        if (at === undefined) return null;
        const x = xOf(at, n, box);
        const onLeft = labelOnLeft(at, n);
        return (
          <g key={`${m.titleId}-${m.x}`} className="chart__reentry">
            <line x1={x} x2={x} y1={box.top} y2={bottom} stroke="var(--muted)" strokeDasharray="3 3" />
            {m.labelled && (
              <text
                {...CHART_TEXT}
                className={m.first ? undefined : 'chart__label--extra'}
                x={onLeft ? x - LABEL_OFFSET : x + LABEL_OFFSET}
                y={box.top + LABEL_OFFSET}
                dy="0.71em"
                textAnchor={onLeft ? 'end' : 'start'}
              >
                {m.label}
              </text>
            )}
          </g>
        );
      })}
      {c.segments.map((seg) => {
        const style = styles.get(seg.titleId);
        if (!style) return null;
        const { s, i } = style;
        // A null breaks the line, as recharts' connectNulls={false} does.
        const runs: { x: number; y: number; hollow: boolean }[][] = [[]];
        c.rows.forEach((row, r) => {
          const v = row.segments[seg.key];
          const at = v === null || v === undefined ? null : y(v);
          if (at === null) {
            if (runs.at(-1)!.length > 0) runs.push([]);
          } else runs.at(-1)!.push({ x: xOf(r, n, box), y: at, hollow: isHollow(row, s.id) });
        });
        return (
          <g key={seg.key} className={isRank ? `chart__line ${dodgeClass(i, series.length)}` : 'chart__line'}>
            {runs.map((points, r) =>
              points.length > 1 ? (
                <path key={r} d={linePath(points)} fill="none" stroke={s.style.color} strokeWidth={2.5} strokeDasharray={s.style.dash} />
              ) : null,
            )}
            {runs.flat().map((p) => (
              <Marker key={p.x} cx={p.x} cy={p.y} shape={s.style.shape} color={s.style.color} hollow={p.hollow} />
            ))}
          </g>
        );
      })}
      <g className="chart__axis">
        <line x1={axisX} x2={axisX} y1={box.top} y2={bottom} stroke="var(--rule)" />
        {yTicks.map((t) => (
          <g key={t.y}>
            <line x1={axisX - TICK_SIZE} x2={axisX} y1={t.y} y2={t.y} stroke="var(--rule)" />
            <text {...CHART_TEXT} x={axisX - TICK_SIZE - TICK_MARGIN} y={t.y} dy="0.355em" textAnchor="end">
              {t.label}
            </text>
          </g>
        ))}
        <line x1={box.left} x2={box.left + box.width} y1={bottom} y2={bottom} stroke="var(--rule)" />
        {xTickList.map((t) => (
          <g key={t.x}>
            <line x1={t.x} x2={t.x} y1={bottom} y2={bottom + TICK_SIZE} stroke="var(--rule)" />
            <text {...CHART_TEXT} x={t.x} y={bottom + TICK_SIZE + TICK_MARGIN} dy="0.71em" textAnchor="middle">
              {t.label}
            </text>
          </g>
        ))}
        <text {...CHART_TEXT} x={box.left + box.width / 2} y={bottom + X_AXIS_HEIGHT + X_TITLE_OFFSET} textAnchor="middle">
          {c.xAxis.title}
        </text>
      </g>
    </svg>
  );
}
