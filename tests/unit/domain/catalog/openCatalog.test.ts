// @vitest-environment node
import type { Title } from '../../../../src/domain/types';
import { loadCatalog, loadCatalogTable } from '../../../catalog';
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

  // Each on a title whose weeks nothing has read yet, so the copy is what reads them first.
  const unread = (k: number) => {
    const t = loadCatalog().titles[k]!;
    expect(Object.getOwnPropertyDescriptor(t, 'weeks')).toMatchObject({ get: expect.any(Function) });
    return t;
  };

  it.each<[string, number, (t: Title) => Title]>([
    ['a spread', 100, (t) => ({ ...t })],
    ['structuredClone, as postMessage copies it', 101, (t) => structuredClone(t)],
    ['JSON', 102, (t) => JSON.parse(JSON.stringify(t)) as Title],
  ])('are an own, enumerable property: %s copies them', (_name, k, copy) => {
    const t = unread(k);
    expect(Object.keys(t)).toContain('weeks');
    const copied = copy(t);
    // The original now holds them as a plain value, and the copy has the same weeks.
    expect(Object.getOwnPropertyDescriptor(t, 'weeks')).toMatchObject({ value: t.weeks, enumerable: true });
    expect(copied.weeks).toEqual(t.weeks);
    expect(copied.weeks.length).toBe(loadCatalogTable().starts[k + 1]! - loadCatalogTable().starts[k]!);
  });
});
