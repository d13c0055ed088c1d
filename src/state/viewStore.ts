import { createStore } from 'zustand/vanilla';
import type { Align, Catalog, ChartKind, Metric, Scale, Theme, ViewMode, ViewState, WeekRange } from '../domain/view';
import { clampRange, defaultViewFor, toggleTitle } from '../domain/viewRules';
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
}

export interface ViewStoreState extends ViewState {
  /** What the link held that could not be used; shown until dismissed. */
  issues: readonly UrlIssue[];
  actions: ViewActions;
}

export function createViewStore(initial: ViewState, catalog: Catalog, issues: readonly UrlIssue[] = []) {
  return createStore<ViewStoreState>()((set, get) => ({
    ...initial,
    issues,
    actions: {
      titleToggled: (id) => {
        if (!catalog.titleIds.includes(id)) return;
        set({ titles: toggleTitle(get().titles, id) });
      },
      weekRangeChanged: (range) => set({ weeks: clampRange(range, catalog.maxWeek[get().align]) }),
      metricChosen: (metric) => set({ metric }),
      alignChosen: (align) => set({ align, weeks: clampRange(get().weeks, catalog.maxWeek[align]) }),
      chartChosen: (chart) => set({ chart }),
      scaleChosen: (scale) => set({ scale }),
      viewChosen: (view) => set({ view }),
      themeChosen: (theme) => set({ theme }),
      // Theme is the reader's preference, not part of the comparison: Reset keeps it.
      resetRequested: () => set({ ...defaultViewFor(catalog), theme: get().theme }),
      viewRestored: (view, restoredIssues) => set({ ...view, issues: restoredIssues }),
      noticeDismissed: () => set({ issues: [] }),
    },
  }));
}

export type ViewStore = ReturnType<typeof createViewStore>;

/** The ViewState part of the store, for the URL and for tests. */
export function viewOf(s: ViewStoreState): ViewState {
  return { titles: s.titles, weeks: s.weeks, metric: s.metric, align: s.align, chart: s.chart, scale: s.scale, view: s.view, theme: s.theme, ...(s.embed ? { embed: true } : {}) };
}
