import { formatDate } from '../domain/format';
import { addDays } from '../domain/dates';
import type { DatasetSource } from '../domain/types';

export function SourceLine({ source }: { source: DatasetSource }) {
  return (
    <p className="source">
      Source: Netflix, global weekly Top 10 (<code>{source.file}</code>), weeks of {formatDate(addDays(source.firstWeek, -6))} to{' '}
      {formatDate(source.lastWeek)}. Data covers up to the week ending {formatDate(source.lastWeek)}. Hours are as Netflix publishes them, rounded by Netflix.
    </p>
  );
}
