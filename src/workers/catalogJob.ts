import { decodeCatalog } from '../domain/catalog/decode';
import { rankTable } from '../domain/catalog/overallRank';
import { catalogOf } from '../domain/dataset';
import type { CatalogReply } from './catalogProtocol';

/** About 400 titles (some 1,100 weeks) per message: a few milliseconds for the page to take in. */
const BATCH = 400;

/** What the catalog worker sends for a file's bytes, in order, with the buffers each message transfers. */
export function catalogReplies(bytes: ArrayBuffer): { reply: CatalogReply; transfer: Transferable[] }[] {
  const started = performance.now();
  const decoded = decodeCatalog(bytes);
  const decodeMs = performance.now() - started;
  if (!decoded.ok) return [{ reply: { type: 'failed', reason: decoded.reason }, transfer: [] }];
  const { source, titles } = decoded.data;
  const weeks = rankTable(decoded.data).premiereWeek;
  const starts = new Uint32Array(weeks.length + 1);
  weeks.forEach((w, i) => (starts[i + 1] = starts[i]! + w.length));
  const premiereWeek = new Int32Array(starts[weeks.length]!);
  weeks.forEach((w, i) => premiereWeek.set(w, starts[i]));
  const out: { reply: CatalogReply; transfer: Transferable[] }[] = [];
  for (let i = 0; i < titles.length; i += BATCH) out.push({ reply: { type: 'titles', titles: titles.slice(i, i + BATCH) }, transfer: [] });
  out.push({
    reply: { type: 'done', source, catalog: catalogOf(decoded.data), premiereWeek, starts, decodeMs },
    transfer: [premiereWeek.buffer, starts.buffer],
  });
  return out;
}
