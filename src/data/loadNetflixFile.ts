import { fileSizeProblem } from '../domain/import/limits';
import type { MergeSummary } from '../domain/import/merge';
import { titlesFromReferences, type PackedDataset } from '../domain/import/packed';
import type { ImportedDataset } from '../domain/import/types';
import { summarySentence } from '../domain/import/summary';
import type { Dataset, Result } from '../domain/types';
import type { ImportMessage, ImportReply, ImportStage } from '../workers/protocol';
import { unpackInSlices } from './unpackDataset';

export interface LoadProgress {
  stage: ImportStage;
  /** 0..1, by stage: parsing is one synchronous step in the worker. */
  fraction: number;
}

export interface Loaded {
  dataset: ImportedDataset;
  /** The same data in typed arrays, to keep in IndexedDB without a long task. */
  packed: PackedDataset;
  summary: MergeSummary;
  /** "Loaded 10,600 rows, weeks to 2026-07-26: 1 new week, 4 new titles." */
  sentence: string;
  /** Epoch ms the worker got the bytes and the page got the result back (for the bench). */
  timing: { receivedAt: number; arrivedAt: number };
}

export interface LoadOptions {
  /** The data the file merges with: the shipped catalog. */
  shipped: Dataset;
  onProgress?: (progress: LoadProgress) => void;
  /** Aborting terminates the worker at once, even mid-parse. */
  signal?: AbortSignal;
  /** Tests pass a fake; the app gets the real module worker. */
  createWorker?: () => Worker;
}

export const CANCELLED = 'Loading was cancelled; the data shown has not changed.';

const makeWorker = () => new Worker(new URL('../workers/parse.worker.ts', import.meta.url), { type: 'module', name: 'netflix-import' });

/**
 * Reads a Netflix file a person chose, in a worker, and merges it with the shipped data. Never
 * rejects: every failure is a reason to show, and the data shown stays as it was.
 */
export async function loadNetflixFile(file: File, options: LoadOptions): Promise<Result<Loaded>> {
  // Size first: a 4 GB video is refused without reading a byte of it.
  const tooBig = fileSizeProblem(file.size);
  if (tooBig) return { ok: false, reason: tooBig };
  const { signal, onProgress } = options;
  if (signal?.aborted) return { ok: false, reason: CANCELLED };

  const worker = (options.createWorker ?? makeWorker)();
  return new Promise<Result<Loaded>>((resolve) => {
    const finish = (result: Result<Loaded>) => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = () => finish({ ok: false, reason: CANCELLED });
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onerror = (event) => {
      event.preventDefault();
      finish({
        ok: false,
        reason: `The file could not be read (${event.message || 'the reader stopped'}); the data shown has not changed.`,
      });
    };
    const titles: PackedDataset['titles'] = [];
    worker.onmessage = ({ data }: MessageEvent<ImportReply>) => {
      if (data.type === 'progress') onProgress?.({ stage: data.stage, fraction: data.fraction });
      else if (data.type === 'titles') for (const title of data.titles) titles.push(title);
      else if (data.type === 'failed') finish({ ok: false, reason: data.reason });
      else {
        worker.terminate();
        // The titles the worker named by their place among the shipped ones, rebuilt before the clock stops.
        const merged = titlesFromReferences(data.shippedRefs, [...titles, ...data.packed.titles], options.shipped.titles);
        if (!merged) {
          finish({
            ok: false,
            reason: 'The file could not be read (the reader sent back damaged titles); the data shown has not changed.',
          });
          return;
        }
        const arrivedAt = performance.timeOrigin + performance.now();
        // For the bench and DevTools: bytes in the worker's hands to the data back on the page.
        performance.measure('netflix-import', { start: data.receivedAt - performance.timeOrigin, end: arrivedAt - performance.timeOrigin });
        const packed: PackedDataset = { ...data.packed, titles: merged };
        const sentence = summarySentence(data.summary, options.shipped.source.lastWeek);
        void unpackInSlices(packed).then((dataset) => {
          if (signal?.aborted) return;
          performance.measure('netflix-import-unpack', { start: arrivedAt - performance.timeOrigin });
          finish({
            ok: true,
            data: { dataset, packed, summary: data.summary, sentence, timing: { receivedAt: data.receivedAt, arrivedAt } },
          });
        });
      }
    };
    void send(worker, file, options.shipped, signal);
  });
}

/** About 400 titles per message: each a few milliseconds to write out, in a task of its own. */
const TITLES_PER_MESSAGE = 400;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The shipped titles a batch per task, then the file: a handle, so the worker reads its bytes, not the page. */
async function send(worker: Worker, file: File, shipped: Dataset, signal?: AbortSignal): Promise<void> {
  const post = (message: ImportMessage) => worker.postMessage(message);
  for (let i = 0; i < shipped.titles.length; i += TITLES_PER_MESSAGE) {
    post({ type: 'shipped', titles: shipped.titles.slice(i, i + TITLES_PER_MESSAGE) });
    await nextTask();
    if (signal?.aborted) return;
  }
  post({ type: 'file', file, name: file.name, source: shipped.source });
}
