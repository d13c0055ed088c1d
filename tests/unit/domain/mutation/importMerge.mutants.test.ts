// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../../src/domain/import/groupTitles';
import { mergeImport } from '../../../../src/domain/import/merge';
import { parseImport } from '../../../../src/domain/import/parseImport';
import type { ImportedFile } from '../../../../src/domain/import/types';
import type { Dataset } from '../../../../src/domain/types';

const H7 = 'week\tcategory\tweekly_rank\tshow_title\tseason_title\tweekly_hours_viewed\tcumulative_weeks_in_top_10';
// Netflix's rows (tests/fixtures/netflix/merge-*.tsv): Business Proposal under both its labels, and Twenty Five Twenty One.
const BP_S1_13 = '2022-03-13\tTV (Non-English)\t6\tBusiness Proposal\tBusiness Proposal: Season 1\t15900000\t1';
const BP_S1_20 = '2022-03-20\tTV (Non-English)\t1\tBusiness Proposal\tBusiness Proposal: Season 1\t23480000\t2';
const BP_LS_20 = '2022-03-20\tTV (Non-English)\t1\tBusiness Proposal\tBusiness Proposal: Limited Series\t23480000\t2';
const BP_LS_27 = '2022-03-27\tTV (Non-English)\t1\tBusiness Proposal\tBusiness Proposal: Limited Series\t30940000\t3';
const TFTO_20 = '2022-03-20\tTV (Non-English)\t2\tTwenty Five Twenty One\tTwenty Five Twenty One: Limited Series\t21040000\t4';

function file(...rows: string[]): ImportedFile {
  const parsed = parseImport([H7, ...rows].join('\n'));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.data;
}

function shipped(...rows: string[]): Dataset {
  const f = file(...rows);
  return buildDataset(f.rows, { file: 'shipped.tsv', firstWeek: f.firstWeek, lastWeek: f.lastWeek });
}

const weeksOf = (d: Dataset) => d.titles.map((t) => [t.name, t.weeks.map((w) => w.week)]);

describe('mergeImport: the merged range and what is new', () => {
  it('the range runs from the earliest week to the latest, whatever order the file lists them in', () => {
    const { dataset } = mergeImport(shipped(BP_S1_20), file(BP_LS_20, TFTO_20, BP_LS_27), 'mine.tsv');
    expect(dataset.source).toEqual({ file: 'mine.tsv', firstWeek: '2022-03-20', lastWeek: '2022-03-27' });
  });

  it('new weeks oldest first and new titles by id, from a file listing the newest week first', () => {
    const { summary } = mergeImport(shipped(BP_S1_13), file(BP_LS_27, BP_LS_20, TFTO_20), 'mine.tsv');
    expect(summary).toEqual({
      rows: 3,
      lastWeek: '2022-03-27',
      newer: 'loaded',
      newWeeks: ['2022-03-20', '2022-03-27'],
      // No week both hold, so the old label stays a title of its own (see importMerge.test.ts).
      newTitles: ['business-proposal-s1-2', 'twenty-five-twenty-one-s1'],
    });
  });

  it('the same place on the list with other hours is another title: nothing is relabelled', () => {
    // A made-up newer file whose 2022-03-20 list has the two shows in swapped places.
    const swapped = file(BP_LS_27, TFTO_20.replace('\t2\t', '\t1\t'), BP_LS_20.replace('\t1\t', '\t2\t'));
    const { dataset } = mergeImport(shipped(BP_S1_13, BP_S1_20), swapped, 'mine.tsv');
    expect(weeksOf(dataset)).toEqual([
      ['Business Proposal: Season 1', ['2022-03-13']],
      ['Twenty Five Twenty One: Limited Series', ['2022-03-20']],
      ['Business Proposal: Limited Series', ['2022-03-20', '2022-03-27']],
    ]);
  });
});
