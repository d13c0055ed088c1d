export { applyCurated, CURATED } from './curated';
export { decodeCatalog } from './decode';
export { encodeCatalog, catalogFile } from './encode';
export { CATALOG_FORMAT, CATALOG_VERSION, type CatalogFile } from './format';
