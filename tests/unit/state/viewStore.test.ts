import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, type Catalog } from '../../../src/domain/view';
import { createViewStore, viewOf, type ViewActions } from '../../../src/state/viewStore';

const catalog: Catalog = {
  titleIds: ['squid-game-s1', 'all-of-us-are-dead-s1', 'business-proposal-s1'],
  maxWeek: { top10: 32, premiere: 200, calendar: 32 },
};
const make = () => createViewStore(DEFAULT_VIEW, catalog);

describe('view store', () => {
  it('unticks a title and appends a re-ticked one to the legend', () => {
    const store = make();
    store.getState().actions.titleToggled('all-of-us-are-dead-s1');
    expect(store.getState().titles).toEqual(['squid-game-s1', 'business-proposal-s1']);
    store.getState().actions.titleToggled('all-of-us-are-dead-s1');
    expect(store.getState().titles).toEqual(['squid-game-s1', 'business-proposal-s1', 'all-of-us-are-dead-s1']);
  });

  it('keeps the last selected title', () => {
    const store = make();
    const { titleToggled } = store.getState().actions;
    titleToggled('squid-game-s1');
    titleToggled('all-of-us-are-dead-s1');
    titleToggled('business-proposal-s1');
    expect(store.getState().titles).toEqual(['business-proposal-s1']);
  });

  it('ignores ids the data does not hold', () => {
    const store = make();
    store.getState().actions.titleToggled('nope');
    expect(store.getState().titles).toEqual(DEFAULT_VIEW.titles);
  });

  it.each<[readonly [number, number], readonly [number, number]]>([
    [
      [2, 5],
      [2, 5],
    ],
    [
      [0, 99],
      [1, 32],
    ],
    [
      [12, 3],
      [12, 12],
    ],
  ])('clamps a week range %j to %j', (input, expected) => {
    const store = make();
    store.getState().actions.weekRangeChanged(input);
    expect(store.getState().weeks).toEqual(expected);
  });

  it('clamps the range when the alignment has fewer weeks', () => {
    const store = createViewStore({ ...DEFAULT_VIEW, align: 'premiere', weeks: [30, 150] }, catalog);
    store.getState().actions.alignChosen('top10');
    expect(store.getState().weeks).toEqual([30, 32]);
  });

  it.each<[string, (a: ViewActions) => void, string, string]>([
    ['choosing Bar', (a) => a.chartChosen('bar'), 'bar', 'hours'],
    ['choosing Rank', (a) => a.metricChosen('rank'), 'line', 'rank'],
  ])('drops log when %s, as a link asking for it is refused', (_name, act, chart, metric) => {
    const store = make();
    store.getState().actions.scaleChosen('log');
    expect(store.getState().scale).toBe('log');
    act(store.getState().actions);
    expect(viewOf(store.getState())).toMatchObject({ chart, metric, scale: 'linear' });
  });

  it('refuses log under Bar', () => {
    const store = make();
    store.getState().actions.chartChosen('bar');
    store.getState().actions.scaleChosen('log');
    expect(store.getState().scale).toBe('linear');
  });

  it('resets to the default view but keeps the reader’s theme', () => {
    const store = make();
    const a = store.getState().actions;
    a.metricChosen('rank');
    a.alignChosen('calendar');
    a.chartChosen('bar');
    a.viewChosen('table');
    a.themeChosen('dark');
    a.weekRangeChanged([3, 9]);
    a.titleToggled('squid-game-s1');
    a.resetRequested();
    expect(viewOf(store.getState())).toEqual({ ...DEFAULT_VIEW, theme: 'dark' });
  });

  it('restores a view from history with its notices, and dismisses them', () => {
    const store = make();
    const restored = { ...DEFAULT_VIEW, metric: 'cumulative' as const };
    store
      .getState()
      .actions.viewRestored(restored, [{ key: 'weeks', raw: 'abc', reason: 'ignored', message: 'weeks: "abc" ignored', count: 1 }]);
    expect(viewOf(store.getState())).toEqual(restored);
    expect(store.getState().issues).toHaveLength(1);
    store.getState().actions.noticeDismissed();
    expect(store.getState().issues).toHaveLength(0);
  });
});
