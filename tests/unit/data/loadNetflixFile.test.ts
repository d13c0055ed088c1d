// @vitest-environment node
import { readFileSync } from 'node:fs';
import { CANCELLED, loadNetflixFile, type LoadProgress } from '../../../src/data/loadNetflixFile';
import { importSession } from '../../../src/workers/importJob';
import type { ImportMessage } from '../../../src/workers/protocol';
import { loadSeed } from '../../seed';

/** A stand-in Worker that runs the real job in this thread, recording what the page sent it. */
class FakeWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  sent: ImportMessage[] = [];
  transferred: Transferable[] = [];
  private readonly accept = importSession((reply) => {
    if (!this.terminated) this.onmessage?.({ data: reply } as MessageEvent);
  });
  constructor(private readonly hold = false) {}
  postMessage(message: ImportMessage, transfer: Transferable[] = []) {
    this.sent.push(message);
    this.transferred.push(...transfer);
    if (!this.hold) void this.accept(message);
  }
  terminate() {
    this.terminated = true;
  }
}

const fixture = (name: string) => new File([readFileSync(new URL(`../../fixtures/netflix/${name}`, import.meta.url))], name);

describe('loadNetflixFile', () => {
  it('sends the file to the worker unread, reports progress, and returns the merge with its sentence', async () => {
    const worker = new FakeWorker();
    const progress: LoadProgress[] = [];
    const result = await loadNetflixFile(fixture('merge-newer.tsv'), {
      shipped: loadSeed(),
      onProgress: (p) => progress.push(p),
      createWorker: () => worker as unknown as Worker,
    });
    // The shipped titles in batches, then the file itself: the page reads none of its bytes.
    expect(worker.sent.map((m) => m.type)).toEqual(['shipped', 'file']);
    expect(worker.sent.at(-1)).toMatchObject({ type: 'file', name: 'merge-newer.tsv', file: expect.any(File) });
    expect(worker.transferred).toEqual([]);
    expect(progress.map((p) => p.stage)).toEqual(['reading', 'parsing', 'merging']);
    // Older than the seed (2026-07-19): the seed already covers 2022-03-20/27.
    expect(result.ok && result.data.sentence).toBe(
      'Loaded 3 rows, weeks to 2022-03-27: older than the data shown (weeks to 2026-07-19), so only weeks the shown data lacks were added: 0 new weeks, 0 new titles.',
    );
    expect(worker.terminated).toBe(true);
  });

  it('refuses a file over 50 MB before reading it, and starts no worker', async () => {
    const huge = { name: 'video.tsv', size: 60 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('read')) } as unknown as File;
    const createWorker = vi.fn();
    const result = await loadNetflixFile(huge, { shipped: loadSeed(), createWorker });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('The file is 60 MB') });
    expect(createWorker).not.toHaveBeenCalled();
  });

  it('Cancel ends the worker at once and changes nothing', async () => {
    const worker = new FakeWorker(true);
    const controller = new AbortController();
    const pending = loadNetflixFile(fixture('global-9col.tsv'), {
      shipped: loadSeed(),
      signal: controller.signal,
      createWorker: () => worker as unknown as Worker,
    });
    await vi.waitFor(() => expect(worker.sent.at(-1)?.type).toBe('file'));
    controller.abort();
    expect(await pending).toEqual({ ok: false, reason: CANCELLED });
    expect(worker.terminated).toBe(true);
  });

  it('a worker that crashes gives a reason, not a hang', async () => {
    const worker = new FakeWorker(true);
    const pending = loadNetflixFile(fixture('global-9col.tsv'), { shipped: loadSeed(), createWorker: () => worker as unknown as Worker });
    await vi.waitFor(() => expect(worker.sent.at(-1)?.type).toBe('file'));
    worker.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent);
    expect(await pending).toEqual({ ok: false, reason: 'The file could not be read (out of memory); the data shown has not changed.' });
  });
});
