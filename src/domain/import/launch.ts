import type { EpisodeLaunch, LaunchFacts } from './types';

/** Header names of the launch columns: 11 columns say `details`, 12 columns `dtls`. */
export const STAGGERED = 'is_staggered_launch';
export const DETAILS = ['episode_launch_details', 'episode_launch_dtls'] as const;

export interface LaunchColumns {
  staggered: number;
  details: number;
}

/** Where the launch columns sit, or null for a file without them (7 and 9 columns). */
export function findLaunchColumns(header: readonly string[]): LaunchColumns | null {
  const names = header.map((h) => h.trim().toLowerCase());
  const staggered = names.indexOf(STAGGERED);
  const details = names.findIndex((n) => (DETAILS as readonly string[]).includes(n));
  return staggered === -1 && details === -1 ? null : { staggered, details };
}

export function readLaunch(fields: readonly string[], at: LaunchColumns): LaunchFacts {
  const flag = (at.staggered === -1 ? '' : (fields[at.staggered] ?? '')).trim().toLowerCase();
  const raw = (at.details === -1 ? '' : (fields[at.details] ?? '')).trim();
  const episodes = raw === '' ? [] : readDetails(raw);
  return {
    // Netflix writes True/False; anything else is unknown rather than a guess.
    staggered: flag === 'true' || flag === '1' ? true : flag === 'false' || flag === '0' ? false : null,
    episodes: episodes ?? [],
    raw: raw === '' ? null : raw,
  };
}

/** The JSON list Netflix puts in the details cell; null when it is not a list. */
function readDetails(raw: string): EpisodeLaunch[] | null {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!Array.isArray(json)) return null;
  return json.flatMap((item): EpisodeLaunch[] => {
    if (typeof item !== 'object' || item === null) return [];
    const entries = Object.entries(item as Record<string, unknown>);
    const pick = (pattern: RegExp) => {
      const value = entries.find(([k]) => pattern.test(k))?.[1];
      return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
    };
    const date = pick(/date|dt$/i);
    return [{ episodes: pick(/episode/i), launchDate: date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null }];
  });
}

/** A title's launch facts from its rows: staggered if any week says so, every batch once. */
export function combineLaunches(facts: readonly (LaunchFacts | undefined)[]): LaunchFacts | undefined {
  const known = facts.filter((f): f is LaunchFacts => f !== undefined);
  if (known.length === 0) return undefined;
  const staggered = known.some((f) => f.staggered === true) ? true : known.some((f) => f.staggered === false) ? false : null;
  const seen = new Set<string>();
  const episodes: EpisodeLaunch[] = [];
  for (const e of known.flatMap((f) => f.episodes)) {
    const key = `${e.episodes}\u0000${e.launchDate}`;
    if (!seen.has(key)) {
      seen.add(key);
      episodes.push(e);
    }
  }
  episodes.sort((a, b) => ((a.launchDate ?? '') < (b.launchDate ?? '') ? -1 : (a.launchDate ?? '') > (b.launchDate ?? '') ? 1 : 0));
  return { staggered, episodes, raw: known.findLast((f) => f.raw !== null)?.raw ?? null };
}
