import type { Category } from '../types';
import { normalise } from './normalise';
import { latestWeekTitles, titleFacts, type TitleFacts } from './titleFacts';
import type { WeekTable } from './weekTable';

/** Every title's facts and search words, computed once per dataset so a keystroke only compares. */
export interface SearchIndex {
  facts: readonly TitleFacts[];
  words: readonly (readonly string[])[];
  /** Normalised "show season" text, for "starts with what was typed". */
  text: readonly string[];
  /** Title indexes, biggest first by hours in their first 8 weeks. */
  biggest: readonly number[];
  latestWeek: string;
  /** The latest week's titles, list by list, with their rank that week. */
  thisWeek: readonly { facts: TitleFacts; rank: number }[];
}

export interface SearchResult {
  options: TitleFacts[];
  /** Matches left out of `options`: "N more: refine your search". */
  more: number;
}

export const MAX_OPTIONS = 50;

/** Titles per step of searchIndexSteps: about a millisecond of work each, once the code is warm. */
export const INDEX_SLICE = 100;

/**
 * The index, built a slice of titles at a time: the caller may let the page breathe at each
 * `yield` (the search box does, so a catalog arriving while the box is open is no long task).
 * The last steps, after every slice, order the titles by size and find this week's.
 */
export function* searchIndexSteps(table: WeekTable): Generator<undefined, SearchIndex, undefined> {
  const facts: TitleFacts[] = [];
  // Search show and season alike: "squid 2" is Squid Game + Season 2. Most season labels
  // already start with the show; normalise each title once.
  const text: string[] = [];
  const words: string[][] = [];
  for (let i = 0; i < table.titles.length; i++) {
    const t = table.titles[i]!;
    facts.push(titleFacts(table, i));
    const normalised = normalise(
      t.seasonTitle === null ? t.showTitle : t.seasonTitle.startsWith(t.showTitle) ? t.seasonTitle : `${t.showTitle} ${t.seasonTitle}`,
    );
    text.push(normalised);
    words.push(normalised === '' ? [] : [...new Set(normalised.split(' '))]);
    if (facts.length % INDEX_SLICE === 0) yield;
  }
  yield;
  const biggest = facts.map((_, i) => i).sort((a, b) => facts[b]!.hoursFirst8 - facts[a]!.hoursFirst8);
  yield;
  const latest = latestWeekTitles(table);
  const at = new Map(table.titles.map((t, i) => [t.id, i]));
  return {
    facts,
    words,
    text,
    biggest,
    latestWeek: latest.week,
    thisWeek: latest.titles.map(({ title, rank }) => ({ facts: facts[at.get(title.id)!]!, rank })),
  };
}

/** The index in one go (tests, the bench). */
export function buildSearchIndex(table: WeekTable): SearchIndex {
  const steps = searchIndexSteps(table);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Titles whose words start with every word typed, in any order, best first: 10 points per word
 * matched whole, 5 when the name starts with what was typed, less 1 per other word in the
 * title; ties go to the bigger title.
 */
export function searchTitles(
  index: SearchIndex,
  query: string,
  options: { category?: Category | null; limit?: number } = {},
): SearchResult {
  const { category = null, limit = MAX_OPTIONS } = options;
  const typed = normalise(query);
  const tokens = typed === '' ? [] : [...new Set(typed.split(' '))];
  const inCategory = (i: number) => category === null || index.facts[i]!.category === category;
  if (tokens.length === 0) {
    const all = index.biggest.filter(inCategory);
    return { options: all.slice(0, limit).map((i) => index.facts[i]!), more: Math.max(0, all.length - limit) };
  }
  const hits: { i: number; score: number }[] = [];
  for (let i = 0; i < index.words.length; i++) {
    if (!inCategory(i)) continue;
    const score = matchScore(index.words[i]!, tokens);
    if (score === null) continue;
    // Less than one whole-word match: "woo" means Extraordinary Attorney Woo before Woody Woodpecker.
    const leads = index.text[i]!.startsWith(typed) ? 5 : 0;
    hits.push({ i, score: leads + score });
  }
  hits.sort((a, b) => b.score - a.score || index.facts[b.i]!.hoursFirst8 - index.facts[a.i]!.hoursFirst8);
  return { options: hits.slice(0, limit).map((h) => index.facts[h.i]!), more: Math.max(0, hits.length - limit) };
}

/** null unless every token starts some word; otherwise 10 per whole-word match less 1 per other word. */
function matchScore(titleWords: readonly string[], tokens: readonly string[]): number | null {
  let whole = 0;
  for (const token of tokens) {
    let found = false;
    for (const word of titleWords) {
      if (word === token) {
        whole++;
        found = true;
        break;
      }
      if (word.startsWith(token)) found = true;
    }
    if (!found) return null;
  }
  return 10 * whole - (titleWords.length - tokens.length);
}

/** "On the list this week": the latest week's titles, optionally one list only. */
export function onTheListThisWeek(index: SearchIndex, category: Category | null = null): { facts: TitleFacts; rank: number }[] {
  return index.thisWeek.filter((t) => category === null || t.facts.category === category);
}
