import { useMemo } from 'react';
import { titleCaveats } from '../domain/caveats';
import type { TitleSeries } from '../domain/series';
import type { ChartKind } from '../domain/view';

/** Caveats sit under the chart's heading, where a reader looks before quoting a figure. */
export function Caveats({ series, kind }: { series: readonly TitleSeries[]; kind: ChartKind }) {
  const notes = useMemo(() => series.flatMap((s) => titleCaveats(s.title, s.points.map((p) => p.listWeek))), [series]);
  if (notes.length === 0) return null;
  return (
    <aside className="caveats" aria-label="Read with care">
      <p className="caveats__title">Read with care</p>
      <ul>
        {notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <p className="caveats__key">
        {kind === 'line' ? 'Hollow markers flag these weeks on the chart; ' : ''}
        {kind === 'line' ? 'the tooltip says why.' : 'The tooltip of each bar says which weeks these notes concern.'}
      </p>
    </aside>
  );
}
