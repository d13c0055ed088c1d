import { useCallback, useState, type ComponentType } from 'react';

type Loaded<P> = { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready'; Component: ComponentType<P> } | { kind: 'failed' };

/**
 * A part whose code loads on first use, so the first view's JavaScript does not grow. A chunk
 * that fails to load (offline) leaves a message, never a blank page; asking again retries.
 */
export function useLazyPart<P>(load: () => Promise<{ default: ComponentType<P> }>) {
  const [state, setState] = useState<Loaded<P>>({ kind: 'idle' });
  const open = useCallback(() => {
    setState((s) => (s.kind === 'ready' ? s : { kind: 'loading' }));
    load().then(
      (m) => setState({ kind: 'ready', Component: m.default }),
      () => setState({ kind: 'failed' }),
    );
  }, [load]);
  return { state, open };
}
