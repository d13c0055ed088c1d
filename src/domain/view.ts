/** Everything a person can set; the URL encodes exactly this. */
export const METRICS = ['hours', 'views', 'cumulative', 'rank'] as const;
export const ALIGNS = ['top10', 'premiere', 'calendar'] as const;
export const CHARTS = ['line', 'bar'] as const;
export const SCALES = ['linear', 'log'] as const;
export const VIEWS = ['chart', 'table'] as const;
export const THEMES = ['light', 'dark'] as const;

export type Metric = (typeof METRICS)[number];
export type Align = (typeof ALIGNS)[number];
export type ChartKind = (typeof CHARTS)[number];
export type Scale = (typeof SCALES)[number];
export type ViewMode = (typeof VIEWS)[number];
export type Theme = (typeof THEMES)[number];

/** Inclusive, 1-based week range. */
export type WeekRange = readonly [number, number];

export interface ViewState {
  /** Title ids in legend order; never empty. */
  titles: readonly string[];
  weeks: WeekRange;
  metric: Metric;
  align: Align;
  chart: ChartKind;
  scale: Scale;
  view: ViewMode;
  /** null: follow the system's colour scheme. */
  theme: Theme | null;
  /** The chart alone, for an <iframe> on another site (`embed=1`). Absent means the full app. */
  embed?: boolean;
}

/** Titles compared at once: eight colours, dashes and markers stay apart; more is a tangle. */
export const MAX_TITLES = 8;

export const DEFAULT_TITLES = ['squid-game-s1', 'all-of-us-are-dead-s1', 'business-proposal-s1'] as const;

export const DEFAULT_VIEW: ViewState = {
  titles: DEFAULT_TITLES,
  weeks: [1, 8],
  metric: 'hours',
  align: 'top10',
  chart: 'line',
  scale: 'linear',
  view: 'chart',
  theme: null,
};

/** What the URL codec needs to know about the loaded data to validate a link. */
export interface Catalog {
  /** Every title id the data holds. */
  titleIds: readonly string[];
  /** Highest week number the range may reach under each alignment. */
  maxWeek: Record<Align, number>;
}

export const METRIC_LABELS: Record<Metric, string> = {
  hours: 'Weekly hours',
  views: 'Views',
  cumulative: 'Cumulative hours',
  rank: 'Rank',
};

export const ALIGN_LABELS: Record<Align, string> = {
  top10: 'Week in Top 10',
  premiere: 'Week since premiere',
  calendar: 'Calendar',
};
