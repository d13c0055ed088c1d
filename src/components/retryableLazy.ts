import { createElement, lazy, type ComponentType, type ReactElement } from 'react';

/** A lazily loaded component that can be loaded afresh after its chunk failed to arrive. */
export interface RetryableLazy<P extends object> {
  (props: P): ReactElement;
  /** Forget the failed load: the next render imports the chunk again. */
  reload: () => void;
}

/**
 * React.lazy remembers a rejected import for good, so a Retry needs a new lazy component. This
 * keeps one per chunk and swaps it on reload(); LazyBoundary calls reload() from its Retry.
 */
export function retryableLazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): RetryableLazy<P> {
  let current = lazy(load);
  const Retryable = (props: P) => createElement(current, props);
  return Object.assign(Retryable, {
    reload: () => {
      current = lazy(load);
    },
  });
}
