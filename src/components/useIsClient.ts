import { useSyncExternalStore } from 'react';

const noSubscribe = () => () => undefined;

/**
 * false while prerendering and hydrating, true after. Lets the prerendered page hold a
 * placeholder where browser-only parts (the lazy chart, Web Share) go, without a mismatch.
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
}
