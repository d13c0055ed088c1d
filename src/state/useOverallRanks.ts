import { useEffect, useMemo, useState } from 'react';
import type { RankMetric, RankTable } from '../domain/catalog/overallRank';
import type { Dataset } from '../domain/types';
import type { Align, WeekRange } from '../domain/view';

type OverallRankModule = typeof import('../domain/catalog/overallRank');

interface Wanted {
  ids: readonly string[];
  weeks: WeekRange;
  align: Align;
  metric: RankMetric;
}

/**
 * Each totals card's place among all titles, once the data holds every title (`complete`). The
 * code loads then, not with the first view, which has only the shipped three to rank. Until it
 * has come (or if it cannot), the cards go without.
 */
export function useOverallRanks(dataset: Dataset, complete: boolean, ranks: RankTable | undefined, { ids, weeks, align, metric }: Wanted) {
  const [code, setCode] = useState<OverallRankModule | null>(null);
  useEffect(() => {
    if (!complete || code) return;
    let live = true;
    import('../domain/catalog/overallRank').then(
      (m) => live && setCode(m),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [complete, code]);
  // Worked out once per dataset; each view then only compares.
  const table = useMemo(
    () => (!complete || !code ? null : ranks?.titles === dataset.titles ? ranks : code.rankTable(dataset)),
    [complete, code, dataset, ranks],
  );
  return useMemo(
    () => (table && code ? code.overallRankLines(table, ids, { weeks, align, metric }) : undefined),
    [table, code, ids, weeks, align, metric],
  );
}
