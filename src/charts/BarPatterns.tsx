import type { ChartSeries } from './ComparisonChart';

const patternId = (id: string) => `bar-pattern-${id}`;

/** Bars carry a texture as well as a colour, the bar chart's second cue. */
export function barFill(s: ChartSeries): string {
  return s.style.pattern === 'solid' ? s.style.color : `url(#${patternId(s.id)})`;
}

export function BarPatterns({ series }: { series: readonly ChartSeries[] }) {
  return (
    <defs>
      {series
        .filter((s) => s.style.pattern !== 'solid')
        .map((s) => (
          <pattern
            key={s.id}
            id={patternId(s.id)}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform={s.style.pattern === 'hatch' ? 'rotate(45)' : undefined}
          >
            <rect width="6" height="6" fill={s.style.color} opacity="0.35" />
            {s.style.pattern === 'hatch' ? (
              <rect width="3" height="6" fill={s.style.color} />
            ) : (
              <circle cx="3" cy="3" r="1.6" fill={s.style.color} />
            )}
          </pattern>
        ))}
    </defs>
  );
}
