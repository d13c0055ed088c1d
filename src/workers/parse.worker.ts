/// <reference lib="webworker" />
import { runImport } from './importJob';
import type { ImportReply, ImportRequest } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const post = (reply: ImportReply, transfer: Transferable[] = []) => self.postMessage(reply, transfer);
  runImport(event.data, post).catch((err: unknown) => {
    post({
      type: 'failed',
      reason: `The file could not be read: ${err instanceof Error ? err.message : String(err)}`,
      receivedAt: performance.timeOrigin + performance.now(),
    });
  });
};
