import { parseDatasetText } from '../domain/dataset';
import type { Dataset } from '../domain/types';
import { EMBED_ID } from './embeddedDataset';

/** The embedded copy, if the page has a valid one; otherwise the app fetches the file. Browser only. */
export function readEmbeddedDataset(): Dataset | undefined {
  if (typeof document === 'undefined') return undefined;
  const text = document.getElementById(EMBED_ID)?.textContent;
  if (!text) return undefined;
  const parsed = parseDatasetText(text);
  return parsed.ok ? parsed.data : undefined;
}
