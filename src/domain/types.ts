/** Result of parsing untrusted input: never throws, says why it failed. */
export type Result<T> = { ok: true; data: T } | { ok: false; reason: string };

export type Category = 'Films (English)' | 'Films (Non-English)' | 'TV (English)' | 'TV (Non-English)';

/** One row of Netflix's global weekly Top 10 file, normalised. */
export interface NetflixRow {
  /** ISO date (YYYY-MM-DD) of the Sunday that ends the Monday–Sunday week. */
  week: string;
  category: Category;
  rank: number;
  showTitle: string;
  /** null for films (Netflix writes `N/A`). */
  seasonTitle: string | null;
  hours: number | null;
  /** Hours; blank in Netflix's file before 2023-06-18: missing, never 0. */
  runtime: number | null;
  /** hours / runtime as Netflix publishes it; blank before 2023-06-18. */
  views: number | null;
  cumulativeWeeks: number | null;
  /** `is_staggered_launch` (11 and 12-column layouts); null where the file has no such column or cell. */
  isStaggeredLaunch?: boolean | null;
  /**
   * Netflix's launch details as written: JSON text in `episode_launch_details` (11 columns) or
   * `episode_launch_dtls` (12 columns); null where absent or blank.
   */
  episodeLaunchDetails?: string | null;
  /** `runtime_override_flag` (12 columns only); null where absent. */
  runtimeOverride?: boolean | null;
}

export type NetflixLayout = 7 | 9 | 11 | 12;

export interface ParsedNetflixFile {
  layout: NetflixLayout;
  rows: NetflixRow[];
  firstWeek: string;
  lastWeek: string;
}

/** One week a title spent on the global list. */
export interface TitleWeek {
  week: string;
  rank: number;
  hours: number;
  runtime: number | null;
  views: number | null;
  cumulativeWeeks: number;
  /**
   * The launch columns of the 11 and 12-column layouts, as on NetflixRow, present only where
   * Netflix gave a value (so the 10,560 weeks of a 9-column file carry no empty fields).
   */
  isStaggeredLaunch?: boolean | null;
  episodeLaunchDetails?: string | null;
  runtimeOverride?: boolean | null;
}

export interface TitleMeta {
  id: string;
  showTitle: string;
  /** The label shown everywhere: the season title, or the show title for films. */
  name: string;
  seasonTitle: string | null;
  category: Category;
  /** ISO date of the premiere on Netflix, when known. */
  premiere: string | null;
  /** Free text, e.g. "All 9 episodes at once". */
  releasePattern: string | null;
  /** Hours, where Netflix gives one in any row. */
  runtime: number | null;
}

export interface Title extends TitleMeta {
  /** Every week on the list, oldest first. */
  weeks: TitleWeek[];
}

export interface DatasetSource {
  file: string;
  firstWeek: string;
  lastWeek: string;
}

export interface Dataset {
  source: DatasetSource;
  titles: Title[];
}
