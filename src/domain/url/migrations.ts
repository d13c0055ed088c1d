import type { RawParam } from './params';

/**
 * A change to the link format. Old links keep working because every migration runs, oldest
 * first, on the decoded key/value list before any key is parsed; no version key is written.
 * A migration must accept lists it has nothing to do for (including already-migrated ones)
 * and return them unchanged.
 */
export interface UrlMigration {
  /** ISO date the format changed: the order migrations run in. */
  date: string;
  /** Why the format changed, for the next person to read. */
  why: string;
  apply(params: readonly RawParam[]): RawParam[];
}

/** Oldest first; append, never reorder (docs/url.md). */
export const MIGRATIONS: readonly UrlMigration[] = [
  {
    date: '2026-11-24',
    why: 'People type links by hand and join titles with "+" or ",". Form decoding has already turned "+" into a space, so spaces and commas in titles become the "~" separator. Ids never hold either.',
    apply: (params) => params.map((p) => (p.key === 'titles' ? { ...p, value: p.value.replace(/[ ,]/g, '~') } : p)),
  },
];

export function migrate(params: readonly RawParam[], migrations: readonly UrlMigration[] = MIGRATIONS): RawParam[] {
  return migrations.reduce<RawParam[]>((current, m) => m.apply(current), [...params]);
}
