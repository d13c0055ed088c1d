// @vitest-environment node
import { titlesByReference, titlesFromReferences, type PackedDataset } from '../../../../src/domain/import/packed';
import type { TitleMeta } from '../../../../src/domain/types';

type Packed = PackedDataset['titles'][number];

const SQUID: TitleMeta = {
  id: 'squid-game-s1',
  showTitle: 'Squid Game',
  name: 'Squid Game: Season 1',
  seasonTitle: 'Squid Game: Season 1',
  category: 'TV (Non-English)',
  premiere: '2021-09-17',
  releasePattern: 'All 9 episodes at once',
  runtime: 8.3167,
};
const LEO: TitleMeta = {
  id: 'leo',
  showTitle: 'Leo',
  name: 'Leo',
  seasonTitle: null,
  category: 'Films (English)',
  premiere: null,
  releasePattern: null,
  runtime: 1.7833,
};
const BP: TitleMeta = {
  id: 'business-proposal-s1',
  showTitle: 'Business Proposal',
  name: 'Business Proposal: Limited Series',
  seasonTitle: 'Business Proposal: Limited Series',
  category: 'TV (Non-English)',
  premiere: '2022-02-28',
  releasePattern: null,
  runtime: null,
};
const SHIPPED = [SQUID, LEO, BP];

describe('titlesByReference: the titles the page holds go back as their places', () => {
  it.each<[string, Packed[], number[], string[]]>([
    ['all unchanged, in another order', [LEO, BP, SQUID], [1, 2, 0], []],
    ['a new title is written out', [SQUID, { ...LEO, id: 'leo-2' }], [0, -1], ['leo-2']],
    // Netflix gave a runtime in the newer file's week: no longer the page's title as it was.
    ['a changed runtime', [{ ...BP, runtime: 1.05 }, LEO], [-1, 1], ['business-proposal-s1']],
    ['a changed name (relabelled)', [{ ...BP, name: 'Business Proposal: Season 1' }], [-1], ['business-proposal-s1']],
    ['a premiere the page lacks', [{ ...LEO, premiere: '2023-11-21' }], [-1], ['leo']],
    ['launch facts (never shipped)', [{ ...SQUID, launch: { staggered: false, episodes: [], raw: null } }], [-1], ['squid-game-s1']],
    ['no titles', [], [], []],
  ])('%s', (_, titles, refs, sent) => {
    const out = titlesByReference(titles, SHIPPED);
    expect([...out.refs]).toEqual(refs);
    expect(out.sent.map((t) => t.id)).toEqual(sent);
  });
});

describe('titlesFromReferences: the page’s side', () => {
  it('rebuilds the merged titles, field for field, in order', () => {
    const merged: Packed[] = [LEO, { ...BP, runtime: 1.05 }, SQUID, { ...LEO, id: 'leo-2', name: 'Leo' }];
    const { refs, sent } = titlesByReference(merged, SHIPPED);
    expect([...refs]).toEqual([1, -1, 0, -1]);
    const back = titlesFromReferences(refs, sent, SHIPPED);
    expect(back).toEqual(merged);
    // Copies, not the page's own objects: nothing the page shows is changed through them.
    expect(back?.[0]).not.toBe(LEO);
    expect(Object.keys(back![2]!)).toEqual(['id', 'showTitle', 'name', 'seasonTitle', 'category', 'premiere', 'releasePattern', 'runtime']);
  });

  it.each<[string, number[], Packed[]]>([
    ['a place with no shipped title', [0, 3], []],
    ['fewer titles sent than named', [-1, -1], [LEO]],
    ['more titles sent than named', [0], [LEO]],
  ])('is null for %s', (_, refs, sent) => {
    expect(titlesFromReferences(Int32Array.from(refs), sent, SHIPPED)).toBeNull();
  });
});
