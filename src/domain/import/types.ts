import type { Dataset, NetflixLayout, NetflixRow, Title } from '../types';

/** One episode batch from Netflix's launch details ("episodes 1-5 on 2023-11-22"). */
export interface EpisodeLaunch {
  episodes: string | null;
  /** ISO date, where the details give one. */
  launchDate: string | null;
}

/**
 * What the 11- and 12-column layouts say about how a title was released. Absent from 7- and
 * 9-column files: unknown, not "all at once".
 */
export interface LaunchFacts {
  /** Netflix's is_staggered_launch: episodes released over several weeks. */
  staggered: boolean | null;
  /** Parsed episode_launch_details / episode_launch_dtls; empty when the cell is blank. */
  episodes: EpisodeLaunch[];
  /** The cell as Netflix wrote it, kept when it is not the JSON we expect. */
  raw: string | null;
}

export interface ImportRow extends NetflixRow {
  launch?: LaunchFacts;
}

/** A title as the importer builds it: `launch` feeds the caveats (a weekly-episode launch). */
export interface ImportedTitle extends Title {
  launch?: LaunchFacts;
}

export interface ImportedFile {
  layout: NetflixLayout;
  rows: ImportRow[];
  firstWeek: string;
  lastWeek: string;
}

export interface ImportedDataset extends Dataset {
  titles: ImportedTitle[];
}
