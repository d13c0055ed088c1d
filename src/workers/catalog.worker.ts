/// <reference lib="webworker" />
import { catalogReplies } from './catalogJob';
import type { CatalogReply } from './catalogProtocol';

declare const self: DedicatedWorkerGlobalScope;

/** Page -> worker: the catalog file's bytes, transferred. Decoding and the per-dataset facts happen here. */
self.onmessage = (event: MessageEvent<ArrayBuffer>) => {
  try {
    for (const { reply, transfer } of catalogReplies(event.data)) self.postMessage(reply, transfer);
  } catch (err) {
    const reply: CatalogReply = { type: 'failed', reason: `unreadable (${err instanceof Error ? err.message : String(err)})` };
    self.postMessage(reply);
  }
};
