/**
 * Every figure the tests check against Netflix's file, typed once, each with the rows it sums: one
 * title's rows in all-weeks-global.tsv whose `week` runs from `from` to `to`. tests/unit/figures.test.ts
 * sums those rows again from the file, so a typo here fails there. Vitest and Playwright both import it.
 *
 *   awk -F'\t' '$4=="Squid Game" && $5=="Squid Game: Season 1" && $1>="2021-09-19" && $1<="2021-11-07" \
 *     {n++; t+=$6} END {print n, t}' all-weeks-global.tsv       # 8 2058120000
 */
export interface Figure {
  show: string;
  season: string;
  column: 'weekly_hours_viewed' | 'weekly_views';
  from: string;
  to: string;
  rows: number;
  value: number;
  /** As the app writes it (en-US grouping), for tests that read the page. */
  text: string;
}

const SG = ['Squid Game', 'Squid Game: Season 1'] as const;
const AOUAD = ['All of Us Are Dead', 'All of Us Are Dead: Season 1'] as const;
const BP = ['Business Proposal', 'Business Proposal: Limited Series'] as const;

function hours([show, season]: readonly [string, string], from: string, to: string, rows: number, value: number): Figure {
  return { show, season, column: 'weekly_hours_viewed', from, to, rows, value, text: value.toLocaleString('en-US') };
}

// The default view's three titles, weeks 1-8 in the Top 10 (docs/data.md).
export const SG_WEEKS_1_8 = hours(SG, '2021-09-19', '2021-11-07', 8, 2_058_120_000);
export const AOUAD_WEEKS_1_8 = hours(AOUAD, '2022-01-30', '2022-03-20', 8, 630_570_000);
export const BP_WEEKS_1_8 = hours(BP, '2022-03-13', '2022-05-01', 8, 208_370_000);
/** Weeks 1-8 since its premiere: Business Proposal reached the list in its 2nd week, so only 7 rows. */
export const BP_PREMIERE_WEEKS_1_8 = hours(BP, '2022-03-13', '2022-04-24', 7, 188_870_000);

export const SG_WEEKS_1_4 = hours(SG, '2021-09-19', '2021-10-10', 4, 1_496_620_000);
export const AOUAD_WEEKS_1_4 = hours(AOUAD, '2022-01-30', '2022-02-20', 4, 536_390_000);
export const BP_WEEKS_1_4 = hours(BP, '2022-03-13', '2022-04-03', 4, 102_840_000);

// Weeks 5-8 alone (the sum a range starting at week 5 would show), and All of Us Are Dead's first week.
export const SG_WEEKS_5_8 = hours(SG, '2021-10-17', '2021-11-07', 4, 561_500_000);
export const AOUAD_WEEK_1 = hours(AOUAD, '2022-01-30', '2022-01-30', 1, 124_790_000);
export const SG_WEEKS_3_5 = hours(SG, '2021-10-03', '2021-10-17', 3, 1_243_540_000);
export const AOUAD_WEEKS_1_2 = hours(AOUAD, '2022-01-30', '2022-02-06', 2, 361_020_000);
/** All 11 weeks: the figure the source article quotes for "between January 23rd and April 10th". */
export const AOUAD_ALL_11_WEEKS = hours(AOUAD, '2022-01-30', '2022-04-10', 11, 659_510_000);
export const WEDNESDAY_WEEKS_1_8 = hours(['Wednesday', 'Wednesday: Season 1'], '2022-11-27', '2023-01-15', 8, 1_557_810_000);

// Single weeks: each title's first week and its peak.
export const SG_WEEK_1 = hours(SG, '2021-09-19', '2021-09-19', 1, 63_190_000);
export const SG_PEAK = hours(SG, '2021-10-03', '2021-10-03', 1, 571_760_000);
export const AOUAD_PEAK = hours(AOUAD, '2022-02-06', '2022-02-06', 1, 236_230_000);
export const BP_PEAK = hours(BP, '2022-04-10', '2022-04-10', 1, 41_460_000);

/** Views, which Netflix publishes from 2023-06-18 on: Baby Reindeer's first 4 weeks. */
export const BABY_REINDEER_VIEWS_1_4: Figure = {
  ...hours(['Baby Reindeer', 'Baby Reindeer: Limited Series'], '2024-04-14', '2024-05-05', 4, 56_500_000),
  column: 'weekly_views',
};

/** The default view's totals (weeks 1-8, hours), in the order the totals list them. */
export const DEFAULT_TOTALS = [SG_WEEKS_1_8, AOUAD_WEEKS_1_8, BP_WEEKS_1_8];

export const ALL_FIGURES = {
  SG_WEEKS_1_8,
  AOUAD_WEEKS_1_8,
  BP_WEEKS_1_8,
  BP_PREMIERE_WEEKS_1_8,
  SG_WEEKS_1_4,
  AOUAD_WEEKS_1_4,
  BP_WEEKS_1_4,
  SG_WEEKS_3_5,
  SG_WEEKS_5_8,
  AOUAD_WEEK_1,
  AOUAD_WEEKS_1_2,
  AOUAD_ALL_11_WEEKS,
  WEDNESDAY_WEEKS_1_8,
  SG_WEEK_1,
  SG_PEAK,
  AOUAD_PEAK,
  BP_PEAK,
  BABY_REINDEER_VIEWS_1_4,
};

/** Page text of several figures, e.g. the totals list. */
export const textsOf = (figures: readonly Figure[]): string[] => figures.map((f) => f.text);
