const ASCII = /^[ -~]*$/;

/**
 * Text as search compares it: accents folded ("Café" -> "cafe"), case dropped, apostrophes
 * joined ("Grey's" -> "greys"), every other mark a space.
 */
export function normalise(text: string): string {
  // Most titles are plain ASCII: skip the Unicode work, the costly part of indexing 3,836 titles.
  if (ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/['`]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
