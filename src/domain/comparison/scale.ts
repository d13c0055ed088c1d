import type { ChartKind, Metric } from '../view';
import { logScaleRefusal } from '../viewRules';

/**
 * The sentence the Log control shows when a log axis is refused, or null when it applies. The
 * rule itself is viewRules' (one rule for the link, the store, the control and the chart).
 */
export function logRefusalFor(metric: Metric, chart: ChartKind): string | null {
  const why = logScaleRefusal(metric, chart);
  return why === null ? null : `Log does not apply: ${why}.`;
}
