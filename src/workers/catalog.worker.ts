/// <reference lib="webworker" />
import { catalogReply } from './catalogJob';
import type { CatalogReply } from './catalogProtocol';

declare const self: DedicatedWorkerGlobalScope;

/** Page -> worker: the catalog file's bytes, transferred. Checking them and the view limits happen here. */
self.onmessage = (event: MessageEvent<ArrayBuffer>) => {
  try {
    const { reply, transfer } = catalogReply(event.data);
    self.postMessage(reply, transfer);
  } catch (err) {
    const reply: CatalogReply = { type: 'failed', reason: `unreadable (${err instanceof Error ? err.message : String(err)})` };
    self.postMessage(reply);
  }
};
