import { readCatalogParts, type CatalogParts } from '../domain/catalog/decode';
import { catalogOfTable } from '../domain/catalog/weekTable';
import type { CatalogReply } from './catalogProtocol';

/** What the catalog worker sends for a file's bytes, with the buffers the message transfers. */
export function catalogReply(bytes: ArrayBuffer): { reply: CatalogReply; transfer: Transferable[] } {
  const started = performance.now();
  const decoded = readCatalogParts(bytes);
  const decodeMs = performance.now() - started;
  if (!decoded.ok) return { reply: { type: 'failed', reason: decoded.reason }, transfer: [] };
  const parts = decoded.data;
  // The limits need only ids and the table: no title object is made here.
  const catalog = catalogOfTable(parts.titles.id, parts.table);
  return { reply: { type: 'done', parts, catalog, decodeMs }, transfer: buffersOf(parts) };
}

/** Every buffer under the parts' typed arrays, once each (the stored columns share the file's). */
function buffersOf({ titles, table, stored }: CatalogParts): ArrayBuffer[] {
  const arrays = [
    table.starts,
    table.week,
    table.rank,
    table.hours,
    table.views,
    table.premiereWeek,
    titles.show,
    titles.season,
    titles.category,
    titles.runtime,
    stored.runtime,
    stored.cumulative,
    stored.staggered,
    stored.launch,
    stored.override,
  ];
  const buffers = new Set<ArrayBuffer>();
  for (const a of arrays) if (ArrayBuffer.isView(a) && a.buffer instanceof ArrayBuffer) buffers.add(a.buffer);
  return [...buffers];
}
