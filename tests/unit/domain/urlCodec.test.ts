import { canonicalSearch, decodeView, encodeView, isValidView, linkNeedsMore, type UrlMigration } from '../../../src/domain/url/codec';
import { MIGRATIONS, migrate } from '../../../src/domain/url/migrations';
import { DEFAULT_VIEW, type Catalog, type ViewState } from '../../../src/domain/view';

const catalog: Catalog = {
  titleIds: ['squid-game-s1', 'all-of-us-are-dead-s1', 'business-proposal-s1', 'stranger-things-4'],
  maxWeek: { top10: 32, premiere: 200, calendar: 32 },
};

const view = (changes: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_VIEW, ...changes });
const messages = (search: string) => decodeView(search, catalog).issues.map((issue) => issue.message);
const METRIC_ERROR = 'is not one of hours, views, cumulative, rank';

describe('canonical links, both directions', () => {
  it.each<[string, Partial<ViewState>, string]>([
    ['the default view', {}, ''],
    ['one metric', { metric: 'rank' }, '?metric=rank'],
    ['views', { metric: 'views' }, '?metric=views'],
    ['views on a log axis', { metric: 'views', scale: 'log' }, '?metric=views&scale=log'],
    ['titles in a new order', { titles: ['business-proposal-s1', 'squid-game-s1'] }, '?titles=business-proposal-s1~squid-game-s1'],
    ['a non-default title', { titles: ['stranger-things-4'] }, '?titles=stranger-things-4'],
    [
      'defaults plus one',
      { titles: [...DEFAULT_VIEW.titles, 'stranger-things-4'] },
      '?titles=squid-game-s1~all-of-us-are-dead-s1~business-proposal-s1~stranger-things-4',
    ],
    ['a week range', { weeks: [3, 20] }, '?weeks=3..20'],
    ['a single week', { weeks: [1, 1] }, '?weeks=1..1'],
    ['the longest premiere range', { align: 'premiere', weeks: [1, 200] }, '?weeks=1..200&align=premiere'],
    ['calendar alignment', { align: 'calendar' }, '?align=calendar'],
    ['bars', { chart: 'bar' }, '?chart=bar'],
    ['log scale', { scale: 'log' }, '?scale=log'],
    ['the table', { view: 'table' }, '?view=table'],
    ['dark theme', { theme: 'dark' }, '?theme=dark'],
    ['light theme', { theme: 'light' }, '?theme=light'],
    [
      'every key but scale, in table order (bars refuse log)',
      {
        titles: ['stranger-things-4', 'squid-game-s1'],
        weeks: [2, 9],
        metric: 'cumulative',
        align: 'calendar',
        chart: 'bar',
        view: 'table',
        theme: 'light',
      },
      '?titles=stranger-things-4~squid-game-s1&weeks=2..9&metric=cumulative&align=calendar&chart=bar&view=table&theme=light',
    ],
    [
      'every key but chart, in table order',
      {
        titles: ['stranger-things-4', 'squid-game-s1'],
        weeks: [2, 9],
        metric: 'cumulative',
        align: 'calendar',
        scale: 'log',
        view: 'table',
        theme: 'light',
      },
      '?titles=stranger-things-4~squid-game-s1&weeks=2..9&metric=cumulative&align=calendar&scale=log&view=table&theme=light',
    ],
  ])('%s', (_name, changes, search) => {
    expect(encodeView(view(changes))).toBe(search);
    expect(decodeView(search, catalog)).toEqual({ view: view(changes), issues: [] });
  });
});

