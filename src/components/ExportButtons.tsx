import { useState } from 'react';
import { buildComparison } from '../domain/comparison/buildComparison';
import type { Dataset } from '../domain/types';
import type { ViewState } from '../domain/view';
import { useViewStoreApi } from '../state/hooks';
import { viewOf } from '../state/viewStore';
import type { ExportKind } from './ExportTools';
import { useLazyPart } from './useLazyPart';

const loadTools = () => import('./ExportTools');

interface Asked {
  kind: ExportKind;
  /** The view on screen when the button was pressed: the files and the code are for it. */
  view: ViewState;
  button: HTMLButtonElement;
}

/**
 * Download and Embed. The first view carries only these two buttons: the dialogs, the export
 * code and the embed snippet load together on the first press of either.
 */
export function ExportButtons({ dataset }: { dataset: Dataset }) {
  const store = useViewStoreApi();
  const [asked, setAsked] = useState<Asked | null>(null);
  const { state, open } = useLazyPart(loadTools);
  const button = (kind: ExportKind, label: string) => (
    <button
      type="button"
      className="button button--quiet"
      aria-haspopup="dialog"
      onClick={(e) => {
        setAsked({ kind, view: viewOf(store.getState()), button: e.currentTarget });
        open();
      }}
    >
      {label}
    </button>
  );
  return (
    <>
      {button('download', 'Download')}
      {button('embed', 'Embed')}
      {asked && state.kind === 'failed' && (
        <span role="alert" className="share__status">
          {asked.kind === 'download' ? 'The download options' : 'The embed code'} could not be loaded. Check the connection and press{' '}
          {asked.kind === 'download' ? 'Download' : 'Embed'} again.
        </span>
      )}
      {asked && state.kind === 'ready' && (
        <state.Component
          kind={asked.kind}
          view={asked.view}
          dataset={dataset}
          buildComparison={buildComparison}
          onClose={() => {
            setAsked(null);
            asked.button.focus();
          }}
        />
      )}
    </>
  );
}
