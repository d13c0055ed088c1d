import { formatDate, formatList } from '../format';
import type { DatasetSource } from '../types';
import type { Align, Catalog } from '../view';

export interface LinkAsked {
  /** Title ids as the link lists them, before any is dropped. */
  titleIds: readonly string[];
  /** The link's week range, as written, if it has one. */
  weeks?: readonly [number, number];
  align: Align;
}

export interface LinkGaps {
  missingTitles: string[];
  /** The last week the link asks for, when the data here stops short of it. */
  weeksBeyond: number | null;
  /** For the URL notice: what is missing, where it comes from, how to get it. */
  sentence: string;
}

const HOW =
  "To see them, download all-weeks-global.tsv (or .xlsx) from Netflix's Top 10 site (netflix.com/tudum/top10) and open it with Load Netflix file.";

/**
 * What a shared link names that the data here lacks. A link made from a newer Netflix file may
 * name titles and weeks that reached the list after this data ends; say which, and how to load
 * the newer file, rather than only "unknown title". Null when the data has everything.
 */
export function linkGaps(asked: LinkAsked, catalog: Catalog, source: DatasetSource): LinkGaps | null {
  const known = new Set(catalog.titleIds);
  // Only id-shaped values: garbage is the codec's to report, not a newer file's.
  const missingTitles = [...new Set(asked.titleIds)].filter((id) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) && !known.has(id));
  const max = catalog.maxWeek[asked.align];
  const to = asked.weeks?.[1];
  const weeksBeyond = to !== undefined && to > max ? to : null;
  if (missingTitles.length === 0 && weeksBeyond === null) return null;

  const parts: string[] = [];
  if (missingTitles.length > 0) {
    const names = formatList(
      missingTitles.map((id) => `"${id}"`),
      true,
    );
    parts.push(`${missingTitles.length === 1 ? 'a title' : `${missingTitles.length} titles`} this page's data lacks (${names})`);
  }
  if (weeksBeyond !== null) parts.push(`weeks up to ${weeksBeyond}, where this page's data has ${max}`);
  const sentence =
    `This link names ${formatList(parts, true)}. They likely come from a newer Netflix file than this page's, ` +
    `which ends with the week of ${formatDate(source.lastWeek)}. ${HOW}`;
  return { missingTitles, weeksBeyond, sentence };
}
