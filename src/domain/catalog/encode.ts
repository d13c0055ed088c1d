import { CATEGORIES } from '../netflixColumns';
import { weeksBetween } from '../dates';
import type { Dataset, Title } from '../types';
import { CATALOG_FORMAT, CATALOG_VERSION, idStem, isAscii, STEM, type CatalogFile } from './format';
import { writeCatalog } from './write';

/** The catalog's bytes for a dataset (as groupTitles and applyCurated make it). */
export function encodeCatalog(dataset: Dataset): Uint8Array {
  return writeCatalog(catalogFile(dataset));
}

export function catalogFile({ source, titles }: Dataset): CatalogFile {
  const weeks = titles.flatMap((t) => t.weeks);
  const units = {
    hours: commonPower(weeks.map((w) => w.hours)),
    views: commonPower(weeks.flatMap((w) => (w.views === null ? [] : [w.views]))),
    runtime: decimalScale(weeks.flatMap((w) => (w.runtime === null ? [] : [w.runtime]))),
  };
  const strings = new Strings();
  const file: CatalogFile = {
    format: CATALOG_FORMAT,
    version: CATALOG_VERSION,
    source,
    units,
    strings: [],
    titles: { id: [], show: [], season: [], category: [], rows: [] },
    meta: [],
    rows: { week: [], rank: [], hours: [], runtime: [], views: [], cumulative: [] },
  };
  const { rows } = file;
  const staggered: (0 | 1 | null)[] = [];
  const launch: (number | null)[] = [];
  const override: (0 | 1 | null)[] = [];

  titles.forEach((title, i) => {
    const stem = idStem(title.showTitle);
    file.titles.id.push(stem !== '' && title.id.startsWith(stem) ? STEM + title.id.slice(stem.length) : title.id);
    file.titles.show.push(strings.index(title.showTitle));
    file.titles.season.push(seasonCode(title, strings));
    file.titles.category.push(CATEGORIES.indexOf(title.category));
    file.titles.rows.push(title.weeks.length);
    if (title.premiere !== null || title.releasePattern !== null || title.runtime !== lastRuntime(title)) {
      file.meta.push([i, title.premiere, title.releasePattern, title.runtime]);
    }
    let prevWeek = source.firstWeek;
    let prevCumulative = 0;
    for (const w of title.weeks) {
      rows.week.push(weeksBetween(prevWeek, w.week));
      rows.rank.push(w.rank);
      rows.hours.push(w.hours / units.hours);
      rows.runtime.push(w.runtime === null ? null : Math.round(w.runtime * units.runtime));
      rows.views.push(w.views === null ? null : w.views / units.views);
      rows.cumulative.push(w.cumulativeWeeks - prevCumulative - 1);
      staggered.push(bit(w.isStaggeredLaunch));
      launch.push(w.episodeLaunchDetails == null ? null : strings.index(w.episodeLaunchDetails));
      override.push(bit(w.runtimeOverride));
      prevWeek = w.week;
      prevCumulative = w.cumulativeWeeks;
    }
  });
  if (staggered.some((v) => v !== null)) rows.staggered = staggered;
  if (override.some((v) => v !== null)) rows.override = override;
  // ASCII strings first: the page decodes them as one-byte text, several times faster than the few others.
  const order = strings.list
    .map((_, i) => i)
    .sort((a, b) => Number(!isAscii(strings.list[a]!)) - Number(!isAscii(strings.list[b]!)) || a - b);
  const at = new Array<number>(order.length);
  order.forEach((old, i) => (at[old] = i));
  file.strings = order.map((i) => strings.list[i]!);
  file.titles.show = file.titles.show.map((i) => at[i]!);
  file.titles.season = file.titles.season.map((k) => (k === 0 ? 0 : k > 0 ? at[k - 1]! + 1 : -at[-k - 1]! - 1));
  if (launch.some((v) => v !== null)) rows.launch = launch.map((i) => (i === null ? null : at[i]!));
  return file;
}

/** The title's runtime as groupTitles derives it: the latest row that has one. */
export function lastRuntime(title: Pick<Title, 'weeks'>): number | null {
  return title.weeks.findLast((w) => w.runtime !== null)?.runtime ?? null;
}

function seasonCode(title: Title, strings: Strings): number {
  const season = title.seasonTitle;
  if (season === null) return 0;
  const prefix = `${title.showTitle}: `;
  // "Squid Game: Season 2" shares "Season 2" with hundreds of other shows.
  if (season.startsWith(prefix) && season.length > prefix.length) {
    return -strings.index(season.slice(prefix.length)) - 1;
  }
  return strings.index(season) + 1;
}

function bit(flag: boolean | null | undefined): 0 | 1 | null {
  return flag == null ? null : flag ? 1 : 0;
}

/** The largest power of ten (up to 10^6) that divides every value, so whole units lose nothing. */
function commonPower(values: readonly number[]): number {
  let unit = 1_000_000;
  while (unit > 1 && values.some((v) => v % unit !== 0)) unit /= 10;
  return unit;
}

/** The smallest 10^k that makes every value whole (runtimes are hours to four decimals). */
function decimalScale(values: readonly number[]): number {
  for (let scale = 1; scale <= 1e9; scale *= 10) {
    if (values.every((v) => Math.round(v * scale) / scale === v)) return scale;
  }
  throw new RangeError('a runtime has more than 9 decimals');
}

class Strings {
  readonly list: string[] = [];
  private readonly at = new Map<string, number>();

  index(text: string): number {
    let i = this.at.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.at.set(text, i);
    }
    return i;
  }
}
