// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeView } from '../../../../src/domain/url/codec';
import { decodeLink } from '../../../../src/domain/url/linkData';
import type { Catalog } from '../../../../src/domain/view';

// The shipped three titles: Squid Game S1 spent 32 weeks on the list (docs/data.md).
const catalog: Catalog = {
  titleIds: ['squid-game-s1', 'all-of-us-are-dead-s1', 'business-proposal-s1'],
  maxWeek: { top10: 32, premiere: 250, calendar: 40 },
};
const source = { file: 'all-weeks-global.tsv', firstWeek: '2021-07-04', lastWeek: '2026-07-19' };
const NEWER = "They likely come from a newer Netflix file than this page's, which ends with the week of Jul 19, 2026.";

/** The sentence decodeLink adds to what the codec says, or null when it adds none. */
function added(search: string): string | null {
  const link = decodeLink(search, catalog, source);
  const codec = decodeView(search, catalog);
  expect(link.view).toEqual(codec.view);
  expect(link.issues.slice(0, codec.issues.length)).toEqual(codec.issues);
  const extra = link.issues.slice(codec.issues.length);
  expect(extra.length).toBeLessThanOrEqual(1);
  return extra[0] ? extra[0].message : null;
}

describe('decodeLink: what a link from newer data names that this page lacks', () => {
  it.each<[string, string, string]>([
    ['a title', '?titles=squid-game-s1~the-west-palace-s1', 'This link names a title this page\'s data lacks ("the-west-palace-s1").'],
    [
      'titles joined by hand with commas',
      '?titles=the-west-palace-s1,wednesday-s1',
      'This link names 2 titles this page\'s data lacks ("the-west-palace-s1" and "wednesday-s1").',
    ],
    [
      'an empty title between separators',
      '?titles=~~the-west-palace-s1~',
      'This link names a title this page\'s data lacks ("the-west-palace-s1").',
    ],
    ['weeks beyond the list’s', '?weeks=1..40', "This link names weeks up to 40, where this page's data has 32."],
    [
      'weeks beyond under the link’s alignment',
      '?align=premiere&weeks=1..260',
      "This link names weeks up to 260, where this page's data has 250.",
    ],
    ['the first of two week ranges', '?weeks=1..40&weeks=1..8', "This link names weeks up to 40, where this page's data has 32."],
  ])('%s', (_what, search, start) => {
    const sentence = added(search);
    expect(sentence?.startsWith(`${start} ${NEWER}`)).toBe(true);
  });

  it.each<[string, string]>([
    ['titles this page has', '?titles=squid-game-s1~business-proposal-s1'],
    ['no titles key', '?metric=views'],
    ['weeks within the list', '?weeks=1..32'],
    ['weeks within the calendar, beyond the list', '?align=calendar&weeks=1..40'],
    ['weeks that are no range', '?weeks=1..x'],
    ['an alignment that is no alignment, so the list’s 32 weeks', '?align=sideways&weeks=1..32'],
    ['an empty address', ''],
  ])('adds nothing for %s', (_what, search) => {
    expect(added(search)).toBeNull();
  });

  it('an alignment that is no alignment is read as the list’s', () => {
    expect(added('?align=sideways&weeks=1..33')).toContain("weeks up to 33, where this page's data has 32.");
  });

  it('the sentence belongs to no key and quotes no value', () => {
    const { issues } = decodeLink('?titles=the-west-palace-s1', catalog, source);
    expect(issues.at(-1)).toMatchObject({ key: null, raw: null, count: 1 });
    expect(issues.at(-1)?.message).toBe(issues.at(-1)?.reason);
  });
});
