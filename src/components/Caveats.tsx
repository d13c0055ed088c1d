import { useMemo } from 'react';
import { titleCaveats } from '../domain/caveats';
import type { TitleSeries } from '../domain/series';
import type { ChartKind } from '../domain/view';
import { CaveatsBox } from './CaveatsBox';

/** Caveats sit under the chart's heading, where a reader looks before quoting a figure. */
export function Caveats({ series, kind }: { series: readonly TitleSeries[]; kind: ChartKind }) {
  const notes = useMemo(() => series.flatMap((s) => titleCaveats(s.title, s.points.map((p) => p.listWeek))), [series]);
  const keyNote = kind === 'line' ? 'Hollow markers flag these weeks on the chart; the tooltip says why.' : 'The tooltip of each bar says which weeks these notes concern.';
  return <CaveatsBox notes={notes} keyNote={keyNote} />;
}