describe('links that need fixing', () => {
  it.each<[string, Partial<ViewState>, string[]]>([
    ['metric=rank', { metric: 'rank' }, []],
    ['?', {}, []],
    ['&&&', {}, []],
    ['?&metric=rank&', { metric: 'rank' }, []],
    ['me%74ric=rank', { metric: 'rank' }, []],
    ['weeks=5', { weeks: [5, 5] }, []],
    ['weeks=01..08', {}, []],
    ['metric=hours', {}, []],
    ['=', {}, ['(empty key): is not a known key; ignored']],
    ['?foo=bar&metric=rank', { metric: 'rank' }, ['foo: is not a known key; ignored']],
    ['weeks=9..2', { weeks: [2, 9] }, ['weeks: "9..2" starts after it ends; read as 2..9']],
    ['weeks=5..3', { weeks: [3, 5] }, ['weeks: "5..3" starts after it ends; read as 3..5']],
    [
      'weeks=40..2',
      { weeks: [2, 32] },
      ['weeks: "40..2" starts after it ends; read as 2..40', 'weeks: "40..2" is outside 1..32; using 2..32'],
    ],
    ['weeks=0..999', { weeks: [1, 32] }, ['weeks: "0..999" is outside 1..32; using 1..32']],
    ['weeks=40..50', { weeks: [32, 32] }, ['weeks: "40..50" is outside 1..32; using 32..32']],
    ['weeks=150..250&align=premiere', { weeks: [150, 200], align: 'premiere' }, ['weeks: "150..250" is outside 1..200; using 150..200']],
    [
      'weeks=150..250&align=sideways',
      { weeks: [32, 32] },
      ['weeks: "150..250" is outside 1..32; using 32..32', 'align: "sideways" is not one of top10, premiere, calendar'],
    ],
    ['weeks=abc', {}, ['weeks: "abc" is not a week range like 1..8']],
    ['weeks=-1..5', {}, ['weeks: "-1..5" is not a week range like 1..8']],
    ['weeks=1.5..3', {}, ['weeks: "1.5..3" is not a week range like 1..8']],
    ['metric=<script>alert(1)</script>', {}, [`metric: "<script>alert(1)</script>" ${METRIC_ERROR}`]],
    ['metric=%3Cscript%3Ealert(1)%3C%2Fscript%3E', {}, [`metric: "<script>alert(1)</script>" ${METRIC_ERROR}`]],
    ['metric=Rank', {}, [`metric: "Rank" ${METRIC_ERROR}`]],
    ['metric=', {}, [`metric: "" ${METRIC_ERROR}`]],
    ['metric', {}, [`metric: "" ${METRIC_ERROR}`]],
    ['metric=+', {}, [`metric: " " ${METRIC_ERROR}`]],
    ['theme=system', {}, ['theme: "system" is not one of light, dark']],
    [
      'chart=pie&scale=sqrt&view=grid',
      {},
      ['chart: "pie" is not one of line, bar', 'scale: "sqrt" is not one of linear, log', 'view: "grid" is not one of chart, table'],
    ],
    ['metric=rank&metric=cumulative', { metric: 'rank' }, ['metric: "cumulative" was given again; only the first value counts']],
    ['metric=oops&metric=rank', {}, ['metric: "rank" was given again; only the first value counts', `metric: "oops" ${METRIC_ERROR}`]],
    [
      'titles=squid-game-s1~foo~business-proposal-s1',
      { titles: ['squid-game-s1', 'business-proposal-s1'] },
      ['titles: "foo" is not a known title id; dropped'],
    ],
    ['titles=foo~bar', {}, ['titles: "foo~bar" names no known title']],
    ['titles=', {}, ['titles: "" is empty']],
    ['titles=~~', {}, ['titles: "~~" names no known title']],
    ['titles=stranger-things-4~~squid-game-s1~', { titles: ['stranger-things-4', 'squid-game-s1'] }, []],
    [
      'titles=squid-game-s1~squid-game-s1',
      { titles: ['squid-game-s1'] },
      ['titles: "squid-game-s1" is listed more than once; kept the first'],
    ],
    ['titles=SQUID-GAME-S1', {}, ['titles: "SQUID-GAME-S1" names no known title']],
    // `~ + & %` inside a name: %26 is a literal &, %7E splits like ~, + is a space.
    // Spaces (a typed `+`) and commas separate titles like `~`, so a name with them falls apart.
    [
      'titles=squid-game-s1~Love%2C+Death+%26+Robots~100%25',
      { titles: ['squid-game-s1'] },
      [
        'titles: "Love" is not a known title id; dropped',
        'titles: "Death" is not a known title id; dropped',
        'titles: "&" is not a known title id; dropped',
        'titles: "Robots" is not a known title id; dropped',
        'titles: "100%" is not a known title id; dropped',
      ],
    ],
    ['titles=squid-game-s1+stranger-things-4', { titles: ['squid-game-s1', 'stranger-things-4'] }, []],
    ['titles=squid-game-s1,stranger-things-4', { titles: ['squid-game-s1', 'stranger-things-4'] }, []],
    [
      'titles=squid-game-s1%2Cstranger-things-4%20business-proposal-s1',
      { titles: ['squid-game-s1', 'stranger-things-4', 'business-proposal-s1'] },
      [],
    ],
    ['titles=squid-game-s1,+stranger-things-4', { titles: ['squid-game-s1', 'stranger-things-4'] }, []],
    ['titles=+', {}, ['titles: "~" names no known title']],
    // Identical problems are listed once, with a count.
    ['titles=squid-game-s1~nope~nope~nope', { titles: ['squid-game-s1'] }, ['titles: "nope" is not a known title id; dropped (3 times)']],
    ['foo=1&foo=2&bar=3', {}, ['foo: is not a known key; ignored (2 times)', 'bar: is not a known key; ignored']],
    // A scale that does not apply is refused, one rule for all: linear, and said.
    ['scale=log&chart=bar', { chart: 'bar' }, ['scale: "log" does not apply: a bar on a log axis has no true length; using linear']],
    ['scale=log&metric=rank', { metric: 'rank' }, ['scale: "log" does not apply: Rank has no log scale; using linear']],
    [
      'chart=bar&metric=rank&scale=log',
      { metric: 'rank', chart: 'bar' },
      ['scale: "log" does not apply: Rank has no log scale; using linear'],
    ],
    ['scale=log&metric=cumulative&chart=line', { metric: 'cumulative', scale: 'log' }, []],
    [
      'scale=log&metric=views&chart=bar',
      { metric: 'views', chart: 'bar' },
      ['scale: "log" does not apply: a bar on a log axis has no true length; using linear'],
    ],
    ['metric=Views', {}, [`metric: "Views" ${METRIC_ERROR}`]],
    ['scale=log&chart=pie', { scale: 'log' }, ['chart: "pie" is not one of line, bar']],
    ['titles=squid-game-s1%7Estranger-things-4', { titles: ['squid-game-s1', 'stranger-things-4'] }, []],
    ['titles=a&b=c', {}, ['b: is not a known key; ignored', 'titles: "a" names no known title']],
    // Non-ASCII, encoded and as typed.
    ['titles=%EC%98%A4%EC%A7%95%EC%96%B4', {}, ['titles: "오징어" names no known title']],
    ['titles=squid-game-s1~amélie', { titles: ['squid-game-s1'] }, ['titles: "amélie" is not a known title id; dropped']],
    ['th%C3%A8me=dark', {}, ['thème: is not a known key; ignored']],
    // Broken percent-encoding stays as typed.
    ['metric=%E0%A4%A', {}, [`metric: "%E0%A4%A" ${METRIC_ERROR}`]],
    ['metric=%', {}, [`metric: "%" ${METRIC_ERROR}`]],
    ['metric=%ED%A0%80', {}, [`metric: "%ED%A0%80" ${METRIC_ERROR}`]],
    ['%=1&metric=rank', { metric: 'rank' }, ['%: is not a known key; ignored']],
    ['metric=rank=cumulative', {}, [`metric: "rank=cumulative" ${METRIC_ERROR}`]],
  ])('%s', (search, changes, expected) => {
    const decoded = decodeView(search, catalog);
    expect(decoded.view).toEqual(view(changes));
    expect(decoded.issues.map((issue) => issue.message)).toEqual(expected);
  });

  it('keeps the parts of an issue apart for the UI', () => {
    expect(decodeView('metric=%3Cb%3E', catalog).issues).toEqual([
      { key: 'metric', raw: '<b>', reason: METRIC_ERROR, message: `metric: "<b>" ${METRIC_ERROR}`, count: 1 },
    ]);
  });

  it('quotes at most 40 characters of a value or key', () => {
    expect(messages(`metric=${'a'.repeat(100)}`)).toEqual([`metric: "${'a'.repeat(40)}…" ${METRIC_ERROR}`]);
    expect(messages(`${'k'.repeat(100)}=1`)).toEqual([`${'k'.repeat(40)}…: is not a known key; ignored`]);
  });

  it('cuts 10 KB of garbage to 4 KB and reports it', () => {
    const decoded = decodeView('x'.repeat(10 * 1024), catalog);
    expect(decoded.view).toEqual(DEFAULT_VIEW);
    expect(decoded.issues.map((issue) => issue.message)).toEqual([
      'the address is longer than 4096 characters; the rest was ignored',
      `${'x'.repeat(40)}…: is not a known key; ignored`,
    ]);
  });

  it('lists ten issues and counts the rest', () => {
    const search = Array.from({ length: 2000 }, (_, i) => `k${i}=v`)
      .join('&')
      .slice(0, 10 * 1024);
    const issues = messages(search);
    expect(issues).toHaveLength(11);
    expect(issues[0]).toBe('the address is longer than 4096 characters; the rest was ignored');
    expect(issues[1]).toBe('k0: is not a known key; ignored');
    expect(issues[10]).toMatch(/^and \d+ more problems$/);
  });

  it('keeps a valid key found after the garbage limit out, and says so', () => {
    const decoded = decodeView(`${'&'.repeat(5000)}metric=rank`, catalog);
    expect(decoded.view.metric).toBe('hours');
    expect(decoded.issues.map((issue) => issue.message)).toEqual(['the address is longer than 4096 characters; the rest was ignored']);
  });
});

