import { useCatalog } from '../state/CatalogContext';
import { MAX_TITLES } from '../domain/view';
import { useActions, useTitles } from '../state/hooks';
import { TitleSearch } from './TitleSearch';

/** The search bound to the catalog and the view: reaching for it fetches every title at once. */
export function TitleSearchBox() {
  const catalog = useCatalog();
  const selected = useTitles();
  const { titleAdded } = useActions();
  return (
    <div className="control filters__search" onFocusCapture={catalog.status === 'loading' ? catalog.want : undefined}>
      <TitleSearch
        table={catalog.full}
        selectedIds={selected}
        onAdd={titleAdded}
        status={catalog.status}
        onRetry={catalog.retry}
        error={catalog.error}
        max={MAX_TITLES}
      />
    </div>
  );
}
