/**
 * Colour plus a second cue (dash pattern and marker shape), so series stay apart for
 * readers with red-green colour blindness and in greyscale print. Colours are CSS
 * variables so the dark theme can swap them without re-rendering the chart.
 */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface SeriesStyle {
  color: string;
  dash: string | undefined;
  shape: MarkerShape;
  /** Bar fill: a pattern id under the bar chart, or the plain colour. */
  pattern: 'solid' | 'hatch' | 'dots';
}

const STYLES: readonly Omit<SeriesStyle, 'color'>[] = [
  { dash: undefined, shape: 'circle', pattern: 'solid' },
  { dash: '8 4', shape: 'square', pattern: 'hatch' },
  { dash: '2 4', shape: 'triangle', pattern: 'dots' },
  { dash: '12 4 2 4', shape: 'diamond', pattern: 'solid' },
];

export const PALETTE_SIZE = 6;

/** Style by the title's slot in the catalog, so a colour never jumps when another title is unticked. */
export function seriesStyle(slot: number): SeriesStyle {
  const style = STYLES[slot % STYLES.length]!;
  return { ...style, color: `var(--series-${(slot % PALETTE_SIZE) + 1})` };
}
