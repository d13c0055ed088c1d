import type { SeriesStyle } from '../charts/seriesStyle';
import type { Dataset } from '../domain/types';
import { useTotals } from '../state/useComparison';
import { useAlign, useWeeks } from '../state/hooks';
import { TotalsCard } from './TotalsCard';

export function TotalsPanel({ dataset, styles }: { dataset: Dataset; styles: ReadonlyMap<string, SeriesStyle> }) {
  const totals = useTotals(dataset);
  const [from, to] = useWeeks();
  const align = useAlign();
  return (
    <section className="totals" aria-labelledby="totals-heading">
      <h2 id="totals-heading" className="section-title">
        Totals
      </h2>
      <p className="section-dek">
        Hours viewed in weeks {from}–{to} {align === 'premiere' ? 'since premiere' : 'in the Top 10'}, as Netflix reports them.
      </p>
      <ul className="totals__grid">
        {totals.map((t) => (
          <TotalsCard key={t.id} totals={t} align={align} style={styles.get(t.id)} />
        ))}
      </ul>
    </section>
  );
}
