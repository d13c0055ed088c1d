import { formatDate } from '../format';
import type { DatasetSource } from '../types';

/** The `source` column: Netflix's file and the last week it holds. */
export function sourceCell(source: DatasetSource): string {
  return `Netflix global Top 10 (${source.file}; last week ending ${source.lastWeek})`;
}

/** "Netflix global Top 10, via Top 10 Compare, <link>, retrieved <date>": for footnotes. */
export function citation(link: string, retrievedIso: string): string {
  return `Netflix global Top 10, via Top 10 Compare, ${link}, retrieved ${formatDate(retrievedIso)}`;
}

/** The line under an exported image: what the figures are and where they come from. */
export function sourceLine(source: DatasetSource): string {
  return `Source: Netflix global weekly Top 10 (${source.file}), weeks ending ${formatDate(source.firstWeek)} to ${formatDate(source.lastWeek)}. Chart: Top 10 Compare.`;
}
