import { createStore } from 'zustand/vanilla';
import type { Align, Catalog, ChartKind, Metric, Scale, Theme, ViewMode, ViewState, WeekRange } from '../domain/view';
import { applicableScale, clampRange, defaultViewFor, toggleTitle } from '../domain/viewRules';
import type { UrlIssue } from '../domain/url/codec';

export interface ViewActions {
  titleToggled: (id: string) => void;
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
  actions: ViewActions;
}

export function createViewStore(initial: ViewState, catalog: Catalog, issues: readonly UrlIssue[] = []) {
  return createStore<ViewStoreState>()((set, get) => ({
    ...initial,
    issues,
    dragging: false,
    actions: {
      titleToggled: (id) => {
        if (!catalog.titleIds.includes(id)) return;
        set({ titles: toggleTitle(get().titles, id) });
      },
      weekRangeChanged: (range) => set({ weeks: clampRange(range, catalog.maxWeek[get().align]) }),
      // Bar and Rank refuse log, as a link asking for it is refused (viewRules.applicableScale).
      metricChosen: (metric) => set({ metric, scale: applicableScale(metric, get().chart, get().scale) }),
      alignChosen: (align) => set({ align, weeks: clampRange(get().weeks, catalog.maxWeek[align]) }),
      chartChosen: (chart) => set({ chart, scale: applicableScale(get().metric, chart, get().scale) }),
      scaleChosen: (scale) => set({ scale: applicableScale(get().metric, get().chart, scale) }),
      viewChosen: (view) => set({ view }),
      themeChosen: (theme) => set({ theme }),
      // Theme is the reader's preference, not part of the comparison: Reset keeps it.
      resetRequested: () => set({ ...defaultViewFor(catalog), theme: get().theme }),
      viewRestored: (view, restoredIssues) => set({ ...view, issues: restoredIssues }),
      noticeDismissed: () => set({ issues: [] }),
      dragStarted: () => set({ dragging: true }),
      dragEnded: () => set({ dragging: false }),
    },
  }));
}

export type ViewStore = ReturnType<typeof createViewStore>;

/** The ViewState part of the store, for the URL and for tests. */
export function viewOf(s: ViewStoreState): ViewState {
  return { titles: s.titles, weeks: s.weeks, metric: s.metric, align: s.align, chart: s.chart, scale: s.scale, view: s.view, theme: s.theme, ...(s.embed ? { embed: true } : {}) };
}
