import type { MarkerShape } from './seriesStyle';

interface MarkerProps {
  cx?: number;
  cy?: number;
  shape: MarkerShape;
  color: string;
  /** A hollow marker flags a figure with a caveat (a 3-day week, a re-entry). */
  hollow: boolean;
  size?: number;
}

export function Marker({ cx, cy, shape, color, hollow, size = 4.5 }: MarkerProps) {
  if (cx === undefined || cy === undefined || Number.isNaN(cx) || Number.isNaN(cy)) return null;
  const fill = hollow ? 'var(--surface)' : color;
  const common = { fill, stroke: color, strokeWidth: 2 };
  const s = size;
  switch (shape) {
    case 'square':
      return <rect x={cx - s} y={cy - s} width={s * 2} height={s * 2} {...common} />;
    case 'triangle':
      return <path d={`M${cx},${cy - s * 1.2}L${cx + s * 1.1},${cy + s * 0.8}L${cx - s * 1.1},${cy + s * 0.8}Z`} {...common} />;
    case 'diamond':
      return <path d={`M${cx},${cy - s * 1.3}L${cx + s * 1.1},${cy}L${cx},${cy + s * 1.3}L${cx - s * 1.1},${cy}Z`} {...common} />;
    case 'triangleDown':
      return <path d={`M${cx},${cy + s * 1.2}L${cx + s * 1.1},${cy - s * 0.8}L${cx - s * 1.1},${cy - s * 0.8}Z`} {...common} />;
    case 'pentagon':
    case 'hexagon':
    case 'star':
      return <path d={polygon(shape, cx, cy, s)} {...common} />;
    default:
      return <circle cx={cx} cy={cy} r={s} {...common} />;
  }
}

/** Regular pentagon and hexagon, and a five-pointed star, centred on (cx, cy). */
function polygon(shape: 'pentagon' | 'hexagon' | 'star', cx: number, cy: number, s: number): string {
  const points = shape === 'hexagon' ? 6 : shape === 'pentagon' ? 5 : 10;
  const out: string[] = [];
  for (let i = 0; i < points; i++) {
    const r = shape === 'star' ? (i % 2 === 0 ? s * 1.4 : s * 0.6) : s * 1.15;
    const a = -Math.PI / 2 + (i * 2 * Math.PI) / points;
    out.push(`${(cx + r * Math.cos(a)).toFixed(2)},${(cy + r * Math.sin(a)).toFixed(2)}`);
  }
  return `M${out.join('L')}Z`;
}
