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

function drawChart(metric: Metric, scale: Scale = 'linear') {
  render(
    <ComparisonChart
      rows={buildChartRows(titleSeries, metric, 'top10', view.weeks)}
      series={series}
      metric={metric}
      align="top10"
      kind="line"
      scale={scale}
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
