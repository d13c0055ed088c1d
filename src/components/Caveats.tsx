import type { Caveat } from '../domain/comparison/types';
import type { ChartKind } from '../domain/view';

/** Caveats sit under the chart's heading, where a reader looks before quoting a figure. */
export function Caveats({ caveats, kind }: { caveats: readonly Caveat[]; kind: ChartKind }) {
  if (caveats.length === 0) return null;
  return (
    <aside className="caveats" aria-label="Read with care">
      <p className="caveats__title">Read with care</p>
      <ul className="caveats__list">
        {caveats.map((c) => (
          <li key={c.mark}>
            <span className="caveats__mark" aria-hidden="true">
              {c.mark}
            </span>{' '}
            {c.text}
          </li>
        ))}
      </ul>
      <p className="caveats__key">
        {kind === 'line'
          ? 'Hollow markers flag these weeks on the chart, and the table carries the same marks; the tooltip says why.'
          : 'The tooltip of each bar, and the table’s marks, say which weeks these notes concern.'}
      </p>
    </aside>
  );
}
