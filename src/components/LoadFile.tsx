import { useId, useRef } from 'react';
import { DropZone } from './DropZone';
import { useFileImport, type LoadFn } from './useFileImport';

export interface LoadFileProps {
  /** Reads, merges and keeps the file; resolves to the summary sentence or a reason. */
  load: LoadFn;
  /** The kept file's name, when the data shown is a loaded file rather than the shipped one. */
  loadedName: string | null;
  /** The kept file's summary, shown after a reload. */
  loadedSummary?: string | null;
  onForget: () => void;
}

const STAGES = { reading: 'Reading', unpacking: 'Opening the workbook', parsing: 'Checking every row', merging: 'Merging with the shipped data' };

/**
 * The "Load Netflix file" button, drag-and-drop onto the page, progress with Cancel, and the
 * outcome. A bad file's message shows here; the data and view shown do not change.
 */
export function LoadFile({ load, loadedName, loadedSummary = null, onForget }: LoadFileProps) {
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const { state, start, cancel, reset } = useFileImport(load);
  const choose = (file: File | undefined) => {
    if (file) void start(file);
  };

  return (
    <section className="load-file" aria-label="Your Netflix file">
      <DropZone onFile={start} />
      <div className="load-file__actions">
        <button type="button" className="button" onClick={() => input.current?.click()} disabled={state.kind === 'loading'}>
          Load Netflix file
        </button>
        <label htmlFor={inputId} className="visually-hidden">Netflix file (.tsv or .xlsx)</label>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept=".tsv,.xlsx,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="visually-hidden"
          tabIndex={-1}
          onChange={(e) => {
            choose(e.currentTarget.files?.[0]);
            // The same file chosen again (after a fix) must fire change again.
            e.currentTarget.value = '';
          }}
        />
        {state.kind === 'loading' && (
          <button type="button" className="button button--quiet" onClick={cancel}>
            Cancel
          </button>
        )}
        {loadedName !== null && state.kind !== 'loading' && (
          <button type="button" className="button button--quiet" onClick={() => { reset(); onForget(); }}>
            Forget loaded file
          </button>
        )}
      </div>
      <div role="status" className="load-file__status">
        {state.kind === 'loading' && (
          <>
            <span>{state.progress ? STAGES[state.progress.stage] : 'Reading'} {state.fileName}…</span>{' '}
            <progress max={1} value={state.progress?.fraction ?? 0} aria-label={`Loading ${state.fileName}`} />
          </>
        )}
        {state.kind === 'done' && <span>{state.sentence}</span>}
        {state.kind === 'idle' && loadedName !== null && (
          <span>Showing your file {loadedName}{loadedSummary ? `. ${loadedSummary}` : '.'}</span>
        )}
      </div>
      {state.kind === 'failed' && (
        <p role="alert" className="load-file__error">
          {state.fileName} was not loaded: {state.reason}
        </p>
      )}
    </section>
  );
}
