// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeView } from '../../../src/domain/url/codec';
import { decodeWithoutCatalog, withLeftOutTitles } from '../../../src/domain/url/linkData';
import type { Catalog } from '../../../src/domain/view';

// The shipped three titles: Squid Game S1 spent 32 weeks on the list (docs/data.md).
const shipped: Catalog = {
  titleIds: ['squid-game-s1', 'all-of-us-are-dead-s1', 'business-proposal-s1'],
  maxWeek: { top10: 32, premiere: 250, calendar: 40 },
};
// The catalog's limits: KPop Demon Hunters' 57 weeks on the list (docs/url.md).
const full: Catalog = {
  titleIds: [
    ...shipped.titleIds,
    'wednesday-s1',
    'stranger-things-4',
    'squid-game-s2',
    'baby-reindeer-s1',
    'the-glory-s1',
    'kpop-demon-hunters',
  ],
  maxWeek: { top10: 57, premiere: 261, calendar: 264 },
};
const LATER = 'Retry under "Add a title"';

describe('decodeWithoutCatalog: a link read while the list of all titles did not load', () => {
  it.each<[string, string, string[]]>([
    [
      'a title outside the shipped three is left out for now, not called unknown',
      '?titles=wednesday-s1~squid-game-s1',
      [
        `titles: "wednesday-s1" is not among this page's titles, and the list of all titles did not load to check it; left out for now: ${LATER}`,
      ],
    ],
    [
      'a repeated one is counted once, with its count',
      '?titles=wednesday-s1~squid-game-s1~wednesday-s1',
      [
        `titles: "wednesday-s1" is not among this page's titles, and the list of all titles did not load to check it; left out for now: ${LATER} (2 times)`,
      ],
    ],
    [
      'a link of such titles only shows the default ones, and says so',
      '?titles=wednesday-s1~the-glory-s1',
      [
        `titles: "wednesday-s1~the-glory-s1" names none of this page's titles, and the list of all titles did not load to check them; showing the default titles for now: ${LATER}`,
      ],
    ],
    [
      'weeks past the shipped limit keep their clamp and say the list may allow more',
      '?weeks=1..40',
      [`weeks: "1..40" is outside 1..32; using 1..32 (the list of all titles, which may allow more, did not load: ${LATER})`],
    ],
    [
      'other problems read as they always do',
      '?titles=wednesday-s1~squid-game-s1&metric=likes',
      [
        `titles: "wednesday-s1" is not among this page's titles, and the list of all titles did not load to check it; left out for now: ${LATER}`,
        'metric: "likes" is not one of hours, views, cumulative, rank',
      ],
    ],
  ])('%s', (_name, search, messages) => {
    const read = decodeWithoutCatalog(search, shipped);
    expect(read.issues.map((i) => i.message)).toEqual(messages);
    // Only the words change: the view is the codec's.
    expect(read.view).toEqual(decodeView(search, shipped).view);
  });

  it('leaves a link the shipped titles can show exactly as the codec reads it', () => {
    const search = '?titles=all-of-us-are-dead-s1&metric=rank&weeks=9..5';
    expect(decodeWithoutCatalog(search, shipped)).toEqual(decodeView(search, shipped));
  });
});

describe('withLeftOutTitles: the address to reopen once the list of all titles has come', () => {
  it.each<[string, string, string, string]>([
    [
      'the reader changed the metric meanwhile',
      '?titles=squid-game-s1&metric=rank',
      '?titles=wednesday-s1~squid-game-s1',
      '?titles=squid-game-s1~wednesday-s1&metric=rank',
    ],
    [
      'left-out titles join after the view’s own, in the link’s order',
      '?titles=business-proposal-s1&weeks=2..6',
      '?titles=the-glory-s1~business-proposal-s1~wednesday-s1',
      '?titles=business-proposal-s1~the-glory-s1~wednesday-s1&weeks=2..6',
    ],
    [
      'an id the full list lacks too stays out',
      '?titles=squid-game-s1&metric=views',
      '?titles=wednesday-s1~not-a-title',
      '?titles=squid-game-s1~wednesday-s1&metric=views',
    ],
    [
      'the default titles, still on screen, keep their place',
      '?metric=cumulative',
      '?titles=wednesday-s1~the-glory-s1',
      '?titles=squid-game-s1~all-of-us-are-dead-s1~business-proposal-s1~wednesday-s1~the-glory-s1&metric=cumulative',
    ],
    [
      'up to the cap of 8',
      '?titles=squid-game-s1~all-of-us-are-dead-s1~business-proposal-s1~stranger-things-4~squid-game-s2',
      '?titles=wednesday-s1~baby-reindeer-s1~the-glory-s1~kpop-demon-hunters',
      '?titles=squid-game-s1~all-of-us-are-dead-s1~business-proposal-s1~stranger-things-4~squid-game-s2~wednesday-s1~baby-reindeer-s1~the-glory-s1',
    ],
    [
      'a title the view already has is not added twice',
      '?titles=wednesday-s1',
      '?titles=wednesday-s1~squid-game-s1',
      '?titles=wednesday-s1',
    ],
    // Unchanged since it opened: the link as written, its other problems still there to report.
    [
      'an address still as linked',
      '?titles=wednesday-s1~squid-game-s1&bogus=1',
      '?titles=wednesday-s1~squid-game-s1&bogus=1',
      '?titles=wednesday-s1~squid-game-s1&bogus=1',
    ],
  ])('%s', (_name, current, link, reopened) => {
    expect(withLeftOutTitles(current, link, shipped, full)).toBe(reopened);
  });
});
