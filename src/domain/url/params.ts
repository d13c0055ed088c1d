/** The address's query string as an ordered key/value list, before anything is validated. */
export interface RawParam {
  key: string;
  value: string;
}

/** Longest query string read, in UTF-16 units; a real link is a few hundred. */
export const MAX_SEARCH_LENGTH = 4096;

export interface ReadParams {
  params: RawParam[];
  /** Characters beyond MAX_SEARCH_LENGTH were ignored. */
  truncated: boolean;
}

export function readParams(search: string): ReadParams {
  const body = search.startsWith('?') ? search.slice(1) : search;
  const truncated = body.length > MAX_SEARCH_LENGTH;
  const text = truncated ? body.slice(0, MAX_SEARCH_LENGTH) : body;
  const params: RawParam[] = [];
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    params.push({
      key: decodeComponent(eq === -1 ? part : part.slice(0, eq)),
      value: eq === -1 ? '' : decodeComponent(part.slice(eq + 1)),
    });
  }
  return { params, truncated };
}

/**
 * Form decoding, as URLSearchParams does it (`+` is a space), except that broken escapes such
 * as `%E0%A4%A` leave the component as typed: it then fails validation like any other bad value.
 */
export function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
