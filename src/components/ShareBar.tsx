import { memo, useRef, useState } from 'react';
import { encodeView } from '../domain/url/codec';
import { useViewStoreApi } from '../state/hooks';
import { viewOf } from '../state/viewStore';
import { useIsClient } from './useIsClient';

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

function currentUrl(search: string): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}${search}`;
}

function ShareBarView() {
  const store = useViewStoreApi();
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const field = useRef<HTMLInputElement>(null);
  const canShare = useIsClient() && typeof navigator.share === 'function';

  // Read at click time so the link is the view on screen, not the one of the last render.
  const link = () => currentUrl(encodeView(viewOf(store.getState())));

  const copy = async () => {
    const url = link();
    try {
      await navigator.clipboard.writeText(url);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'manual', url });
      requestAnimationFrame(() => field.current?.select());
    }
  };

  const share = () => {
    navigator.share({ title: document.title, url: link() }).catch(() => undefined);
  };

  return (
    <div className="share">
      <button type="button" className="button" onClick={() => void copy()}>
        Copy link
      </button>
      {canShare && (
        <button type="button" className="button button--quiet" onClick={share}>
          Share
        </button>
      )}
      <span role="status" className="share__status">
        {state.kind === 'copied' ? 'Link copied' : ''}
      </span>
      {state.kind === 'manual' && (
        <label className="share__manual">
          <span>Copy this link</span>
          <input ref={field} readOnly value={state.url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}

/** Memoised: it re-renders only when its own inputs change, not on every view change. */
export const ShareBar = memo(ShareBarView);
