/** The prerendered page carries the shipped dataset so the first view needs no round trip. */
export const EMBED_ID = 'top10-seed';

/** JSON safe inside <script type="application/json">: no "</script>" or "<!--" can close it. */
export function embedDataset(json: string): string {
  return `<script type="application/json" id="${EMBED_ID}">${json.replace(/</g, '\\u003c')}</script>`;
}
