import type { MergeSummary } from '../domain/import/merge';
import type { PackedDataset } from '../domain/import/packed';
import type { Dataset } from '../domain/types';

/** Page -> worker: the file's bytes (transferred, not copied) and the data they merge with. */
export interface ImportRequest {
  bytes: ArrayBuffer;
  name: string;
  shipped: Dataset;
}

export type ImportStage = 'reading' | 'unpacking' | 'parsing' | 'merging';

/** Worker -> page. `receivedAt` (epoch ms) lets a bench time the worker's side. */
export type ImportReply =
  | { type: 'progress'; stage: ImportStage; fraction: number }
  | { type: 'done'; packed: PackedDataset; summary: MergeSummary; receivedAt: number }
  | { type: 'failed'; reason: string; receivedAt: number };
