/**
 * Colour plus a second cue (dash pattern and marker shape), so series stay apart for
 * readers with red-green colour blindness and in greyscale print. Colours are CSS
 * variables so the dark theme can swap them without re-rendering the chart.
 */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'triangleDown' | 'pentagon' | 'hexagon' | 'star';

export interface SeriesStyle {
  color: string;
  dash: string | undefined;
  shape: MarkerShape;
  /** Bar fill: a pattern id under the bar chart, or the plain colour. */
  pattern: 'solid' | 'hatch' | 'dots';
}

/** One per colour slot (src/domain/colourSlots.ts): every slot has its own dash and its own marker. */
const STYLES: readonly Omit<SeriesStyle, 'color'>[] = [
  { dash: undefined, shape: 'circle', pattern: 'solid' },
  { dash: '8 4', shape: 'square', pattern: 'hatch' },
  { dash: '2 4', shape: 'triangle', pattern: 'dots' },
  { dash: '12 4 2 4', shape: 'diamond', pattern: 'solid' },
  { dash: '4 2', shape: 'triangleDown', pattern: 'hatch' },
  { dash: '12 3 3 3 3 3', shape: 'pentagon', pattern: 'dots' },
  { dash: '16 6', shape: 'hexagon', pattern: 'solid' },
  { dash: '1 3', shape: 'star', pattern: 'hatch' },
];

export const PALETTE_SIZE = 8;

/** Style by the title's colour slot, so a colour never jumps when another title leaves. */
export function seriesStyle(slot: number): SeriesStyle {
  const style = STYLES[slot % STYLES.length]!;
  return { ...style, color: `var(--series-${(slot % PALETTE_SIZE) + 1})` };
}
