import type { ChartRow } from '../domain/comparison/types';
import type { ChartSeries } from './ComparisonChart';
import { Marker } from './Marker';

interface DotProps {
  s: ChartSeries;
  active?: boolean;
  cx?: number;
  cy?: number;
  payload?: ChartRow;
}

/** A line's marker: hollow where the figure carries a caveat (a short week, a re-entry). */
export function SeriesDot({ s, active, cx, cy, payload }: DotProps) {
  const hollow = (payload?.points[s.id]?.notes.length ?? 0) > 0;
  return <Marker cx={cx} cy={cy} shape={s.style.shape} color={s.style.color} hollow={hollow} size={active ? 6 : 4.5} />;
}
