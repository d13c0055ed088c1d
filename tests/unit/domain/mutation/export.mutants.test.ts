// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { embedHeightFor } from '../../../../src/domain/export/embedSnippet';
import { MAX_FILE_BASE, fileBase } from '../../../../src/domain/export/fileName';
import { sourceLine } from '../../../../src/domain/export/source';
import { DEFAULT_VIEW, type ViewState } from '../../../../src/domain/view';

const view = (changes: Partial<ViewState> = {}) => ({ ...DEFAULT_VIEW, ...changes });

describe('export words and sizes, exactly', () => {
  it('the line under an exported image names the file and the weeks it spans', () => {
    expect(sourceLine({ file: 'all-weeks-global.tsv', firstWeek: '2021-07-04', lastWeek: '2026-07-19' })).toBe(
      'Source: Netflix global weekly Top 10 (all-weeks-global.tsv), weeks ending Jul 4, 2021 to Jul 19, 2026. Chart: Top 10 Compare.',
    );
  });

  // Four titles fit the legend's first lines; every two more add one 28 px line.
  it.each<[number, number]>([
    [1, 640],
    [4, 640],
    [5, 668],
    [6, 668],
    [7, 696],
    [8, 696],
  ])('embedHeightFor(%i) = %i', (titles, height) => {
    expect(embedHeightFor(titles)).toBe(height);
  });

  it.each<[string, Partial<ViewState>, string]>([
    [
      'one calendar week',
      { titles: ['wednesday-s1'], align: 'calendar', weeks: [5, 5] },
      'top10-compare_wednesday-s1_hours_calendar-week-5',
    ],
    // 14 + 90 + 16 = 120 characters: the one id is cut to the room left, not to 8.
    ['one id with no word break, far too long', { titles: ['x'.repeat(200)] }, `top10-compare_${'x'.repeat(90)}_hours_weeks-1-8`],
    // 79 characters of room, cut back to the last whole word: 76.
    [
      'one long id with word breaks',
      { titles: [`a-${'very-long-name-'.repeat(12)}x`, 'b'] },
      `top10-compare_a-${'very-long-name-'.repeat(4)}very-long-name_and-1-more_hours_weeks-1-8`,
    ],
  ])('file name: %s', (_name, changes, name) => {
    expect(fileBase(view(changes))).toBe(name);
    expect(name.length).toBeLessThanOrEqual(MAX_FILE_BASE);
  });
});
