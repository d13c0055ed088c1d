import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { catalogOf } from '../../../src/domain/dataset';
import type { Dataset } from '../../../src/domain/types';
import { DEFAULT_VIEW } from '../../../src/domain/view';
import { useComparison } from '../../../src/state/useComparison';
import { ViewStoreProvider } from '../../../src/state/ViewStoreContext';
import { createViewStore } from '../../../src/state/viewStore';
import { loadCatalog } from '../../catalog';
import { AOUAD, loadSeed } from '../../seed';

function renderComparison(first: Dataset) {
  const store = createViewStore(DEFAULT_VIEW, () => catalogOf(loadCatalog()));
  const wrapper = ({ children }: { children: ReactNode }) => <ViewStoreProvider init={() => store}>{children}</ViewStoreProvider>;
  const hook = renderHook(({ dataset }: { dataset: Dataset }) => useComparison(dataset, false), {
    wrapper,
    initialProps: { dataset: first },
  });
  return { ...hook, store };
}

describe('useComparison when the data changes under the view', () => {
  it('does not render the page again for a click: the panels read the busy flag themselves', async () => {
    let renders = 0;
    const seed = loadSeed();
    const store = createViewStore(DEFAULT_VIEW, () => catalogOf(loadCatalog()));
    const wrapper = ({ children }: { children: ReactNode }) => <ViewStoreProvider init={() => store}>{children}</ViewStoreProvider>;
    const { result } = renderHook(
      () => {
        renders += 1;
        return useComparison(seed, false);
      },
      { wrapper },
    );
    const before = renders;
    act(() => store.getState().actions.metricChosen('cumulative'));
    expect(renders).toBe(before);
    expect(result.current.staleFlag.getState().stale).toBe(true);
    // Once the new view is worked out, the page renders it: one transition.
    await waitFor(() => expect(result.current.comparison.view.metric).toBe('cumulative'));
    expect(result.current.staleFlag.getState().stale).toBe(false);
  });

  it('keeps the drawn comparison when the catalog arrives with the same weeks of the shipped titles', async () => {
    const { result, rerender } = renderComparison(loadSeed());
    const drawn = result.current.comparison;
    const catalog = loadCatalog();
    rerender({ dataset: catalog });
    await waitFor(() => expect(result.current.dataset).toBe(catalog));
    expect(result.current.staleFlag.getState().stale).toBe(false);
    expect(result.current.comparison).toBe(drawn);
  });

  it('gives a new comparison when the view changes what is drawn', async () => {
    const { result, store } = renderComparison(loadSeed());
    const drawn = result.current.comparison;
    act(() => store.getState().actions.titleToggled(AOUAD));
    // Marked stale at once, in the same update as the click; current again once the new view is drawn.
    expect(result.current.staleFlag.getState().stale).toBe(true);
    expect(result.current.comparison).toBe(drawn);
    await waitFor(() => expect(result.current.staleFlag.getState().stale).toBe(false));
    expect(result.current.comparison).not.toBe(drawn);
    expect(result.current.comparison.series.map((s) => s.id)).not.toContain(AOUAD);
  });
});
