import type { SeriesStyle } from '../charts/seriesStyle';

/** The bar chart's legend key: the bar's own texture, not a line and marker. */
export function BarSwatch({ id, style }: { id: string; style: SeriesStyle }) {
  const pattern = `legend-bar-${id}`;
  const fill = style.pattern === 'solid' ? style.color : `url(#${pattern})`;
  return (
    <svg className="swatch" width="18" height="14" viewBox="0 0 18 14" aria-hidden="true" focusable="false">
      {style.pattern !== 'solid' && (
        <defs>
          <pattern
            id={pattern}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform={style.pattern === 'hatch' ? 'rotate(45)' : undefined}
          >
            <rect width="6" height="6" fill={style.color} opacity="0.35" />
            {style.pattern === 'hatch' ? (
              <rect width="3" height="6" fill={style.color} />
            ) : (
              <circle cx="3" cy="3" r="1.6" fill={style.color} />
            )}
          </pattern>
        </defs>
      )}
      <rect x="1" y="1" width="16" height="12" fill={fill} stroke={style.color} strokeWidth="1" data-pattern={style.pattern} />
    </svg>
  );
}
