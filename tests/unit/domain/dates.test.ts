// @vitest-environment node
import { addDays, dayOfWeek, daysBetween, isIsoDate, premiereWeekIndex, weekEndingOf, weeksBetween } from '../../../src/domain/dates';
import { formatWeekDates } from '../../../src/domain/format';

describe('dates', () => {
  it.each([
    ['2021-09-19', -6, '2021-09-13'],
    ['2021-12-27', 6, '2022-01-02'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    // Europe's 2021 clock change falls on 03-28: a day is still a day.
    ['2021-03-27', 2, '2021-03-29'],
    ['2021-07-04', 263 * 7, '2026-07-19'],
    ['2026-07-19', 0, '2026-07-19'],
  ])('addDays(%s, %i) = %s', (iso, n, expected) => {
    expect(addDays(iso, n)).toBe(expected);
  });

  it.each([
    ['2021-09-17', 'Friday: Squid Game S1 premiere', '2021-09-19'],
    ['2021-09-19', 'Sunday: itself', '2021-09-19'],
    ['2022-02-28', 'Monday: Business Proposal premiere', '2022-03-06'],
    ['2021-12-27', 'Monday across new year', '2022-01-02'],
    ['2022-01-01', 'Saturday', '2022-01-02'],
  ])('weekEndingOf(%s) (%s) = %s', (iso, _why, expected) => {
    expect(weekEndingOf(iso)).toBe(expected);
  });

  it.each([
    ['2021-09-19', 0],
    ['2021-09-17', 5],
    ['2022-02-28', 1],
    ['2026-07-19', 0],
  ])('dayOfWeek(%s) = %i', (iso, expected) => {
    expect(dayOfWeek(iso)).toBe(expected);
  });

  it.each([
    ['2021-09-17', '2021-09-19', 2],
    ['2021-09-19', '2021-09-17', -2],
    ['2021-12-27', '2022-01-02', 6],
    ['2024-02-01', '2024-03-01', 29],
  ])('daysBetween(%s, %s) = %i', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it.each([
    ['2021-09-19', '2021-10-03', 2],
    ['2021-07-04', '2026-07-19', 263],
    ['2021-09-19', '2021-09-25', 0],
    ['2021-10-03', '2021-09-19', -2],
    ['2021-09-19', '2021-09-18', -1],
  ])('weeksBetween(%s, %s) = %i', (from, to, expected) => {
    expect(weeksBetween(from, to)).toBe(expected);
  });

  it.each([
    ['2021-09-17', '2021-09-19', 1, 'Squid Game S1: a Friday premiere, 3 days of viewing'],
    ['2021-09-17', '2021-10-03', 3, 'Squid Game S1 peak week'],
    ['2021-09-17', '2025-07-13', 200, 'Squid Game S1 last week on the list'],
    ['2022-01-28', '2022-01-30', 1, 'All of Us Are Dead S1 first week'],
    ['2022-01-28', '2022-04-10', 11, 'All of Us Are Dead S1 last week'],
    ['2022-02-28', '2022-03-13', 2, 'Business Proposal: first list week is its 2nd'],
    ['2022-02-28', '2022-06-05', 14, 'Business Proposal last week'],
    ['2022-03-06', '2022-03-06', 1, 'a Sunday premiere is week 1 of that week'],
    ['2021-09-17', '2021-09-12', 0, 'the week before the premiere'],
  ])('premiereWeekIndex(%s, %s) = %i (%s)', (premiere, week, expected) => {
    expect(premiereWeekIndex(premiere, week)).toBe(expected);
  });

  it.each([
    ['2021-09-19', 'Sep 13 – 19, 2021'],
    ['2021-10-03', 'Sep 27 – Oct 3, 2021'],
    ['2022-01-02', 'Dec 27, 2021 – Jan 2, 2022'],
    ['2024-03-03', 'Feb 26 – Mar 3, 2024'],
    ['2023-03-05', 'Feb 27 – Mar 5, 2023'],
    ['2026-07-19', 'Jul 13 – 19, 2026'],
  ])('formatWeekDates(%s) = %s', (week, expected) => {
    // Plain spaces, not ICU's thin ones: Node and Chromium then write the same text.
    expect(formatWeekDates(week)).toBe(expected);
  });

  it.each([
    ['2021-09-19', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2021-13-01', false],
    ['2021-9-19', false],
    ['2021-09-19T00:00:00Z', false],
    ['', false],
  ])('isIsoDate(%j) = %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('refuses a text that is not a date rather than computing with NaN', () => {
    expect(() => addDays('Sep 19', 1)).toThrow(RangeError);
  });
});
