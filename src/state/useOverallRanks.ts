import { useEffect, useMemo, useState } from 'react';
import type { RankMetric } from '../domain/catalog/overallRank';
import { weekTable, type WeekTable } from '../domain/catalog/weekTable';
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
export function useOverallRanks(dataset: Dataset, complete: boolean, given: WeekTable | undefined, { ids, weeks, align, metric }: Wanted) {
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
  // The catalog's comes with it; a reader's own file's is worked out once. Each view then only compares.
  const table = useMemo(
    () => (!complete || !code ? null : given?.titles === dataset.titles ? given : weekTable(dataset)),
    [complete, code, dataset, given],
  );
  const [from, to] = weeks;
  // Every title's figure depends on the weeks, alignment and metric, not on which titles are
  // compared: kept while titles come and go, so adding one only compares (3,836 x 8 figures).
  const figures = useMemo(
    () => (table && code ? code.figureValues(table, { weeks: [from, to], align, metric }) : undefined),
    [table, code, from, to, align, metric],
  );
  return useMemo(
    () => (table && code && figures ? code.overallRankLines(table, ids, { weeks: [from, to], align, metric }, figures) : undefined),
    [table, code, figures, ids, from, to, align, metric],
  );
}
