// Bundled by bench/catalog.mjs into one script for Chromium: the catalog's decode and search as the app runs them.
export { decodeCatalog } from '../src/domain/catalog/decode';
export { buildSearchIndex, searchTitles } from '../src/domain/catalog/search';
export { overallRanks } from '../src/domain/catalog/overallRank';
export { readCatalogParts, openCatalog } from '../src/domain/catalog/decode';
export { weekTable } from '../src/domain/catalog/weekTable';
