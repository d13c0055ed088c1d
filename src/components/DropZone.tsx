import { useEffect, useState } from 'react';

const files = (e: DragEvent) => e.dataTransfer?.types.includes('Files');
const TYPES = ['dragenter', 'dragleave', 'dragover', 'drop'] as const;

/**
 * Drag-and-drop onto the whole page: a file dropped anywhere is loaded, and while one is dragged
 * over the page a frame says so.
 */
export function DropZone({ onFile }: { onFile: (file: File) => void }) {
  const [over, setOver] = useState(0);

  useEffect(() => {
    // One listener for the four drag events: the page's first view carries as little of this as it can.
    const on = (e: DragEvent) => {
      if (e.type === 'dragleave') {
        setOver((n) => Math.max(0, n - 1));
        return;
      }
      if (!files(e)) return;
      // Without preventDefault on dragover the browser opens the file instead of dropping it here.
      e.preventDefault();
      if (e.type === 'dragenter') {
        setOver((n) => n + 1);
        return;
      }
      if (e.type !== 'drop') return;
      setOver(0);
      const file = e.dataTransfer?.files[0];
      if (file) onFile(file);
    };
    for (const type of TYPES) window.addEventListener(type, on);
    return () => {
      for (const type of TYPES) window.removeEventListener(type, on);
    };
  }, [onFile]);

  return over > 0 ? (
    <div className="dropzone" aria-hidden="true">
      <p className="dropzone__label">Drop Netflix's all-weeks-global.tsv or .xlsx to load it</p>
    </div>
  ) : null;
}
