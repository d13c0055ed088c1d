import { useRef, useState } from 'react';
import type { ExportBundle } from '../export/bundle';
import { useLazyPart } from './useLazyPart';

const loadDialog = () => import('./DownloadDialog');

/** The Download button; the dialog and the export code load when it is first opened. */
export function DownloadMenu({ getExport }: { getExport: () => Promise<ExportBundle> }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const { state, open: load } = useLazyPart(loadDialog);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button button--quiet"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
          load();
        }}
      >
        Download
      </button>
      {open && state.kind === 'failed' && (
        <span role="alert" className="share__status">
          The download options could not be loaded. Check the connection and press Download again.
        </span>
      )}
      {open && state.kind === 'ready' && <state.Component getExport={getExport} onClose={close} />}
    </>
  );
}
