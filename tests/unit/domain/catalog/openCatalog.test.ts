// @vitest-environment node
import { loadCatalog } from '../../../catalog';
import { SG } from '../../../seed';

// A decoded title's weeks are built when first read (src/domain/catalog/openCatalog.ts): they must
// still behave as the plain property every other part of the app reads, copies and posts.
describe('a decoded title’s weeks', () => {
  const title = () => loadCatalog().titles.find((t) => t.id === SG)!;

  it('are built once and kept: every read gives the same weeks', () => {
    const t = title();
    expect(t.weeks).toBe(t.weeks);
    // 32 weeks on the list; all-weeks-global.tsv's first row for it: 2021-09-19, #1, 63,190,000 hours.
    expect(t.weeks).toHaveLength(32);
    expect(t.weeks[0]).toEqual({ week: '2021-09-19', rank: 1, hours: 63_190_000, runtime: null, views: null, cumulativeWeeks: 1 });
  });

  it('are an own, enumerable property: copied by a spread, kept by structuredClone and JSON', () => {
    const t = title();
    expect(Object.keys(t)).toContain('weeks');
    expect({ ...t }.weeks).toBe(t.weeks);
    expect(structuredClone(t).weeks).toEqual(t.weeks);
    expect((JSON.parse(JSON.stringify(t)) as typeof t).weeks).toEqual(t.weeks);
  });
});
