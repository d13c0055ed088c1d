// Apart from netflixColumns.ts, whose categories the first view uses: the full-data download
// names its columns with these, and a module the first view loads would carry them there too.

/** Netflix's header names for the fields a row needs. */
export const COLUMNS = {
  week: 'week',
  category: 'category',
  rank: 'weekly_rank',
  showTitle: 'show_title',
  seasonTitle: 'season_title',
  hours: 'weekly_hours_viewed',
  runtime: 'runtime',
  views: 'weekly_views',
  cumulativeWeeks: 'cumulative_weeks_in_top_10',
  isStaggeredLaunch: 'is_staggered_launch',
  episodeLaunchDetails: 'episode_launch_details',
  runtimeOverride: 'runtime_override_flag',
} as const;

export type Field = keyof typeof COLUMNS;
