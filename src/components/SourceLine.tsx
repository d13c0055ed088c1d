import { formatDate } from '../domain/format';
import type { DatasetSource } from '../domain/types';

export function SourceLine({ source }: { source: DatasetSource }) {
  return (
    <p className="source">
      Source: Netflix, global weekly Top 10 (<code>{source.file}</code>, weeks ending {formatDate(source.firstWeek)} to {formatDate(source.lastWeek)}).
      Data covers up to the week ending {formatDate(source.lastWeek)}. Hours viewed as Netflix publishes them (Netflix rounds them to 10,000 until June 2023).
    </p>
  );
}
