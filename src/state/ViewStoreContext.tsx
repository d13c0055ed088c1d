import { createContext, useState, type ReactNode } from 'react';
import type { ViewStore } from './viewStore';

export const ViewStoreContext = createContext<ViewStore | null>(null);

/** The store is made once, from the decoded link, before the first render: no effect needed. */
export function ViewStoreProvider({ init, children }: { init: () => ViewStore; children: ReactNode }) {
  const [store] = useState(init);
  return <ViewStoreContext.Provider value={store}>{children}</ViewStoreContext.Provider>;
}
