import { memo } from 'react';
import type { Caveat } from '../domain/comparison/types';
import type { ChartKind } from '../domain/view';
import { CaveatsBox } from './CaveatsBox';

const KEY_NOTE: Record<ChartKind, string> = {
  line: 'Hollow markers flag these weeks on the chart, and the table carries the same marks; the tooltip says why.',
  bar: 'The tooltip of each bar, and the table’s marks, say which weeks these notes concern.',
};

/** Caveats sit under the chart's heading, where a reader looks before quoting a figure. */
function CaveatsView({ caveats, kind }: { caveats: readonly Caveat[]; kind: ChartKind }) {
  return <CaveatsBox notes={caveats} keyNote={KEY_NOTE[kind]} />;
}

export const Caveats = memo(CaveatsView);
