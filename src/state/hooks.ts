import { useContext } from 'react';
import { useStore } from 'zustand';
import { ViewStoreContext } from './ViewStoreContext';
import type { ViewStore, ViewStoreState } from './viewStore';

export function useViewStoreApi(): ViewStore {
  const store = useContext(ViewStoreContext);
  if (!store) throw new Error('useViewStoreApi outside ViewStoreProvider');
  return store;
}

function useViewStore<T>(selector: (s: ViewStoreState) => T): T {
  return useStore(useViewStoreApi(), selector);
}

// Atomic selectors: a component re-renders only for the fields it reads.
export const useTitles = () => useViewStore((s) => s.titles);
export const useWeeks = () => useViewStore((s) => s.weeks);
export const useMetric = () => useViewStore((s) => s.metric);
export const useAlign = () => useViewStore((s) => s.align);
export const useChartKind = () => useViewStore((s) => s.chart);
export const useScale = () => useViewStore((s) => s.scale);
export const useViewMode = () => useViewStore((s) => s.view);
export const useTheme = () => useViewStore((s) => s.theme);
export const useIssues = () => useViewStore((s) => s.issues);
export const useActions = () => useViewStore((s) => s.actions);
export const useSlots = () => useViewStore((s) => s.slots);
