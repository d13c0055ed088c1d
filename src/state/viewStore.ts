import { createStore } from 'zustand/vanilla';
import type { Align, Catalog, ChartKind, Metric, Scale, Theme, ViewMode, ViewState, WeekRange } from '../domain/view';
import { applicableScale, clampRange, defaultViewFor, toggleTitle } from '../domain/viewRules';
import type { UrlIssue } from '../domain/url/codec';
import { nextSlots, slotsByPosition, type ColourSlots } from '../domain/colourSlots';

export interface ViewActions {
  titleToggled: (id: string) => void;
  /** From the search: adds a title (never removes one). */
  titleAdded: (id: string) => void;
  weekRangeChanged: (range: WeekRange) => void;
  metricChosen: (metric: Metric) => void;
  alignChosen: (align: Align) => void;
  chartChosen: (chart: ChartKind) => void;
  scaleChosen: (scale: Scale) => void;
  viewChosen: (view: ViewMode) => void;
  themeChosen: (theme: Theme | null) => void;
  resetRequested: () => void;
  /** Back/Forward landed on another view. */
  viewRestored: (view: ViewState, issues: readonly UrlIssue[]) => void;
  noticeDismissed: () => void;
  /** A pointer drag of a slider began or ended: the drag is one history entry (UrlSync). */
  dragStarted: () => void;
  dragEnded: () => void;
}

export interface ViewStoreState extends ViewState {
  /** What the link held that could not be used; shown until dismissed. */
  issues: readonly UrlIssue[];
  /** A pointer is dragging a slider. Not part of the view: never in the link. */
  dragging: boolean;
  /** Which palette colour each title wears during this visit (never in the link). */
  slots: ColourSlots;
  actions: ViewActions;
}

/**
 * `catalog` is what the loaded data holds. It is a function because the data grows during a
 * visit (the shipped three, then every title, then a reader's newer file) while the view stays.
 */
export function createViewStore(initial: ViewState, catalog: Catalog | (() => Catalog), issues: readonly UrlIssue[] = []) {
  const current = typeof catalog === 'function' ? catalog : () => catalog;
  return createStore<ViewStoreState>()((set, get) => {
    // Every change of titles goes through here, so colours stay put while others come and go.
    const titlesSet = (titles: readonly string[]) => set({ titles, slots: nextSlots(get().slots, titles) });
    return {
      ...initial,
      issues,
      dragging: false,
      slots: slotsByPosition(initial.titles),
      actions: {
        titleToggled: (id) => {
          if (!current().titleIds.includes(id)) return;
          titlesSet(toggleTitle(get().titles, id));
        },
        titleAdded: (id) => {
          if (!current().titleIds.includes(id) || get().titles.includes(id)) return;
          titlesSet(toggleTitle(get().titles, id));
        },
        weekRangeChanged: (range) => set({ weeks: clampRange(range, current().maxWeek[get().align]) }),
        // Bar and Rank refuse log, as a link asking for it is refused (viewRules.applicableScale).
        metricChosen: (metric) => set({ metric, scale: applicableScale(metric, get().chart, get().scale) }),
        alignChosen: (align) => set({ align, weeks: clampRange(get().weeks, current().maxWeek[align]) }),
        chartChosen: (chart) => set({ chart, scale: applicableScale(get().metric, chart, get().scale) }),
        scaleChosen: (scale) => set({ scale: applicableScale(get().metric, get().chart, scale) }),
        viewChosen: (view) => set({ view }),
        themeChosen: (theme) => set({ theme }),
        // Theme is the reader's preference, not part of the comparison: Reset keeps it.
        resetRequested: () => {
          const view = defaultViewFor(current());
          set({ ...view, theme: get().theme, slots: nextSlots(get().slots, view.titles) });
        },
        viewRestored: (view, restoredIssues) => set({ ...view, issues: restoredIssues, slots: nextSlots(get().slots, view.titles) }),
        noticeDismissed: () => set({ issues: [] }),
        dragStarted: () => set({ dragging: true }),
        dragEnded: () => set({ dragging: false }),
      },
    };
  });
}

export type ViewStore = ReturnType<typeof createViewStore>;

/** The ViewState part of the store, for the URL and for tests. */
export function viewOf(s: ViewStoreState): ViewState {
  return {
    titles: s.titles,
    weeks: s.weeks,
    metric: s.metric,
    align: s.align,
    chart: s.chart,
    scale: s.scale,
    view: s.view,
    theme: s.theme,
    ...(s.embed ? { embed: true } : {}),
  };
}
