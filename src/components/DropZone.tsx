import { useEffect, useState } from 'react';

const files = (e: DragEvent) => e.dataTransfer?.types.includes('Files');

/**
 * Drag-and-drop onto the whole page: a file dropped anywhere is loaded, and while one is dragged
 * over the page a frame says so.
 */
export function DropZone({ onFile }: { onFile: (file: File) => void }) {
  const [over, setOver] = useState(0);

  useEffect(() => {
    const on: Record<string, (e: DragEvent) => void> = {
      dragenter: (e) => files(e) && setOver((n) => n + 1),
      dragleave: () => setOver((n) => Math.max(0, n - 1)),
      // Without preventDefault on dragover the browser opens the file instead of dropping it here.
      dragover: (e) => files(e) && e.preventDefault(),
      drop: (e) => {
        if (!files(e)) return;
        e.preventDefault();
        setOver(0);
        const file = e.dataTransfer?.files[0];
        if (file) onFile(file);
      },
    };
    for (const [type, fn] of Object.entries(on)) window.addEventListener(type, fn as EventListener);
    return () => {
      for (const [type, fn] of Object.entries(on)) window.removeEventListener(type, fn as EventListener);
    };
  }, [onFile]);

  return over > 0 ? (
    <div className="dropzone" aria-hidden="true">
      <p className="dropzone__label">Drop Netflix's all-weeks-global.tsv or .xlsx to load it</p>
    </div>
  ) : null;
}
