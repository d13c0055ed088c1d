import fc from 'fast-check';
import { decodeView, encodeView, isValidView } from '../../../src/domain/url/codec';
import { URL_KEYS } from '../../../src/domain/url/keys';
import { applicableScale } from '../../../src/domain/viewRules';
import { ALIGNS, CHARTS, METRICS, SCALES, THEMES, VIEWS, type Catalog, type ViewState } from '../../../src/domain/view';

const catalog: Catalog = {
  titleIds: ['squid-game-s1', 'all-of-us-are-dead-s1', 'business-proposal-s1', 'stranger-things-4'],
  maxWeek: { top10: 32, premiere: 200, calendar: 32 },
};

const validView: fc.Arbitrary<ViewState> = fc.constantFrom(...ALIGNS).chain((align) =>
  fc
    .record({
      titles: fc.shuffledSubarray([...catalog.titleIds], { minLength: 1 }),
      weeks: fc
        .tuple(fc.integer({ min: 1, max: catalog.maxWeek[align] }), fc.integer({ min: 1, max: catalog.maxWeek[align] }))
        .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
      metric: fc.constantFrom(...METRICS),
      align: fc.constant(align),
      chart: fc.constantFrom(...CHARTS),
      scale: fc.constantFrom(...SCALES),
      view: fc.constantFrom(...VIEWS),
      theme: fc.constantFrom(null, ...THEMES),
    })
    .map((v) => ({ ...v, scale: applicableScale(v.metric, v.chart, v.scale) })),
);

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((n) => String.fromCharCode(n));

// Pieces a hostile or mangled link is made of, so the parser's paths are hit often.
const linkPiece = fc.oneof(
  fc.constantFrom('?', '&', '=', '~', '.', '..', '%', '+', '#', '%E0%A4%A', '%7E', '%26', '%3D', '%ED%A0%80', '%C3%A9'),
  fc.constantFrom(...URL_KEYS, ...catalog.titleIds, ...METRICS, ...ALIGNS, ...CHARTS, ...SCALES, ...VIEWS, ...THEMES),
  fc.integer({ min: -5, max: 300 }).map(String),
  fc.string({ maxLength: 4 }),
);
const linkLike = fc.array(linkPiece, { maxLength: 40 }).map((pieces) => pieces.join(''));

// Well-formed `key=value&...` whose values are near misses: `weeks=0..300`, `titles=a~~b`, `metric=rank~`.
const valuePiece = fc.oneof(linkPiece, fc.constantFrom('..', '~'), fc.nat({ max: 250 }).map(String));
const queryLike = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...URL_KEYS), linkPiece), fc.array(valuePiece, { maxLength: 5 })), { maxLength: 10 })
  .map((pairs) => pairs.map(([key, value]) => `${key}=${value.join('')}`).join('&'));

const anyInput = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), loneSurrogate) }),
  linkLike,
  queryLike,
);

describe('URL codec properties', () => {
  it('decodes every encoded valid view back to itself, without issues', () => {
    fc.assert(
      fc.property(validView, (view) => {
        expect(decodeView(encodeView(view), catalog)).toEqual({ view, issues: [] });
      }),
    );
  });

  it('never throws and always yields a valid view, whatever the input', () => {
    fc.assert(
      fc.property(anyInput, (search) => {
        const { view, issues } = decodeView(search, catalog);
        expect(isValidView(view, catalog)).toBe(true);
        expect(issues.length).toBeLessThanOrEqual(11);
      }),
      { numRuns: 500 },
    );
  });

  it('reaches a canonical link in one step', () => {
    fc.assert(
      fc.property(anyInput, (search) => {
        const { view } = decodeView(search, catalog);
        const canonical = encodeView(view);
        expect(decodeView(canonical, catalog)).toEqual({ view, issues: [] });
        expect(encodeView(decodeView(canonical, catalog).view)).toBe(canonical);
      }),
      { numRuns: 300 },
    );
  });

  it('writes only characters that survive being pasted anywhere', () => {
    fc.assert(
      fc.property(validView, (view) => {
        expect(encodeView(view)).toMatch(/^(\?[a-z]+=[a-z0-9.~-]+(&[a-z]+=[a-z0-9.~-]+)*)?$/);
      }),
    );
  });
});