describe('catalogs that lack the defaults', () => {
  const small = (titleIds: string[], top10 = 32): Catalog => ({ titleIds, maxWeek: { top10, premiere: 200, calendar: 32 } });

  it.each<[string, Catalog, string, Partial<ViewState>, string[]]>([
    ['some defaults missing', small(['business-proposal-s1', 'x-1']), '', { titles: ['business-proposal-s1'] }, []],
    ['no defaults at all', small(['x-1', 'x-2', 'x-3', 'x-4']), '', { titles: ['x-1', 'x-2', 'x-3'] }, []],
    ['no defaults, unknown ids', small(['x-1']), 'titles=foo', { titles: ['x-1'] }, ['titles: "foo" names no known title']],
    ['fewer than 8 weeks', small(['squid-game-s1'], 5), '', { titles: ['squid-game-s1'], weeks: [1, 5] }, []],
    [
      'reversed range, fewer than 8 weeks',
      small(['squid-game-s1'], 5),
      'weeks=9..2',
      { titles: ['squid-game-s1'], weeks: [2, 5] },
      ['weeks: "9..2" starts after it ends; read as 2..9', 'weeks: "9..2" is outside 1..5; using 2..5'],
    ],
  ])('%s', (_name, cat, search, changes, expected) => {
    const decoded = decodeView(search, cat);
    expect(decoded.view).toEqual(view(changes));
    expect(decoded.issues.map((issue) => issue.message)).toEqual(expected);
    expect(isValidView(decoded.view, cat)).toBe(true);
    expect(decodeView(encodeView(decoded.view), cat)).toEqual({ view: decoded.view, issues: [] });
  });
});

