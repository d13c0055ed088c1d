import type { Category, Title } from '../types';
import { formatList } from '../format';

/** "Squid Game S2" from "Squid Game: Season 2"; other labels keep the full name. */
function seasonShort(title: Title): string {
  const m = /Season (\d+)$/i.exec(title.seasonTitle ?? '');
  return m ? `${title.showTitle} S${m[1]}` : title.name;
}

/** Short names for headlines: the show's name, unless two selected titles share it. */
export function shortNames(titles: readonly Title[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const t of titles) counts.set(t.showTitle, (counts.get(t.showTitle) ?? 0) + 1);
  return new Map(titles.map((t) => [t.id, (counts.get(t.showTitle) ?? 0) > 1 ? seasonShort(t) : t.showTitle]));
}

/** "TV (Non-English)", or "each title's list" when titles come from several lists. */
export function listName(categories: readonly Category[]): string {
  const distinct = [...new Set(categories)];
  return distinct.length === 1 ? distinct[0]! : "each title's list";
}

/** "A vs B vs C", cut to "A vs B and 5 more" so a tab's title stays readable. */
export function versus(names: readonly string[], limit = 56): string {
  const all = names.join(' vs ');
  if (all.length <= limit) return all;
  for (let n = names.length - 1; n >= 1; n--) {
    const text = `${names.slice(0, n).join(' vs ')} and ${names.length - n} more`;
    if (text.length <= limit - 8 || n === 1) return text;
  }
  return all;
}

export function nameList(names: readonly string[]): string {
  return formatList(names);
}
