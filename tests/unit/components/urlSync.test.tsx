import { act, render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UrlSync } from '../../../src/app/UrlSync';
import { DEFAULT_VIEW, type Catalog } from '../../../src/domain/view';
import { ViewStoreProvider } from '../../../src/state/ViewStoreContext';
import { createViewStore } from '../../../src/state/viewStore';

const shipped: Catalog = {
  titleIds: ['squid-game-s1', 'all-of-us-are-dead-s1', 'business-proposal-s1'],
  maxWeek: { top10: 32, premiere: 40, calendar: 32 },
};
// Every title has arrived: a new catalog object, as when the catalog lands mid-gesture.
const everything: Catalog = {
  ...shipped,
  titleIds: [...shipped.titleIds, 'stranger-things-4'],
  maxWeek: { top10: 57, premiere: 300, calendar: 57 },
};

describe('UrlSync while the data grows', () => {
  it('keeps a pointer drag one history entry when the catalog arrives in the middle of it', async () => {
    window.history.pushState(null, '', '/');
    const store = createViewStore(DEFAULT_VIEW, shipped);
    const app = (catalog: Catalog) => (
      <ViewStoreProvider init={() => store}>
        <UrlSync catalog={catalog} />
      </ViewStoreProvider>
    );
    const { rerender } = render(app(shipped));
    const start = window.history.length;
    const { dragStarted, weekRangeChanged, dragEnded } = store.getState().actions;
    act(() => {
      dragStarted();
      weekRangeChanged([1, 7]);
    });
    await waitFor(() => expect(window.location.search).toBe('?weeks=1..7'));
    rerender(app(everything));
    act(() => {
      weekRangeChanged([1, 6]);
      weekRangeChanged([1, 5]);
      dragEnded();
    });
    await waitFor(() => expect(window.location.search).toBe('?weeks=1..5'));
    expect(window.history.length).toBe(start + 1);
  });
});
