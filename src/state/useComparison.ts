import { startTransition, useEffect, useMemo, useState } from 'react';
import { afterNextPaint } from './afterNextPaint';
import { buildComparison } from '../domain/comparison/buildComparison';
import type { Comparison, ComparisonView } from '../domain/comparison/types';
import type { ColourSlots } from '../domain/colourSlots';
import { sameData } from '../domain/sameData';
import type { Dataset } from '../domain/types';
import { useAlign, useChartKind, useMetric, useScale, useSlots, useTitles, useViewMode, useWeeks } from './hooks';

/** The view as the store holds it now: a new object only when a field changes. */
export function useComparisonView(): ComparisonView {
  const titles = useTitles();
  const weeks = useWeeks();
  const metric = useMetric();
  const align = useAlign();
  const chart = useChartKind();
  const scale = useScale();
  const view = useViewMode();
  return useMemo(() => ({ titles, weeks, metric, align, chart, scale, view }), [titles, weeks, metric, align, chart, scale, view]);
}

export interface ComparisonState {
  comparison: Comparison;
  /** The data the comparison was built from (it may lag the newest data by a render). */
  dataset: Dataset;
  /** Colour slots of the titles in `comparison`, from the same moment. */
  slots: ColourSlots;
  /** Whether `dataset` holds every title, so a rank among all of them means something. */
  complete: boolean;
  /** True while the panels still show the previous view and React works on the new one. */
  stale: boolean;
}

interface Shown {
  /** The moment (view, colours, data) the panels show, and what was built from it. */
  from: { view: ComparisonView; slots: ColourSlots; dataset: Dataset; complete: boolean };
  comparison: Comparison;
}

/**
 * Everything the reader sees, computed once per view. The panels follow a copy of the view, its
 * colours and its data, taken together so they never disagree. A change reaches that copy only
 * after the next frame is painted, and then in a transition: the control a reader touched shows
 * its new state at once, and the chart, totals and table catch up in one render React may
 * interrupt. Until then they are `stale`, and say so.
 *
 * New data that changes nothing in view keeps the comparison the panels already hold: when the
 * catalog arrives with the shipped titles' same weeks, the drawn chart is not drawn again.
 */
export function useComparison(dataset: Dataset, complete: boolean): ComparisonState {
  const view = useComparisonView();
  const slots = useSlots();
  const current = useMemo(() => ({ view, slots, dataset, complete }), [view, slots, dataset, complete]);
  const [shown, setShown] = useState<Shown>(() => ({ from: current, comparison: buildComparison(dataset, view) }));
  useEffect(() => {
    if (shown.from === current) return;
    return afterNextPaint(() => {
      const built = buildComparison(current.dataset, current.view);
      const comparison = sameData(built, shown.comparison) ? shown.comparison : built;
      startTransition(() => setShown({ from: current, comparison }));
    });
  }, [shown, current]);
  const { from } = shown;
  return { comparison: shown.comparison, dataset: from.dataset, slots: from.slots, complete: from.complete, stale: from !== current };
}
