import type { MergeSummary } from './merge';

const COUNT = new Intl.NumberFormat('en-US');
const PLURAL = new Intl.PluralRules('en-US');

function count(n: number, one: string, other: string): string {
  return `${COUNT.format(n)} ${PLURAL.select(n) === 'one' ? one : other}`;
}

/** "Loaded 10,600 rows, weeks to 2026-07-26: 1 new week, 4 new titles." */
export function summarySentence(s: MergeSummary, shownLastWeek: string): string {
  const head = `Loaded ${count(s.rows, 'row', 'rows')}, weeks to ${s.lastWeek}`;
  const news = `${count(s.newWeeks.length, 'new week', 'new weeks')}, ${count(s.newTitles.length, 'new title', 'new titles')}`;
  if (s.newer === 'loaded') return `${head}: ${news}.`;
  // An older copy adds only weeks the shipped data lacks, if any.
  return `${head}: older than the data shown (weeks to ${shownLastWeek}), so only weeks the shown data lacks were added: ${news}.`;
}
