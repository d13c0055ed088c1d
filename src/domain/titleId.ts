/**
 * Title ids are public: they appear in every shared link (`titles=squid-game-s1~...`).
 * One rule names every title, shipped or imported, so the same title gets the same id
 * whatever file it came from.
 */

// Letters NFKD does not decompose into ASCII.
const TRANSLITERATE: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ł: 'l',
  Ł: 'l',
  þ: 'th',
  Þ: 'th',
  ð: 'd',
  Ð: 'd',
  ı: 'i',
};

// Nearly every title is plain ASCII already: nothing to transliterate, decompose or strip.
// One regular expression, not a loop over characters: a fresh import worker names 3,800 titles cold.
const NOT_ASCII = /[\u0080-\uffff]/;
const isAscii = (text: string): boolean => !NOT_ASCII.test(text);

const WORD = /[a-z0-9]+/g;

export function slugify(text: string): string {
  const plain = isAscii(text)
    ? text
    : text
        .replace(/[ßẞæÆœŒøØđĐłŁþÞðÐı]/g, (ch) => TRANSLITERATE[ch] ?? '')
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '');
  const ascii = plain
    .toLowerCase()
    // "Grey's", "Marvel’s": an apostrophe joins, it does not separate.
    .replace(/['’`]/g, '');
  // The runs of letters and digits, joined by hyphens: no hyphen at either end.
  return ascii.match(WORD)?.join('-') ?? '';
}

/** FNV-1a, 32 bit: a stable short hash for titles with no ASCII letters left. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

const SEASON_N = /:\s*Season\s+(\d+)\s*$/i;
const LIMITED = /:\s*Limited Series\s*$/i;

/** The id before collisions are resolved. */
export function baseTitleId(showTitle: string, seasonTitle: string | null): string {
  const season = seasonTitle?.trim() ?? '';
  let id: string;
  let source: string;
  if (season === '' || season === 'N/A') {
    source = showTitle;
    id = slugify(showTitle);
  } else {
    const n = SEASON_N.exec(season)?.[1] ?? (LIMITED.test(season) ? '1' : null);
    if (n !== null) {
      source = `${showTitle}\u0000${n}`;
      const show = slugify(showTitle);
      id = show === '' ? '' : `${show}-s${Number(n)}`;
    } else {
      source = season;
      id = slugify(season);
    }
  }
  return id === '' ? `t-${shortHash(source)}` : id;
}

export interface TitleKey {
  showTitle: string;
  seasonTitle: string | null;
  /** ISO date of the title's first week in the file: orders collisions stably. */
  firstWeek: string;
  category: string;
}

/**
 * Ids for a list of distinct titles, in the input's order. Titles whose base ids collide
 * are told apart by `-2`, `-3`... in order of first week on the list (then category, then
 * name), so a title keeps its id as the file grows week by week.
 */
export function assignTitleIds(titles: readonly TitleKey[]): string[] {
  const bases = titles.map((t) => baseTitleId(t.showTitle, t.seasonTitle));
  const groups = new Map<string, number[]>();
  bases.forEach((base, i) => {
    const members = groups.get(base);
    if (members) members.push(i);
    else groups.set(base, [i]);
  });
  const ids = [...bases];
  const taken = new Set(bases);
  for (const [base, members] of groups) {
    if (members.length < 2) continue;
    const ordered = [...members].sort((a, b) => compareKeys(titles[a]!, titles[b]!));
    let n = 2;
    for (const idx of ordered.slice(1)) {
      while (taken.has(`${base}-${n}`)) n++;
      ids[idx] = `${base}-${n}`;
      taken.add(ids[idx]);
      n++;
    }
  }
  return ids;
}

// Code-unit order, not localeCompare: collation varies with the runtime's locale ("Doc" sorts
// before "DOC" in English, after it in Danish) and calls canonically equal strings equal, so
// ids would depend on the visitor's browser.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareKeys(a: TitleKey, b: TitleKey): number {
  return (
    compareText(a.firstWeek, b.firstWeek) ||
    compareText(a.category, b.category) ||
    compareText(a.showTitle, b.showTitle) ||
    compareText(a.seasonTitle ?? '', b.seasonTitle ?? '')
  );
}
