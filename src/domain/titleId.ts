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

/**
 * slugify for many texts at once. The plain ASCII ones (nearly every title) are joined by NUL and
 * slugged by a few regular expressions over them all, each run once, natively: one call of
 * slugify per title ran in the interpreter in a fresh import worker, 3,800 times.
 */
export function slugifyAll(texts: readonly string[]): string[] {
  const out = new Array<string>(texts.length);
  const plain: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    // A NUL joins the names below: a name holding one, or a character beyond ASCII, is slugged alone.
    if (!isAscii(text) || text.includes('\0')) out[i] = slugify(text);
    else {
      plain.push(text);
      at.push(i);
    }
  }
  if (plain.length === 0) return out;
  const slugs = plain
    .join('\0')
    .toLowerCase()
    .replace(/['`]/g, '')
    // Every run of other characters is one "-", none at either end of a name.
    .replace(/[^a-z0-9\0]+/g, '-')
    .replace(/-?\0-?/g, '\0')
    .replace(/^-|-$/g, '')
    .split('\0');
  for (let k = 0; k < at.length; k++) out[at[k]!] = slugs[k]!;
  return out;
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
  return baseTitleIds([{ showTitle, seasonTitle }])[0]!;
}

/**
 * baseTitleId for many titles at once: the slugs of their plain ASCII names (nearly all) are
 * made together, by regular expressions over all of them joined (slugifyAll).
 */
export function baseTitleIds(titles: readonly Pick<TitleKey, 'showTitle' | 'seasonTitle'>[]): string[] {
  const n = titles.length;
  // What each id is made of: the text slugged, and the season number after it (or none).
  const texts = new Array<string>(n);
  const seasons = new Array<string | null>(n);
  for (let i = 0; i < n; i++) {
    const { showTitle, seasonTitle } = titles[i]!;
    const season = seasonTitle?.trim() ?? '';
    if (season === '' || season === 'N/A') {
      texts[i] = showTitle;
      seasons[i] = null;
      continue;
    }
    const number = SEASON_N.exec(season)?.[1] ?? (LIMITED.test(season) ? '1' : null);
    texts[i] = number === null ? season : showTitle;
    seasons[i] = number;
  }
  const slugs = slugifyAll(texts);
  const ids = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const slug = slugs[i]!;
    const season = seasons[i] ?? null;
    if (slug !== '') ids[i] = season === null ? slug : `${slug}-s${Number(season)}`;
    // Nothing left of the name in ASCII: a hash of it, and of the season's number where it has one.
    else ids[i] = `t-${shortHash(season === null ? texts[i]! : `${texts[i]!}\u0000${season}`)}`;
  }
  return ids;
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
  const bases = baseTitleIds(titles);
  // Every base id, with the first title that has it; and the few bases more than one title has.
  const taken = new Map<string, number>();
  let shared: Map<string, number[]> | undefined;
  for (let i = 0; i < bases.length; i++) {
    const base = bases[i]!;
    const first = taken.get(base);
    if (first === undefined) taken.set(base, i);
    else {
      shared ??= new Map();
      const members = shared.get(base);
      if (members) members.push(i);
      else shared.set(base, [first, i]);
    }
  }
  const ids = bases.slice();
  if (!shared) return ids;
  // In the order their base first comes, as the titles are listed.
  for (const [base, members] of [...shared].sort((a, b) => a[1][0]! - b[1][0]!)) {
    const ordered = members.sort((a, b) => compareKeys(titles[a]!, titles[b]!));
    let n = 2;
    for (let k = 1; k < ordered.length; k++) {
      while (taken.has(`${base}-${n}`)) n++;
      const id = `${base}-${n}`;
      ids[ordered[k]!] = id;
      taken.set(id, ordered[k]!);
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
