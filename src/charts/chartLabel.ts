/** The chart's accessible name, the same on the static chart and on recharts' that replaces it. */
export const CHART_LABEL = 'Chart. Left and right arrow keys step through the weeks; Home and End jump to the first and last.';

/** The keys that step through the weeks. */
export const STEPS = ['ArrowRight', 'ArrowLeft', 'Home', 'End', 'Escape'] as const;

/** The week a key steps to from `index` (null: none picked) among `count` weeks. */
export function stepTo(key: string, index: number | null, count: number): number | null | undefined {
  const last = count - 1;
  if (last < 0) return undefined;
  switch (key) {
    case 'ArrowRight':
      return Math.min(last, (index ?? -1) + 1);
    case 'ArrowLeft':
      return Math.max(0, (index ?? last + 1) - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'Escape':
      return null;
    default:
      return undefined;
  }
}
