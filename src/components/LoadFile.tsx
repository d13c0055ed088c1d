import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { DropZone } from './DropZone';
import type { LoadFn } from './useFileImport';

const ImportStatus = lazy(() => import('./ImportStatus'));

export interface LoadFileProps {
  /** Reads, merges and keeps the file; resolves to the summary sentence or a reason. */
  load: LoadFn;
  /** The kept file's name, when the data shown is a loaded file rather than the shipped one. */
  loadedName: string | null;
  /** The kept file's summary, shown after a reload. */
  loadedSummary?: string | null;
  onForget: () => void;
}

/**
 * The "Load Netflix file" button and drag-and-drop onto the page. The rest (progress, Cancel,
 * summary, Forget, a bad file's reason) loads with the first file, or with a kept one.
 */
export function LoadFile({ load, loadedName, loadedSummary = null, onForget }: LoadFileProps) {
  const input = useRef<HTMLInputElement>(null);
  const [request, setRequest] = useState<{ file: File; serial: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const choose = useCallback((file: File) => setRequest((r) => ({ file, serial: (r?.serial ?? 0) + 1 })), []);

  return (
    <section className="load-file" aria-label="Your Netflix file">
      <DropZone onFile={choose} />
      <div className="load-file__actions">
        <button type="button" className="button" onClick={() => input.current?.click()} disabled={busy}>
          Load Netflix file
        </button>
        <input
          ref={input}
          aria-label="Netflix file (.tsv or .xlsx)"
          type="file"
          accept=".tsv,.xlsx"
          className="visually-hidden"
          tabIndex={-1}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) choose(file);
            // The same file chosen again (after a fix) must fire change again.
            e.currentTarget.value = '';
          }}
        />
        {(request !== null || loadedName !== null) && (
          <Suspense fallback={<div role="status">Reading…</div>}>
            <ImportStatus
              load={load}
              request={request}
              loadedName={loadedName}
              loadedSummary={loadedSummary}
              onForget={onForget}
              onBusy={setBusy}
            />
          </Suspense>
        )}
      </div>
    </section>
  );
}
