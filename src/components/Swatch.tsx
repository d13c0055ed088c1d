import type { SeriesStyle } from '../charts/seriesStyle';
import { Marker } from '../charts/Marker';

/** The legend key: the line's dash and the marker's shape, not colour alone. */
export function Swatch({ style }: { style: SeriesStyle }) {
  return (
    <svg className="swatch" width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false">
      <line x1="1" y1="7" x2="27" y2="7" stroke={style.color} strokeWidth="2.5" strokeDasharray={style.dash} />
      <Marker cx={14} cy={7} shape={style.shape} color={style.color} hollow={false} size={3.5} />
    </svg>
  );
}
