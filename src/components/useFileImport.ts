import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '../domain/types';

export interface ImportProgress {
  stage: 'reading' | 'unpacking' | 'parsing' | 'merging';
  fraction: number;
}

/** Runs one import; resolves to the summary sentence. The app passes a lazy loadNetflixFile. */
export type LoadFn = (file: File, options: { onProgress: (p: ImportProgress) => void; signal: AbortSignal }) => Promise<Result<string>>;

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'loading'; fileName: string; progress: ImportProgress | null }
  | { kind: 'done'; sentence: string }
  | { kind: 'failed'; fileName: string; reason: string };

/** One import at a time: a new file cancels the one still loading. */
export function useFileImport(load: LoadFn) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const running = useRef<AbortController | null>(null);

  const cancel = useCallback(() => {
    running.current?.abort();
    running.current = null;
    setState({ kind: 'idle' });
  }, []);

  const start = useCallback(
    async (file: File) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      setState({ kind: 'loading', fileName: file.name, progress: null });
      const onProgress = (progress: ImportProgress) => {
        if (!controller.signal.aborted) setState({ kind: 'loading', fileName: file.name, progress });
      };
      let result: Result<string>;
      try {
        result = await load(file, { onProgress, signal: controller.signal });
      } catch (err) {
        result = { ok: false, reason: `The file could not be loaded: ${err instanceof Error ? err.message : String(err)}` };
      }
      if (controller.signal.aborted) return;
      running.current = null;
      setState(result.ok ? { kind: 'done', sentence: result.data } : { kind: 'failed', fileName: file.name, reason: result.reason });
    },
    [load],
  );

  useEffect(() => () => running.current?.abort(), []);
  return { state, start, cancel, reset: () => setState({ kind: 'idle' }) };
}
