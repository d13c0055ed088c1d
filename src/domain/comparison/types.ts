import type { Category, Title, TitleWeek } from '../types';
import type { Scale, ViewState, WeekRange } from '../view';

/** The parts of a view that change what the reader sees (theme and embed do not). */
export type ComparisonView = Pick<ViewState, 'titles' | 'weeks' | 'metric' | 'align' | 'chart' | 'scale' | 'view'>;

/** A caveat a reader needs for one figure, tied to its footnote mark. */
export interface PointNote {
  mark: string;
  text: string;
}

/** One week of one title, placed on the chart's x axis. */
export interface PlacedWeek {
  /** Position on the list: the nth week the title spent in the Top 10. */
  listWeek: number;
  /** Week 1 = the Monday–Sunday week holding the premiere. */
  premiereWeek: number;
  week: TitleWeek;
  /** Running total of hours since the title's first week on the list. */
  cumulative: number;
  /** 0 for the first run on the list, +1 after every gap of more than one calendar week. */
  run: number;
  notes: PointNote[];
}

export interface ComparisonSeries {
  id: string;
  name: string;
  /** "Squid Game", or "Squid Game S1" when two seasons of one show are compared. */
  shortName: string;
  category: Category;
  title: Title;
  /** Weeks in range, oldest first. */
  points: PlacedWeek[];
  /** Weeks on the list outside the range: shown as such, never as "not in the Top 10". */
  outside: PlacedWeek[];
}

/** One unbroken stretch of a line: the chart draws one line per segment, so gaps stay gaps. */
export interface Segment {
  key: string;
  titleId: string;
  run: number;
}

/** One x position of the chart: a value per title (null = nothing to draw). */
export interface ChartRow {
  x: number;
  /** Week number, or the week-ending date under Calendar. */
  key: number | string;
  values: Record<string, number | null>;
  points: Record<string, PlacedWeek | undefined>;
  /** Weeks on the list that fall outside the selected weeks (Calendar only). */
  outside: Record<string, PlacedWeek | undefined>;
  /** Segment key -> value, null off the segment. */
  segments: Record<string, number | null>;
}

export interface Caveat {
  mark: string;
  titleId: string;
  text: string;
}

/** A vertical rule where a title comes back to the list. */
export interface ChartMarker {
  x: number;
  titleId: string;
  label: string;
  /** Whether the rule carries its label (the first per title, and those well apart). */
  labelled: boolean;
  /** The title's first re-entry in view: on a narrow screen only this one keeps its label. */
  first: boolean;
}

export interface Axis {
  title: string;
  ticks: readonly (number | string)[];
  labels: readonly string[];
  domain: readonly [number, number] | null;
}

export interface TitleTotals {
  id: string;
  name: string;
  category: Category;
  /** Hours over the weeks in range the title was on the list; under Views, the views of those weeks that have them. */
  total: number;
  weeksOnList: number;
  /** Weeks whose figure the total holds: under Views only those with Netflix's views, else weeksOnList. */
  weeksCounted: number;
  /** Under Views, "views in 3 of 8 weeks" when some weeks in range have none; null otherwise. */
  coverage: string | null;
  /** Weeks the range spans for this title (under Week since premiere, gaps included). */
  weeksInRange: number;
  /** total / weeksCounted; null when no week was counted. */
  average: number | null;
  /** The week with the most hours (views under Views) in range. */
  peak: PlacedWeek | null;
  /** The first week at the best rank in range. */
  best: PlacedWeek | null;
  weeksAtNo1: number;
  /** total / leader's total; null without a leader or when the leader has 0 hours. */
  shareOfLeader: number | null;
  leaderName: string;
  /** Only with two or more titles: one title leads nothing. */
  isLeader: boolean;
}

export interface TableCell {
  text: string;
  date: string | null;
  marks: string;
  /** Why a cell is empty, in words a screen reader can say. */
  empty: string | null;
}

export interface TableRow {
  key: string;
  label: string;
  cells: TableCell[];
}

export interface ComparisonTable {
  caption: string;
  columns: { id: string; name: string; sub: string | null; marks: string }[];
  rows: TableRow[];
  totals: TableRow;
}

export interface EmptyRange {
  message: string;
  /** The weeks the selected titles have (under Views: the weeks with views), one click away; null when there are none. */
  suggestion: WeekRange | null;
  /** The button's words; empty when there is no suggestion. */
  suggestionLabel: string;
}

export interface Comparison {
  view: ComparisonView;
  /** Scale actually drawn: Bar and Rank refuse log. */
  scale: Scale;
  /** Why Log is unavailable for this view, or null. */
  logRefusal: string | null;
  series: ComparisonSeries[];
  segments: Segment[];
  rows: ChartRow[];
  xAxis: Axis;
  yAxis: Axis & { reversed: boolean };
  markers: ChartMarker[];
  caveats: Caveat[];
  totals: TitleTotals[];
  table: ComparisonTable;
  empty: EmptyRange | null;
  /** Highest week of the longest run among the selected titles under this alignment. */
  weekMax: number;
  heading: string;
  dek: string;
  summary: string;
  totalsSentence: string;
  documentTitle: string;
}
