import { memo } from 'react';
import { formatDate } from '../domain/format';
import type { DatasetSource } from '../domain/types';

function SourceLineView({ source }: { source: DatasetSource }) {
  return (
    <p className="source">
      Source: <a href="https://www.netflix.com/tudum/top10">Netflix, global weekly Top 10</a> (<code>{source.file}</code>, weeks ending{' '}
      {formatDate(source.firstWeek)} to {formatDate(source.lastWeek)}). Data covers up to the week ending {formatDate(source.lastWeek)}.
      Hours viewed as Netflix publishes them (rounded by Netflix to 10,000 until June 2023, to 100,000 since).
    </p>
  );
}

/** Memoised: the panel around it re-renders on every click (its busy mark); the source changes with the data only. */
export const SourceLine = memo(SourceLineView);
