import { memo, useRef } from 'react';
import type { SeriesStyle } from '../charts/seriesStyle';
import type { Comparison } from '../domain/comparison/types';
import { useBusy } from './useBusy';
import type { StaleFlag } from '../state/useComparison';
import { TotalsCard } from './TotalsCard';

interface TotalsPanelProps {
  comparison: Comparison;
  styles: ReadonlyMap<string, SeriesStyle>;
  stale: StaleFlag;
  /** Title id -> where it stands among all titles; absent until every title is loaded. */
  overall?: ReadonlyMap<string, string>;
}

function TotalsPanelView({ comparison: c, styles, stale: staleFlag, overall }: TotalsPanelProps) {
  const panel = useRef<HTMLElement>(null);
  useBusy(panel, staleFlag);
  return (
    <section ref={panel} className="totals" aria-labelledby="totals-heading">
      <h2 id="totals-heading" className="section-title">
        Totals
      </h2>
      <p className="section-dek">{c.totalsSentence}</p>
      <ul className="totals__grid">
        {c.totals.map((t) => (
          <TotalsCard
            key={t.id}
            totals={t}
            align={c.view.align}
            metric={c.view.metric}
            weeks={c.view.weeks}
            style={styles.get(t.id)}
            overall={overall?.get(t.id)}
          />
        ))}
      </ul>
    </section>
  );
}

/** Memoised with the chart's panel: stale figures stay put, dimmed, until the new ones are ready. */
export const TotalsPanel = memo(TotalsPanelView);
