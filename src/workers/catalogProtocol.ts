import type { CatalogParts } from '../domain/catalog/decode';
import type { Catalog } from '../domain/view';

/**
 * Catalog worker -> page. `done` brings the checked catalog as parts (titles' facts, and their weeks
 * by column, transferred) and what the page would otherwise work out itself: the view limits.
 * The page makes the titles (openCatalog); a title's week objects are built when first read.
 */
export type CatalogReply = { type: 'done'; parts: CatalogParts; catalog: Catalog; decodeMs: number } | { type: 'failed'; reason: string };
