// Bundled by bench/catalog.mjs into one script for Chromium: the catalog's decode and search as the app runs them.
export { decodeCatalog } from '../src/domain/catalog/decode';
export { assignTitleIds } from '../src/domain/titleId';
