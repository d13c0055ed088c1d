import { linkGaps } from '../import/linkGaps';
import type { DatasetSource } from '../types';
import type { Catalog } from '../view';
import { decodeView, type DecodedView } from './codec';
import { urlIssue } from './issues';
import { parseAlign, parseWeeks } from './keys';
import { migrate } from './migrations';
import { readParams } from './params';

/**
 * A link read against the data this page holds. When it names titles or weeks the data lacks,
 * the notice says which, that they likely come from a newer Netflix file, and how to load it.
 */
export function decodeLink(search: string, catalog: Catalog, source: DatasetSource): DecodedView {
  const decoded = decodeView(search, catalog);
  const given = new Map<string, string>();
  for (const { key, value } of migrate(readParams(search).params)) if (!given.has(key)) given.set(key, value);
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
