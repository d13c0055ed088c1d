import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openCatalog, readCatalogParts } from '../src/domain/catalog/decode';
import type { WeekTable } from '../src/domain/catalog/weekTable';
import type { Dataset } from '../src/domain/types';

/** The shipped catalog (public/data), decoded as the app decodes it; read once per test file. */
let cached: { dataset: Dataset; table: WeekTable } | undefined;
function opened() {
  if (!cached) {
    const result = readCatalogParts(readFileSync(resolve(process.cwd(), 'public/data/top10-catalog.bin')));
    if (!result.ok) throw new Error(result.reason);
    cached = openCatalog(result.data);
  }
  return cached;
}

export function loadCatalog(): Dataset {
  return opened().dataset;
}

/** Its weeks by column, as the decoder reads them from the file (its titles are loadCatalog()'s). */
export function loadCatalogTable(): WeekTable {
  return opened().table;
}
