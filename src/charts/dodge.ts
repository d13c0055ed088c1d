/** Pixels between neighbouring series when ranks tie: enough to see every marker, too little to misread. */
export const DODGE_STEP = 4;

/**
 * Ranks tie often (three titles at #1 in one week). Each series is nudged sideways by a few
 * pixels, centred on the week, so stacked markers and lines stay visible. A class, not a style
 * attribute: the page's content security policy refuses inline styles.
 */
export function dodgeClass(index: number, count: number): string {
  const offset = Math.round((index - (count - 1) / 2) * DODGE_STEP);
  return `chart__dodge chart__dodge--${offset < 0 ? `m${-offset}` : `p${offset}`}`;
}
