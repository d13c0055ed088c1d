import { describe, expect, it } from 'vitest';
import type { Axis, ChartRow } from '../../../src/domain/comparison/types';
import { estimateWidth, linePath, plotBox, xOf, xTicks, yScale } from '../../../src/charts/staticLayout';

// Worked by hand from recharts' layout of an 800 × 400 line chart: margin {12, 16, 28, 4}, a 52 px
// y axis (40 under Rank), a 30 px x axis. The e2e suite holds the static chart's ticks to the
// places recharts draws them in Chromium (resilience.spec.ts).
const BOX = plotBox(800, 400, false);
const axis = (ticks: number[], domain: [number, number], reversed = false): Axis & { reversed: boolean } => ({
  title: '',
  ticks,
  labels: ticks.map(String),
  domain,
  reversed,
});
const rows = (keys: readonly (number | string)[]): ChartRow[] =>
  keys.map((key, x) => ({ x, key, values: {}, points: {}, outside: {}, segments: {} }));

describe('plotBox', () => {
  it.each([
    [800, 400, false, { left: 56, top: 12, width: 728, height: 330 }],
    [800, 400, true, { left: 44, top: 12, width: 740, height: 330 }],
    [320, 280, false, { left: 56, top: 12, width: 248, height: 210 }],
    // Too small to draw: nothing negative.
    [40, 40, false, { left: 56, top: 12, width: 0, height: 0 }],
  ])('%i × %i (rank %s)', (w, h, rank, box) => {
    expect(plotBox(w, h, rank)).toEqual(box);
  });
});

describe('xOf: a point scale', () => {
  it.each([
    [0, 8, 56],
    [7, 8, 784],
    [1, 8, 160],
    // One week alone sits in the middle.
    [0, 1, 420],
  ])('row %i of %i at x = %f', (i, n, x) => {
    expect(xOf(i, n, BOX)).toBeCloseTo(x, 6);
  });
});

describe('yScale', () => {
  it.each([
    ['linear bottom', axis([0, 600e6], [0, 600e6]), 'linear', 0, 342],
    ['linear top', axis([0, 600e6], [0, 600e6]), 'linear', 600e6, 12],
    ['linear middle', axis([0, 600e6], [0, 600e6]), 'linear', 300e6, 177],
    ['rank #1 near the top', axis([1, 10], [0.5, 10.5], true), 'linear', 1, 28.5],
    ['rank #10 near the bottom', axis([1, 10], [0.5, 10.5], true), 'linear', 10, 325.5],
    ['log 1M at the bottom', axis([1e6, 1e9], [1e6, 1e9]), 'log', 1e6, 342],
    ['log 10M a third up', axis([1e6, 1e9], [1e6, 1e9]), 'log', 1e7, 232],
    ['log 1B at the top', axis([1e6, 1e9], [1e6, 1e9]), 'log', 1e9, 12],
  ] as const)('%s', (_, a, scale, value, y) => {
    expect(yScale(a, scale, BOX)(value)).toBeCloseTo(y, 6);
  });

  it('places nothing at or below 0 on a log axis', () => {
    const y = yScale(axis([1e6, 1e9], [1e6, 1e9]), 'log', BOX);
    expect(y(0)).toBeNull();
    expect(y(-5)).toBeNull();
  });
});

describe("xTicks: recharts' preserveStartEnd", () => {
  const weeks = (keys: number[]) => ({ title: '', ticks: keys, labels: keys.map(String), domain: null });
  // 16 px a label, as two digits measure at 12 px in Chromium's default sans.
  const w16 = () => 16;

  it('labels every week when there is room', () => {
    const keys = [1, 2, 3, 4, 5, 6, 7, 8];
    const ticks = xTicks(weeks(keys), rows(keys), BOX, estimateWidth);
    expect(ticks.map((t) => t.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(ticks[1]).toEqual({ x: 160, label: '2' });
  });

  it('keeps a label only when it clears the one before by 8 px: weeks 15-35 at 320 px', () => {
    // What recharts drew in Chromium for ?titles=squid-game-s1&weeks=15..35 at 320 px (a 266 px
    // chart; Squid Game's 32nd week is its last in that range): 15, 19, 23, 27, 31.
    const keys = Array.from({ length: 18 }, (_, i) => i + 15);
    const ticks = xTicks(weeks(keys.filter((k) => k % 2 === 1)), rows(keys), plotBox(266, 280, false), w16);
    expect(ticks.map((t) => t.label)).toEqual(['15', '19', '23', '27', '31']);
  });

  it('reckons the end labels moved inwards, so they still count as fitting', () => {
    const keys = [1, 2];
    const labels = ['Sep 2021', 'Oct 2021'];
    const ticks = xTicks({ title: '', ticks: keys, labels, domain: null }, rows(keys), BOX, () => 50);
    expect(ticks).toEqual([
      { x: 56, label: 'Sep 2021' },
      { x: 784, label: 'Oct 2021' },
    ]);
  });

  it('drops a middle label that would crowd the last one', () => {
    const keys = [1, 2, 3];
    const ticks = xTicks(weeks(keys), rows(keys), plotBox(100, 280, false), () => 10);
    // Plot from 56 to 84: 1 at 56 (reckoned at 61), 2 at 70 and 3 at 84 (reckoned at 79) do not all fit.
    expect(ticks.map((t) => t.label)).toEqual(['1', '3']);
  });

  it('skips ticks that name no row', () => {
    expect(xTicks(weeks([2, 9]), rows([1, 2]), BOX, estimateWidth)).toEqual([{ x: 784, label: '2' }]);
  });
});

it('linePath joins points with straight lines, to the hundredth of a pixel', () => {
  expect(
    linePath([
      { x: 56, y: 342 },
      { x: 160.004, y: 12.3456 },
    ]),
  ).toBe('M56,342L160,12.35');
});
