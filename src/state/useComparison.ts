import { startTransition, useLayoutEffect, useState } from 'react';
import { createStore, type StoreApi } from 'zustand';
import { afterNextPaint } from './afterNextPaint';
import { buildComparison } from '../domain/comparison/buildComparison';
import type { Comparison, ComparisonView } from '../domain/comparison/types';
import type { ColourSlots } from '../domain/colourSlots';
import { sameData } from '../domain/sameData';
import type { Dataset } from '../domain/types';
import { useViewStoreApi } from './hooks';
import type { ViewStoreState } from './viewStore';

/** Whether the panels still show the previous view while React works on the new one. */
export type StaleFlag = StoreApi<{ stale: boolean }>;

export interface ComparisonState {
  comparison: Comparison;
  /** The data the comparison was built from (it may lag the newest data by a render). */
  dataset: Dataset;
  /** Colour slots of the titles in `comparison`, from the same moment. */
  slots: ColourSlots;
  /** Whether `dataset` holds every title, so a rank among all of them means something. */
  complete: boolean;
  /** Set while the panels still show the previous view and React works on the new one. */
  staleFlag: StaleFlag;
}

/** A moment the panels can show: the view, its colours and its data, taken together. */
interface Moment {
  view: ComparisonView;
  slots: ColourSlots;
  dataset: Dataset;
  complete: boolean;
}

/** The store's view now, with the data: what the panels would show. */
function momentOf(s: ViewStoreState, dataset: Dataset, complete: boolean): Moment {
  const { titles, weeks, metric, align, chart, scale, view } = s;
  return { view: { titles, weeks, metric, align, chart, scale, view }, slots: s.slots, dataset, complete };
}

/** Whether `m` is the store's view now, field by field (the store keeps a field's object until it changes). */
function isMoment(m: Moment, s: ViewStoreState, dataset: Dataset, complete: boolean): boolean {
  const v = m.view;
  return (
    v.titles === s.titles &&
    v.weeks === s.weeks &&
    v.metric === s.metric &&
    v.align === s.align &&
    v.chart === s.chart &&
    v.scale === s.scale &&
    v.view === s.view &&
    m.slots === s.slots &&
    m.dataset === dataset &&
    m.complete === complete
  );
}

interface Shown {
  from: Moment;
  comparison: Comparison;
}

/**
 * Everything the reader sees, computed once per view. The panels follow a copy of the view, its
 * colours and its data, taken together so they never disagree. A change reaches that copy only
 * after the next frame is painted, and then in a transition: the control a reader touched shows
 * its new state at once, and the chart, totals and table catch up in one render React may
 * interrupt. Until then they are stale, and say so (`staleFlag`, which they follow themselves,
 * writing `aria-busy` on their element: components/useBusy.ts).
 *
 * The view is followed by a store subscription, not by rendering: a click re-renders the control,
 * not the page that holds it or the panels.
 *
 * New data that changes nothing in view keeps the comparison the panels already hold: when the
 * catalog arrives with the shipped titles' same weeks, the drawn chart is not drawn again.
 */
export function useComparison(dataset: Dataset, complete: boolean): ComparisonState {
  const store = useViewStoreApi();
  const [staleFlag] = useState<StaleFlag>(() => createStore(() => ({ stale: false })));
  const [shown, setShown] = useState<Shown>(() => {
    const from = momentOf(store.getState(), dataset, complete);
    return { from, comparison: buildComparison(dataset, from.view) };
  });
  // A layout effect: once the panels commit the new view, the busy mark goes in the same frame.
  useLayoutEffect(() => {
    // The moment the panels show, or will once the scheduled render lands.
    let pending = shown.from;
    let cancel: (() => void) | undefined;
    const follow = () => {
      const s = store.getState();
      if (isMoment(pending, s, dataset, complete)) {
        if (pending === shown.from) staleFlag.setState({ stale: false });
        return;
      }
      cancel?.();
      cancel = undefined;
      // Back to what the panels show (a step there and back within a frame): nothing to redo.
      if (isMoment(shown.from, s, dataset, complete)) {
        pending = shown.from;
        staleFlag.setState({ stale: false });
        return;
      }
      const now = momentOf(s, dataset, complete);
      pending = now;
      staleFlag.setState({ stale: true });
      cancel = afterNextPaint(() => {
        const built = buildComparison(now.dataset, now.view);
        const comparison = sameData(built, shown.comparison) ? shown.comparison : built;
        startTransition(() => setShown({ from: now, comparison }));
      });
    };
    follow();
    const unsubscribe = store.subscribe(follow);
    return () => {
      unsubscribe();
      cancel?.();
    };
  }, [store, dataset, complete, shown, staleFlag]);
  const { from } = shown;
  return { comparison: shown.comparison, dataset: from.dataset, slots: from.slots, complete: from.complete, staleFlag };
}
