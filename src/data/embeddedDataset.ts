import { parseDatasetText } from '../domain/dataset';
import type { Dataset } from '../domain/types';

/** The prerendered page carries the shipped dataset so the first view needs no round trip. */
export const EMBED_ID = 'top10-seed';

/** The embedded copy, if the page has a valid one; otherwise the app fetches the file. */
export function readEmbeddedDataset(): Dataset | undefined {
  if (typeof document === 'undefined') return undefined;
  const text = document.getElementById(EMBED_ID)?.textContent;
  if (!text) return undefined;
  const parsed = parseDatasetText(text);
  return parsed.ok ? parsed.data : undefined;
}

/** JSON safe inside <script type="application/json">: no "</script>" or "<!--" can close it. */
export function embedDataset(json: string): string {
  return `<script type="application/json" id="${EMBED_ID}">${json.replace(/</g, '\\u003c')}</script>`;
}
