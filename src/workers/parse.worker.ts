/// <reference lib="webworker" />
import { importSession } from './importJob';
import type { ImportMessage, ImportReply } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const post = (reply: ImportReply, transfer: Transferable[] = []) => self.postMessage(reply, transfer);
const accept = importSession(post);

self.onmessage = (event: MessageEvent<ImportMessage>) => {
  accept(event.data)?.catch((err: unknown) => {
    post({
      type: 'failed',
      reason: `The file could not be read: ${err instanceof Error ? err.message : String(err)}`,
      receivedAt: performance.timeOrigin + performance.now(),
    });
  });
};
