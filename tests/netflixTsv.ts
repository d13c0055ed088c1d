import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Netflix's own file lives beside the repository (../shared/data), never in it: see
 * ../shared/docs/data.md. A checkout elsewhere (a worktree) names it with TOP10_TSV.
 */
export const NETFLIX_TSV = process.env.TOP10_TSV ?? resolve(process.cwd(), '../shared/data/all-weeks-global.tsv');
export const HAVE_NETFLIX_TSV = existsSync(NETFLIX_TSV);

/** Prints why a suite skips, once per file that asks. */
export function warnIfAbsent(suite: string): void {
  if (!HAVE_NETFLIX_TSV)
    console.warn(`${suite}: ${NETFLIX_TSV} is absent (set TOP10_TSV), so these checks against Netflix's file are skipped.`);
}

/** The 9-column layout's header, as Netflix writes it: a fixture's first row. */
export const NINE_COLUMN_HEADER = [
  'week',
  'category',
  'weekly_rank',
  'show_title',
  'season_title',
  'weekly_hours_viewed',
  'runtime',
  'weekly_views',
  'cumulative_weeks_in_top_10',
];
