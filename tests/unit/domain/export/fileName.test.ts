import { describe, expect, it } from 'vitest';
import { embedHeightFor, iframeSnippet } from '../../../../src/domain/export/embedSnippet';
import { MAX_FILE_BASE, fileBase } from '../../../../src/domain/export/fileName';
import { citation, sourceCell } from '../../../../src/domain/export/source';
import { DEFAULT_VIEW, type ViewState } from '../../../../src/domain/view';

const view = (changes: Partial<ViewState> = {}) => ({ ...DEFAULT_VIEW, ...changes });
const SOURCE = { file: 'all-weeks-global.tsv', firstWeek: '2021-07-04', lastWeek: '2026-07-19' };

describe('file names', () => {
  it.each([
    [
      view({ titles: ['squid-game-s1', 'all-of-us-are-dead-s1'] }),
      undefined,
      'top10-compare_squid-game-s1_vs_all-of-us-are-dead-s1_hours_weeks-1-8',
    ],
    [view({ titles: ['wednesday-s1'], metric: 'rank', weeks: [3, 3] }), undefined, 'top10-compare_wednesday-s1_rank_week-3'],
    [
      view({ titles: ['wednesday-s1'], align: 'premiere', weeks: [2, 9] }),
      undefined,
      'top10-compare_wednesday-s1_hours_weeks-since-premiere-2-9',
    ],
    [
      view({ titles: ['wednesday-s1'], align: 'calendar', metric: 'cumulative' }),
      undefined,
      'top10-compare_wednesday-s1_cumulative_calendar-weeks-1-8',
    ],
    [view({ titles: ['wednesday-s1'] }), 'all-weeks', 'top10-compare_wednesday-s1_all-weeks'],
  ])('names %j %s', (v, what, expected) => {
    expect(fileBase(v, what)).toBe(expected);
  });

  it('keeps names under the limit, saying how many titles it left out', () => {
    const titles = [
      'squid-game-s1',
      'all-of-us-are-dead-s1',
      'business-proposal-s1',
      'wednesday-s1',
      'stranger-things-4',
      'extraordinary-attorney-woo-s1',
      'money-heist-part-5',
    ];
    const name = fileBase(view({ titles }));
    expect(name).toBe(
      'top10-compare_squid-game-s1_vs_all-of-us-are-dead-s1_vs_business-proposal-s1_vs_wednesday-s1_and-3-more_hours_weeks-1-8',
    );
    expect(name.length).toBeLessThanOrEqual(MAX_FILE_BASE);
  });

  it('cuts one very long id rather than exceed the limit', () => {
    const name = fileBase(view({ titles: [`a-${'very-long-name-'.repeat(12)}x`, 'b'] }));
    expect(name.length).toBeLessThanOrEqual(MAX_FILE_BASE);
    expect(name).toMatch(/^top10-compare_a-very-long-name-.*_and-1-more_hours_weeks-1-8$/);
  });
});

describe('citation and source', () => {
  it('cites Netflix, the app, the link and the day it was retrieved', () => {
    expect(citation('https://example.org/?weeks=1..4', '2026-11-24')).toBe(
      'Netflix global Top 10, via Top 10 Compare, https://example.org/?weeks=1..4, retrieved Nov 24, 2026',
    );
  });

  it('names Netflix’s file and its last week in the source column', () => {
    expect(sourceCell(SOURCE)).toBe('Netflix global Top 10 (all-weeks-global.tsv; last week ending 2026-07-19)');
  });
});

describe('the embed snippet', () => {
  it('gives an iframe with a title, a default height and escaped attributes', () => {
    expect(iframeSnippet('https://x.org/?titles=a~b&embed=1', 'Weekly "hours" <viewed>')).toBe(
      '<iframe src="https://x.org/?titles=a~b&amp;embed=1" title="Weekly &quot;hours&quot; &lt;viewed&gt;" width="100%" height="640" style="border: 0; max-width: 100%;" loading="lazy"></iframe>',
    );
  });

  it('grows with the legend', () => {
    expect(embedHeightFor(3)).toBe(640);
    expect(embedHeightFor(9)).toBeGreaterThan(640);
  });
});
