import type { ChartKind, Metric } from '../view';

/**
 * Why a log axis is refused for this view, or null when it applies. One rule for the control,
 * the chart and the notice: a bar on a log axis has no true length, and ranks have no log scale.
 */
export function logRefusalFor(metric: Metric, chart: ChartKind): string | null {
  if (metric === 'rank') return 'Log does not apply to ranks 1–10.';
  if (chart === 'bar') return 'Log does not apply to bars: a bar on a log axis has no true length.';
  return null;
}
