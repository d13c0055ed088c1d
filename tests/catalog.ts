import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeCatalog } from '../src/domain/catalog/decode';
import type { Dataset } from '../src/domain/types';

/** The shipped catalog (public/data), decoded as the app decodes it; read once per test file. */
let cached: Dataset | undefined;
export function loadCatalog(): Dataset {
  if (!cached) {
    const result = decodeCatalog(readFileSync(resolve(process.cwd(), 'public/data/top10-catalog.bin')));
    if (!result.ok) throw new Error(result.reason);
    cached = result.data;
  }
  return cached;
}
