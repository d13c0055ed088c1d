import { formatCount } from '../format';

/**
 * What went wrong while reading a shared link. Issues are shown to the person who opened it,
 * so they name the key and quote the value as it was typed, shortened for display.
 */
export interface UrlIssue {
  /** The key as written in the address; null for problems with the address as a whole. */
  key: string | null;
  /** The offending value, decoded and shortened; null when there is nothing to quote. */
  raw: string | null;
  /** Reads after the quoted value: `is not one of hours, views, cumulative, rank`. */
  reason: string;
  /** The sentence to show: `metric: "<script>…" is not one of hours, views, cumulative, rank`. Plain text. */
  message: string;
  /** How many times the link held this same problem; the message says so when more than once. */
  count: number;
}

/** Longest value quoted back, in code points. */
export const MAX_RAW_DISPLAY = 40;
/** Garbage links must not fill the screen with issues. */
export const MAX_ISSUES = 10;

export function shorten(text: string): string {
  const points = Array.from(text);
  return points.length <= MAX_RAW_DISPLAY ? text : `${points.slice(0, MAX_RAW_DISPLAY).join('')}…`;
}

export function urlIssue(key: string | null, raw: string | null, reason: string): UrlIssue {
  const k = key === null ? null : shorten(key);
  const r = raw === null ? null : shorten(raw);
  const quoted = r === null ? '' : `"${r}" `;
  // `=` or `=x` in a link has a key, just an empty one; say so rather than print ": ...".
  const label = k === '' ? '(empty key)' : k;
  return { key: k, raw: r, reason, message: label === null ? `${quoted}${reason}` : `${label}: ${quoted}${reason}`, count: 1 };
}

/** Identical problems are listed once, with a count, in the order they were first met. */
export function collapseIssues(issues: readonly UrlIssue[]): UrlIssue[] {
  const byMessage = new Map<string, UrlIssue>();
  for (const issue of issues) {
    const seen = byMessage.get(issue.message);
    byMessage.set(issue.message, seen ? { ...seen, count: seen.count + issue.count } : issue);
  }
  return [...byMessage.values()].map((issue) => (issue.count === 1 ? issue : { ...issue, message: counted(issue.message, issue.count) }));
}

/** The same problem in other words: its quoted key and value, and how many times it came, kept. */
export function reworded(issue: UrlIssue, reason: string): UrlIssue {
  const fresh = urlIssue(issue.key, issue.raw, reason);
  return issue.count === 1 ? fresh : { ...fresh, count: issue.count, message: counted(fresh.message, issue.count) };
}

const counted = (message: string, count: number) => `${message} (${count} times)`;

export function capIssues(all: readonly UrlIssue[]): UrlIssue[] {
  const issues = collapseIssues(all);
  if (issues.length <= MAX_ISSUES) return issues;
  const more = issues.length - MAX_ISSUES;
  return [...issues.slice(0, MAX_ISSUES), urlIssue(null, null, `and ${formatCount(more, 'more problem', 'more problems')}`)];
}
