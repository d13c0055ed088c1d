import { useEffect } from 'react';
import { useFileImport, type LoadFn } from './useFileImport';

export interface ImportStatusProps {
  load: LoadFn;
  /** The file to load now, with a serial so the same file chosen twice loads twice. */
  request: { file: File; serial: number } | null;
  loadedName: string | null;
  loadedSummary: string | null;
  onForget: () => void;
  onBusy: (busy: boolean) => void;
}

const STAGES = {
  reading: 'Reading',
  unpacking: 'Opening the workbook',
  parsing: 'Checking every row',
  merging: 'Merging with the shipped data',
};

/**
 * Progress with Cancel, the summary, Forget, and a bad file's reason in an alert. Loaded on
 * demand: the first view carries only the button and the drop handler.
 */
export default function ImportStatus({ load, request, loadedName, loadedSummary, onForget, onBusy }: ImportStatusProps) {
  const { state, start, cancel, reset } = useFileImport(load);
  useEffect(() => {
    if (request) void start(request.file);
  }, [request, start]);
  const busy = state.kind === 'loading';
  useEffect(() => onBusy(busy), [busy, onBusy]);

  return (
    <>
      {busy && (
        <button type="button" className="button button--quiet" onClick={cancel}>
          Cancel
        </button>
      )}
      {loadedName !== null && !busy && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            reset();
            onForget();
          }}
        >
          Forget loaded file
        </button>
      )}
      <div role="status" className="load-file__status">
        {state.kind === 'loading' && (
          <>
            <span>
              {state.progress ? STAGES[state.progress.stage] : 'Reading'} {state.fileName}…
            </span>{' '}
            <progress max={1} value={state.progress?.fraction ?? 0} aria-label={`Loading ${state.fileName}`} />
          </>
        )}
        {state.kind === 'done' && <span>{state.sentence}</span>}
        {state.kind === 'idle' && loadedName !== null && (
          <span>
            Showing your file {loadedName}
            {loadedSummary ? `. ${loadedSummary}` : '.'}
          </span>
        )}
      </div>
      {state.kind === 'failed' && (
        <p role="alert" className="load-file__error">
          {state.fileName} was not loaded: {state.reason}
        </p>
      )}
    </>
  );
}