describe('canonicalSearch', () => {
  it.each([
    ['view=table&metric=rank', '?metric=rank&view=table'],
    ['?metric=hours&chart=line', ''],
    ['scale=log&metric=views', '?metric=views&scale=log'],
    ['weeks=01..08', ''],
    ['weeks=5', '?weeks=5..5'],
    ['titles=squid-game-s1~all-of-us-are-dead-s1~business-proposal-s1', ''],
    ['titles=squid-game-s1~squid-game-s1~nope', '?titles=squid-game-s1'],
    ['metric=rank&metric=cumulative&junk=1', '?metric=rank'],
  ])('%s → %s', (search, canonical) => {
    expect(canonicalSearch(search, catalog)).toBe(canonical);
  });
});

describe('isValidView', () => {
  it.each<[string, Partial<ViewState>, boolean]>([
    ['the default view', {}, true],
    ['no titles', { titles: [] }, false],
    ['a repeated title', { titles: ['squid-game-s1', 'squid-game-s1'] }, false],
    ['an unknown title', { titles: ['nope'] }, false],
    ['week 0', { weeks: [0, 8] }, false],
    ['a reversed range', { weeks: [9, 2] }, false],
    ['past the last top10 week', { weeks: [1, 33] }, false],
    ['within the premiere weeks', { weeks: [1, 33], align: 'premiere' }, true],
    ['a fractional week', { weeks: [1.5, 3] }, false],
    ['views', { metric: 'views' }, true],
    ['an unknown metric', { metric: 'viewers' as ViewState['metric'] }, false],
  ])('%s → %s', (_name, changes, expected) => {
    expect(isValidView(view(changes), catalog)).toBe(expected);
  });
});

