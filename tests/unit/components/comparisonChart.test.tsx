import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ComparisonChart, type ChartSeries } from '../../../src/charts/ComparisonChart';
import { seriesStyle } from '../../../src/charts/seriesStyle';
import { buildChartRows } from '../../../src/domain/chartRows';
import { buildAllSeries } from '../../../src/domain/series';
import type { Metric, Scale } from '../../../src/domain/view';
import { AOUAD, BP, SG, loadSeed } from '../../seed';

const dataset = loadSeed();
const view = { titles: [SG, AOUAD, BP], weeks: [1, 8] as const, align: 'top10' as const };
const titleSeries = buildAllSeries(dataset, view);
const series: ChartSeries[] = titleSeries.map((s, i) => ({ id: s.title.id, name: s.title.name, style: seriesStyle(i) }));

function drawChart(metric: Metric, scale: Scale = 'linear', kind: 'line' | 'bar' = 'line') {
  render(
    <ComparisonChart
      rows={buildChartRows(titleSeries, metric, 'top10', view.weeks)}
      series={series}
      metric={metric}
      align="top10"
      kind={kind}
      scale={scale}
      markers={[]}
      title="Chart"
      description="test"
      width={800}
      height={400}
    />,
  );
  return screen.getByRole('application', { name: 'Chart' });
}

/**
 * The y axis' tick labels, top to bottom as drawn. SVG text has no role to query by, so this
 * reads recharts' tick-label layer: what a reader sees down the left edge.
 */
function yTicks(chart: HTMLElement): string[] {
  return [...chart.querySelectorAll('.recharts-yAxis-tick-labels text')]
    .sort((a, b) => Number(a.getAttribute('y')) - Number(b.getAttribute('y')))
    .map((t) => t.textContent ?? '');
}

describe('ComparisonChart', () => {
  it('draws ranks with #1 at the top and #10 at the bottom', async () => {
    const chart = drawChart('rank');
    await waitFor(() => expect(yTicks(chart)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']));
  });

  it('draws hours with the largest tick at the top', async () => {
    const chart = drawChart('hours');
    await waitFor(() => expect(yTicks(chart)[0]).toBe('600M'));
    expect(yTicks(chart).at(-1)).toBe('0');
  });

  it('draws one line per title', async () => {
    const chart = drawChart('hours');
    await waitFor(() => expect(chart.querySelectorAll('.recharts-line')).toHaveLength(3));
  });
});

describe('ComparisonChart as bars', () => {
  it('gives a #1 week the tallest rank bar, not an empty one', async () => {
    const chart = drawChart('rank', 'linear', 'bar');
    // 3 titles x 8 weeks, every one on the list.
    await waitFor(() => expect(chart.querySelectorAll('.recharts-bar-rectangle path')).toHaveLength(24));
    // Bars are drawn title by title; week 1: Squid Game #1, All of Us Are Dead #1, Business Proposal #6.
    const heights = [...chart.querySelectorAll('.recharts-bar-rectangle path')].map((p) => Number(p.getAttribute('height')));
    const [sgWeek1, aouadWeek1, bpWeek1] = [heights[0]!, heights[8]!, heights[16]!];
    expect(sgWeek1).toBeGreaterThan(0);
    expect(sgWeek1).toBe(aouadWeek1);
    // Ranks 1 and 6 above a floor at 10.5: heights in the ratio 9.5 : 4.5.
    expect(bpWeek1 / sgWeek1).toBeCloseTo(4.5 / 9.5, 2);
  });
});
