import type { ReactElement, SVGProps } from 'react';
import type { ChartRow } from '../domain/comparison/types';
import { Marker } from './Marker';
import type { MarkerShape } from './seriesStyle';
import { isHollow } from './staticLayout';

interface DotProps {
  id: string;
  shape: MarkerShape;
  color: string;
  active?: boolean;
  cx?: number;
  cy?: number;
  payload?: ChartRow;
}

/** A line's marker: hollow where the figure carries a caveat (a short week, a re-entry). */
export function SeriesDot({ id, shape, color, active, cx, cy, payload }: DotProps) {
  return <Marker cx={cx} cy={cy} shape={shape} color={color} hollow={isHollow(payload, id)} size={active ? 6 : 4.5} />;
}

// One element per look, kept: recharts compares a line's dot elements one level deep, and a new
// element on every render made every line register itself with the chart again when one changed.
type DotElement = ReactElement<SVGProps<SVGElement>>;
const dots = new Map<string, DotElement>();

/** The dot element of a series' look (the same object each time it is asked for). */
export function seriesDot(id: string, shape: MarkerShape, color: string, active = false): DotElement {
  const key = `${id}\u0000${shape}\u0000${color}\u0000${active ? 1 : 0}`;
  let dot = dots.get(key);
  if (!dot) {
    // recharts clones it with the point's cx, cy and payload.
    dot = (<SeriesDot id={id} shape={shape} color={color} active={active} />) as DotElement;
    dots.set(key, dot);
  }
  return dot;
}