describe('migrations', () => {
  const rename = (from: string, to: string): UrlMigration => ({
    date: '2099-01-01',
    why: `test: key "${from}" became "${to}"`,
    apply: (params) => params.map((p) => (p.key === from ? { ...p, key: to } : p)),
  });

  it('rewrites old keys before they are parsed', () => {
    expect(decodeView('?measure=rank', catalog, { migrations: [rename('measure', 'metric')] })).toEqual({
      view: view({ metric: 'rank' }),
      issues: [],
    });
  });

  it('runs in the order given', () => {
    const first = rename('a', 'b');
    const second = rename('b', 'metric');
    expect(decodeView('a=rank', catalog, { migrations: [first, second] }).view.metric).toBe('rank');
    expect(messages('a=rank')).toEqual(['a: is not a known key; ignored']);
    expect(decodeView('a=rank', catalog, { migrations: [second, first] }).issues.map((i) => i.message)).toEqual([
      'b: is not a known key; ignored',
    ]);
  });

  it('sees decoded values, so a migration can change the separator', () => {
    const plusToTilde: UrlMigration = {
      date: '2099-01-02',
      why: 'test: titles were once joined by spaces',
      apply: (params) => params.map((p) => (p.key === 'titles' ? { ...p, value: p.value.replaceAll(' ', '~') } : p)),
    };
    expect(decodeView('titles=squid-game-s1+stranger-things-4', catalog, { migrations: [plusToTilde] }).view.titles).toEqual([
      'squid-game-s1',
      'stranger-things-4',
    ]);
  });

  it('are dated, explained and in date order', () => {
    expect(MIGRATIONS.length).toBeGreaterThan(0);
    const dates = MIGRATIONS.map((m) => m.date);
    expect(dates).toEqual([...dates].sort());
    for (const m of MIGRATIONS) {
      // A real calendar date, not just its shape: 2026-02-30 would fail here.
      expect(new Date(`${m.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(m.date);
      expect(m.why.length).toBeGreaterThan(20);
    }
  });

  // Every migration runs on every link, old or new, so a link already in today's form must pass through unchanged.
  it.each([...MIGRATIONS.entries()])('migration %i leaves a link already in the current form unchanged', (_i, m) => {
    const current = [
      ...new URLSearchParams(encodeView(view({ titles: ['squid-game-s1', 'stranger-things-4'], metric: 'rank', weeks: [2, 9] }))),
    ].map(([key, value]) => ({ key, value }));
    expect(current.length).toBeGreaterThan(2);
    expect(m.apply(current)).toEqual(current);
    expect(migrate(current)).toEqual(current);
  });
});

describe('the 8-title cap and links that need more data', () => {
  const ten = Array.from({ length: 10 }, (_, i) => `title-${i + 1}`);
  const big: Catalog = { titleIds: ten, maxWeek: { top10: 57, premiere: 261, calendar: 57 } };

  it('drops unknown and repeated ids first, then keeps the first 8 and says so', () => {
    const { view: v, issues } = decodeView(`?titles=nope~${ten.slice(0, 9).join('~')}~title-1`, big);
    expect(v.titles).toEqual(ten.slice(0, 8));
    expect(issues.map((i) => i.reason)).toEqual([
      'is not a known title id; dropped',
      'is listed more than once; kept the first',
      'names 9 titles; only the first 8 are compared',
    ]);
    expect(isValidView(v, big)).toBe(true);
    expect(isValidView({ ...v, titles: ten.slice(0, 9) }, big)).toBe(false);
  });

  it.each<[string, string, boolean]>([
    ['names only titles the data has', '?titles=squid-game-s1~stranger-things-4', false],
    ['names a title the data lacks', '?titles=squid-game-s1~wednesday-s1', true],
    ['names no title the data has', '?titles=wednesday-s1', true],
    ['asks for weeks beyond the data', '?weeks=1..40', true],
    ['has a backwards range inside the data', '?weeks=5..3', false],
    ['has a bad metric only', '?metric=nope', false],
  ])('a link that %s needs more data: %s', (_, search, needs) => {
    expect(linkNeedsMore(search, catalog)).toBe(needs);
  });
});
