import { useMemo } from 'react';
import { titleCaveats } from '../domain/caveats';
import type { TitleSeries } from '../domain/series';

/** Caveats sit under the chart's heading, where a reader looks before quoting a figure. */
export function Caveats({ series }: { series: readonly TitleSeries[] }) {
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
      <p className="caveats__key">Hollow markers flag these weeks on the chart.</p>
    </aside>
  );
}
