import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ChartSeries } from '../../../src/charts/ComparisonChart';
import BarChartPart from '../../../src/charts/BarChartPart';
import LineChartPart from '../../../src/charts/LineChartPart';
import { seriesStyle } from '../../../src/charts/seriesStyle';
import type { ComparisonView } from '../../../src/domain/comparison/types';
import { compare } from '../../comparison';
import { SG_WEEK_1 } from '../../figures';

function drawChart(view: Partial<ComparisonView> = {}) {
  const comparison = compare(view);
  const series: ChartSeries[] = comparison.series.map((s, i) => ({ id: s.id, name: s.name, style: seriesStyle(i) }));
  const ChartPart = comparison.view.chart === 'bar' ? BarChartPart : LineChartPart;
  render(<ChartPart comparison={comparison} series={series} width={800} height={400} />);
  return screen.getByRole('application', { name: /^Chart\./ });
}

/**
 * The y axis' tick labels, top to bottom as drawn. SVG text has no role to query by, so this
 * reads recharts' tick-label layer: what a reader sees down the left edge.
 */
function yTicks(chart: HTMLElement): string[] {
  return [...chart.querySelectorAll('.recharts-yAxis-tick-labels text')]
    .sort((a, b) => Number(a.getAttribute('y')) - Number(b.getAttribute('y')))
    .map((t) => t.textContent);
}

describe('ComparisonChart', () => {
  it('draws ranks with #1 at the top and #10 at the bottom, under an axis title naming the list', async () => {
    const chart = drawChart({ metric: 'rank' });
    await waitFor(() => expect(yTicks(chart)).toEqual(['#1', '#2', '#3', '#4', '#5', '#6', '#7', '#8', '#9', '#10']));
    expect(within(chart).getByText('Rank in TV (Non-English)')).toBeInTheDocument();
  });

  it('draws hours on nice ticks with exact labels and the unit as axis title', async () => {
    const chart = drawChart();
    await waitFor(() => expect(yTicks(chart)).toEqual(['600M', '400M', '200M', '0']));
    expect(within(chart).getByText('Hours viewed')).toBeInTheDocument();
  });

  it('draws one line per title', async () => {
    const chart = drawChart();
    await waitFor(() => expect(chart.querySelectorAll('.recharts-line')).toHaveLength(3));
  });

  it('draws one line per run when a title left the list and came back', async () => {
    const long = drawChart({ weeks: [1, 32] });
    // Squid Game's 5 runs, All of Us Are Dead's and Business Proposal's 1 each.
    await waitFor(() => expect(long.querySelectorAll('.recharts-line')).toHaveLength(7));
  });

  it('marks every re-entry with a rule, labelled where there is room', async () => {
    const chart = drawChart({ weeks: [1, 32] });
    await waitFor(() => expect(chart.querySelectorAll('.chart__reentry')).toHaveLength(4));
    expect(within(chart).getAllByText('Squid Game re-enters')).toHaveLength(2);
  });

  it('draws hollow markers for the weeks with a caveat and filled ones elsewhere', async () => {
    const chart = drawChart();
    // Week 1 of Squid Game and of All of Us Are Dead holds 3 days; Business Proposal entered late.
    await waitFor(() => expect(chart.querySelectorAll('.recharts-line-dots [fill="var(--surface)"]')).toHaveLength(3));
    const filled = [...chart.querySelectorAll('.recharts-line-dots [fill]')].filter((m) =>
      m.getAttribute('fill')!.startsWith('var(--series-'),
    );
    expect(filled).toHaveLength(21);
  });

  it('nudges tied ranks apart so every series shows', async () => {
    const chart = drawChart({ metric: 'rank' });
    await waitFor(() => expect(chart.querySelectorAll('.recharts-line')).toHaveLength(3));
    const offsets = [...chart.querySelectorAll('.recharts-line')].map((l) => [...l.classList].find((c) => c.startsWith('chart__dodge--')));
    expect(new Set(offsets).size).toBe(3);
  });
});

describe('ComparisonChart as bars', () => {
  it('gives a #1 week the tallest rank bar, not an empty one', async () => {
    const chart = drawChart({ metric: 'rank', chart: 'bar' });
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

describe('the chart without a mouse', () => {
  it('steps with the arrow keys, jumps with Home and End, and reads every series out', async () => {
    const user = userEvent.setup();
    const chart = drawChart();
    chart.focus();
    await user.keyboard('{ArrowRight}');
    const live = within(chart).getByText(/^Week 1 in the Top 10\./);
    expect(live).toHaveTextContent(`Squid Game: Season 1: Sep 13 – 19, 2021, ${SG_WEEK_1.text} hours · #1 in TV (Non-English)`);
    expect(live).toHaveTextContent('Business Proposal: Limited Series: Mar 7 – 13, 2022, 15,900,000 hours · #6 in TV (Non-English)');
    await user.keyboard('{End}');
    expect(within(chart).getByText(/^Week 8 in the Top 10\./)).toHaveTextContent('65,000,000 hours');
    await user.keyboard('{Home}');
    expect(within(chart).getAllByText('Week 1 in the Top 10').length).toBeGreaterThan(0);
  });

  // jsdom has no layout, so recharts cannot turn a tap's position into a week: the e2e suite taps.
  it('shows the week’s card from the keyboard, and puts it away on a tap outside', async () => {
    const user = userEvent.setup();
    const chart = drawChart({ align: 'calendar' });
    chart.focus();
    await user.keyboard('{End}');
    expect(within(chart).getByText('Week of Apr 25 – May 1, 2022')).toBeInTheDocument();
    await user.click(document.body);
    expect(within(chart).queryByText(/^Week of/)).not.toBeInTheDocument();
  });
});
