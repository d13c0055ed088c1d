import type { RowDetails } from '../domain/comparison/details';
import type { ChartRow } from '../domain/comparison/types';
import type { ChartSeries } from './ComparisonChart';

/** One week's figures for every series: the same card for hover, a tap and the keyboard. */
export function DetailsCard({
  details,
  series,
  className = 'tooltip',
}: {
  details: RowDetails;
  series: readonly ChartSeries[];
  className?: string;
}) {
  const colours = new Map(series.map((s) => [s.id, s.style.color]));
  return (
    <div className={className}>
      <p className="tooltip__heading">{details.heading}</p>
      <ul className="tooltip__list">
        {details.items.map((item) => (
          <li key={item.id} className="tooltip__item" data-status={item.status} style={{ borderColor: colours.get(item.id) }}>
            <span className="tooltip__name">{item.name}</span>
            {item.lines.map((line) => (
              <span key={line} className={item.status === 'on' ? 'tooltip__figure' : 'tooltip__dates'}>
                {line}
              </span>
            ))}
            {item.notes.map((n) => (
              <span key={n} className="tooltip__note">
                {n}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface ChartTooltipProps {
  series: readonly ChartSeries[];
  detailsOf: (row: ChartRow) => RowDetails;
  // Filled in by recharts when it clones the element.
  active?: boolean;
  payload?: readonly { payload?: ChartRow }[];
}

export function ChartTooltip({ series, detailsOf, active, payload }: ChartTooltipProps) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return <DetailsCard details={detailsOf(row)} series={series} />;
}
