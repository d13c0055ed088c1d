import { linkGaps } from '../import/linkGaps';
import type { DatasetSource } from '../types';
import { MAX_TITLES, type Catalog } from '../view';
import { biggerDataMayResolve, decodeView, encodeView, type DecodedView } from './codec';
import { reworded, urlIssue } from './issues';
import { NO_KNOWN_TITLE, parseAlign, parseWeeks, UNKNOWN_TITLE } from './keys';
import { migrate } from './migrations';
import { readParams } from './params';

/**
 * A link read against the data this page holds. When it names titles or weeks the data lacks,
 * the notice says which, that they likely come from a newer Netflix file, and how to load it.
 */
export function decodeLink(search: string, catalog: Catalog, source: DatasetSource): DecodedView {
  const decoded = decodeView(search, catalog);
  const given = firstValues(search);
  const align = parseAlign(given.get('align'));
  const weeks = parseWeeks(given.get('weeks'), Number.MAX_SAFE_INTEGER);
  const gaps = linkGaps(
    {
      titleIds: (given.get('titles') ?? '').split('~').filter((id) => id !== ''),
      weeks: weeks.kind === 'valid' ? weeks.value : undefined,
      align: align.kind === 'valid' ? align.value : decoded.view.align,
    },
    catalog,
    source,
  );
  return gaps ? { ...decoded, issues: [...decoded.issues, urlIssue(null, null, gaps.sentence)] } : decoded;
}

const RETRY = 'Retry under "Add a title"';

/**
 * A link read while the list of all titles could not be fetched. What only that list can
 * confirm is not "unknown": the notice says it is left out until the list arrives.
 */
export function decodeWithoutCatalog(search: string, catalog: Catalog): DecodedView {
  const decoded = decodeView(search, catalog);
  return { ...decoded, issues: decoded.issues.map((i) => (biggerDataMayResolve(i) ? reworded(i, unchecked(i.reason)) : i)) };
}

function unchecked(reason: string): string {
  // Not "unknown": the id may well be in the list; this page could not look.
  if (reason === UNKNOWN_TITLE)
    return `is not among this page's titles, and the list of all titles did not load to check it; left out for now: ${RETRY}`;
  if (reason === NO_KNOWN_TITLE)
    return `names none of this page's titles, and the list of all titles did not load to check them; showing the default titles for now: ${RETRY}`;
  // Weeks past the shipped titles' limit, which the list of all titles may allow.
  return `${reason} (the list of all titles, which may allow more, did not load: ${RETRY})`;
}

/**
 * The address to reopen once the list of all titles has come, for a link first read without it
 * (decodeWithoutCatalog): the view as it stands now, `current`, with the titles `link` named
 * that `shipped` lacked and `full` holds added back after its own, up to the cap. A reader who
 * changed the view meanwhile keeps the change, and the titles left out "for now" return. An
 * address still as linked is the link itself, with everything its notice says.
 */
export function withLeftOutTitles(current: string, link: string, shipped: Catalog, full: Catalog): string {
  if (current === link) return link;
  const given = firstValues(link);
  const had = new Set(shipped.titleIds);
  const known = new Set(full.titleIds);
  const leftOut = (given.get('titles') ?? '').split('~').filter((id) => !had.has(id) && known.has(id));
  const { view } = decodeView(current, full);
  const titles = [...new Set([...view.titles, ...leftOut])].slice(0, MAX_TITLES);
  return encodeView({ ...view, titles });
}

/** Each key's first value as written in the link, after migrations (the value the codec reads). */
function firstValues(search: string): Map<string, string> {
  const given = new Map<string, string>();
  for (const { key, value } of migrate(readParams(search).params)) if (!given.has(key)) given.set(key, value);
  return given;
}
