import type { Title } from '../types';

export interface Curated {
  premiere: string;
  releasePattern: string;
  /** Hours, where Netflix's weekly file gives none. */
  runtime?: number;
}

/**
 * What Netflix's weekly file does not say about the three titles of the default view
 * (docs/data.md, "The three titles of the default view"). Every other title has no premiere.
 */
export const CURATED: Readonly<Record<string, Curated>> = {
  'squid-game-s1': { premiere: '2021-09-17', releasePattern: 'All 9 episodes at once' },
  'all-of-us-are-dead-s1': {
    premiere: '2022-01-28',
    releasePattern: 'All 12 episodes at once',
    // It left the list before Netflix began giving runtimes (2023-06-18), so the weekly file has
    // none; Netflix's most-popular.tsv gives 12.2333 h for it.
    runtime: 12.2333,
  },
  'business-proposal-s1': {
    premiere: '2022-02-28',
    releasePattern: 'Weekly, 2 episodes a week (Mondays and Tuesdays) until Apr 5, 2022, 12 in all',
  },
};

/** Titles as groupTitles makes them, with the curated facts filled in; a runtime from the file wins. */
export function applyCurated(titles: readonly Title[]): Title[] {
  return titles.map((title) => {
    const extra = CURATED[title.id];
    if (!extra) return title;
    return {
      ...title,
      premiere: extra.premiere,
      releasePattern: extra.releasePattern,
      runtime: title.runtime ?? extra.runtime ?? null,
    };
  });
}
