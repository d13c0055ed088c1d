/** Height that shows the heading, legend, a closed notes line, the chart and the source line. */
export const EMBED_HEIGHT = 640;

function attr(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** The `<iframe>` a page pastes to show the live chart; `title` names it for screen readers. */
export function iframeSnippet(embedUrl: string, title: string, height: number = EMBED_HEIGHT): string {
  return `<iframe src="${attr(embedUrl)}" title="${attr(title)}" width="100%" height="${height}" style="border: 0; max-width: 100%;" loading="lazy"></iframe>`;
}

/** A taller frame when the legend wraps onto more lines. */
export function embedHeightFor(titleCount: number): number {
  return EMBED_HEIGHT + Math.max(0, Math.ceil((titleCount - 4) / 2)) * 28;
}
