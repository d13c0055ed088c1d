import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDatasetText } from '../src/domain/dataset';
import type { Dataset } from '../src/domain/types';

/** The dataset the app ships (public/data), read the way the app validates it. */
// Tests run from the repository root (npm test, vitest).
export const SEED_PATH = resolve(process.cwd(), 'public/data/top10-seed.json');
export const SEED_TEXT = readFileSync(SEED_PATH, 'utf8');

export function loadSeed(): Dataset {
  const parsed = parseDatasetText(SEED_TEXT);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.data;
}

export const SG = 'squid-game-s1';
export const AOUAD = 'all-of-us-are-dead-s1';
export const BP = 'business-proposal-s1';
