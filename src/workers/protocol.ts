import type { MergeSummary } from '../domain/import/merge';
import type { PackedDataset } from '../domain/import/packed';
import type { Dataset, DatasetSource } from '../domain/types';

/** What the job needs: the file itself (a handle: the worker reads it) and the data it merges with. */
export interface ImportRequest {
  file: Blob;
  name: string;
  shipped: Dataset;
}

/**
 * Page -> worker. The shipped titles go in batches, each its own short task to send, and `file`
 * starts the job: one message of 3,800 titles took the page 40 ms or more to write out.
 */
export type ImportMessage =
  { type: 'shipped'; titles: Dataset['titles'] } | { type: 'file'; file: Blob; name: string; source: DatasetSource };

export type ImportStage = 'reading' | 'unpacking' | 'parsing' | 'merging';

/**
 * Worker -> page. `receivedAt` (epoch ms) lets a bench time the worker's side. `done` brings the
 * weeks (typed arrays, transferred) and `shippedRefs`, one per merged title: the place of a shipped
 * title the page sent, unchanged, or -1 for the next title written out (titlesByReference). Those
 * written out come in batches ahead of `done`, so the page takes them in a few milliseconds at a
 * time; `packed.titles` holds only the ones not yet sent.
 */
export type ImportReply =
  | { type: 'progress'; stage: ImportStage; fraction: number }
  | { type: 'titles'; titles: PackedDataset['titles'] }
  | { type: 'done'; packed: PackedDataset; shippedRefs: Int32Array; summary: MergeSummary; receivedAt: number }
  | { type: 'failed'; reason: string; receivedAt: number };
