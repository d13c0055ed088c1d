import type { EmptyRange } from '../domain/comparison/types';
import { useFigureDrawn } from '../state/CatalogContext';
import { useActions } from '../state/hooks';

/** An empty range is said, not drawn as blank axes, with the way back one click away. */
export function EmptyRangeMessage({ empty }: { empty: EmptyRange }) {
  const { weekRangeChanged } = useActions();
  useFigureDrawn();
  const { suggestion } = empty;
  return (
    <div className="figure__empty" role="status">
      <p>{empty.message}</p>
      {suggestion && (
        <button type="button" className="button" onClick={() => weekRangeChanged(suggestion)}>
          {empty.suggestionLabel}
        </button>
      )}
    </div>
  );
}
