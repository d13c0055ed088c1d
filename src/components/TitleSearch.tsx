import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { TitleFacts } from '../domain/catalog/titleFacts';
import { CATEGORIES } from '../domain/netflixColumns';
import { formatDate, formatInt } from '../domain/format';
import type { WeekTable } from '../domain/catalog/weekTable';
import type { Category } from '../domain/types';
import { stepFor } from '../state/stepFor';
import { TitleOption } from './TitleOption';

export interface TitleSearchProps {
  /** The catalog's weeks by column, once it has arrived. */
  table: WeekTable | undefined;
  selectedIds: readonly string[];
  onAdd: (id: string) => void;
  status: 'loading' | 'error' | 'ready';
  onRetry: () => void;
  error?: string;
  max?: number;
}

type Mode = 'search' | 'thisWeek';

type SearchCode = typeof import('../domain/catalog/search');
type SearchIndex = import('../domain/catalog/search').SearchIndex;

/** How long one task of the search index's building may run before the page gets its turn. */
const INDEX_TASK_MS = 8;

/** "Add a title": an ARIA APG combobox over every title, with a list filter and this week's titles. */
export function TitleSearch({ table, selectedIds, onAdd, status: catalogStatus, onRetry, error, max = 8 }: TitleSearchProps) {
  const uid = useId();
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<Category | null>(null);
  const [mode, setMode] = useState<Mode>('search');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [message, setMessage] = useState('');
  // Normalised words for every title, once per catalog and only once the reader reaches for the
  // box: a keystroke then only compares, and the catalog's arrival costs the page nothing here.
  // The search code itself loads then too: the first view does not carry it.
  const [engaged, setEngaged] = useState(false);
  const [code, setCode] = useState<SearchCode | null>(null);
  const [codeFailed, setCodeFailed] = useState(false);
  useEffect(() => {
    if (!engaged || code || codeFailed) return;
    let live = true;
    import('../domain/catalog/search').then(
      (m) => live && setCode(m),
      () => live && setCodeFailed(true),
    );
    return () => {
      live = false;
    };
  }, [engaged, code, codeFailed]);
  // Built a slice of titles per task: the catalog may arrive while the box is open.
  const [built, setBuilt] = useState<{ table: WeekTable; index: SearchIndex } | null>(null);
  useEffect(() => {
    if (!table || !code || built?.table === table) return;
    const steps = code.searchIndexSteps(table);
    let timer: ReturnType<typeof setTimeout> | undefined;
    // As many slices as fit in a few milliseconds, then the page's turn: cold, the first
    // slices take longer than warm ones, so a fixed count per task made one long task.
    const step = () => {
      const finished = stepFor(steps, INDEX_TASK_MS);
      if (finished) setBuilt({ table, index: finished.value });
      else timer = setTimeout(step, 0);
    };
    step();
    return () => clearTimeout(timer);
  }, [table, code, built]);
  const index = built && built.table === table ? built.index : null;
  const status = codeFailed ? 'error' : catalogStatus;
  const { items, more } = useMemo((): { items: { facts: TitleFacts; rank?: number }[]; more: number } => {
    if (!index || !code) return { items: [], more: 0 };
    if (mode === 'thisWeek') return { items: code.onTheListThisWeek(index, category), more: 0 };
    const found = code.searchTitles(index, query, { category });
    return { items: found.options.map((facts) => ({ facts })), more: found.more };
  }, [index, code, mode, query, category]);
  const chosen = new Set(selectedIds);
  const optionId = (i: number) => `${uid}-option-${i}`;
  const expanded = open && status === 'ready' && index !== null;

  const pick = (id: string) => {
    const facts = items.find((item) => item.facts.id === id)?.facts;
    if (!facts) return;
    if (chosen.has(id)) {
      setMessage(`${facts.name} is already in the chart.`);
      return;
    }
    if (selectedIds.length >= max) {
      setMessage(`Up to ${max} titles can be compared at once: remove one to add ${facts.name}.`);
      return;
    }
    onAdd(id);
    setMessage(`Added ${facts.name}.`);
    setQuery('');
    setOpen(false);
    setActive(0);
  };
  // One callback for every option, for the box's whole life: options whose props stay the same
  // (most of them, when a keystroke leaves the list as it was) are then not rendered again.
  const latestPick = useRef(pick);
  useLayoutEffect(() => {
    latestPick.current = pick;
  });
  const onPick = useCallback((id: string) => latestPick.current(id), []);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const last = items.length - 1;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) {
        setOpen(true);
        return;
      }
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (last < 0 ? 0 : (a + step + last + 1) % (last + 1)));
    } else if (e.key === 'Enter' && expanded && items[active]) {
      e.preventDefault();
      pick(items[active].facts.id);
    } else if (e.key === 'Escape') {
      if (open) setOpen(false);
      else setQuery('');
    } else if (e.key === 'Home' && expanded) {
      setActive(0);
    } else if (e.key === 'End' && expanded) {
      setActive(Math.max(0, last));
    }
  };

  const heading =
    mode === 'thisWeek' && index
      ? `On the list the week ending ${formatDate(index.latestWeek)}`
      : query.trim() === ''
        ? 'Biggest titles (hours in their first 8 weeks)'
        : null;

  return (
    <div className="title-search">
      <div className="title-search__controls">
        <label className="title-search__label" htmlFor={`${uid}-input`}>
          Add a title
        </label>
        <input
          id={`${uid}-input`}
          className="title-search__input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${uid}-listbox`}
          aria-activedescendant={expanded && items[active] ? optionId(active) : undefined}
          aria-describedby={`${uid}-status`}
          placeholder="Search 3,836 shows and films"
          value={query}
          onChange={(e) => {
            setEngaged(true);
            setQuery(e.target.value);
            setMode('search');
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => {
            setEngaged(true);
            setOpen(true);
          }}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <label className="title-search__label" htmlFor={`${uid}-category`}>
          List
        </label>
        <select
          id={`${uid}-category`}
          className="title-search__category"
          value={category ?? ''}
          onChange={(e) => {
            setCategory((CATEGORIES as readonly string[]).includes(e.target.value) ? (e.target.value as Category) : null);
            setActive(0);
          }}
        >
          <option value="">All four lists</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--quiet"
          aria-pressed={mode === 'thisWeek'}
          disabled={status !== 'ready'}
          onClick={() => {
            setEngaged(true);
            setMode((m) => (m === 'thisWeek' ? 'search' : 'thisWeek'));
            setActive(0);
            setOpen(true);
          }}
        >
          On the list this week
        </button>
      </div>
      <div className="title-search__popup" hidden={!expanded}>
        {heading && <p className="title-search__heading">{heading}</p>}
        <ul id={`${uid}-listbox`} role="listbox" aria-label="Titles" className="title-search__list">
          {/* Drawn only while open: a tick elsewhere re-renders this box, and must stay cheap. */}
          {expanded &&
            items.map((item, i) => (
              <TitleOption
                key={item.facts.id}
                id={optionId(i)}
                facts={item.facts}
                rankThisWeek={item.rank}
                active={i === active}
                chosen={chosen.has(item.facts.id)}
                onPick={onPick}
              />
            ))}
        </ul>
        {expanded && items.length === 0 && <p className="title-search__empty">No title matches “{query}”.</p>}
        {more > 0 && <p className="title-search__more">{formatInt(more)} more: refine your search</p>}
      </div>
      <div id={`${uid}-status`} role="status" className="title-search__status">
        {(status === 'loading' || (status === 'ready' && engaged && !index)) && 'Loading every title Netflix has listed…'}
        {status === 'ready' && message}
      </div>
      {status === 'error' && (
        <div role="alert" className="title-search__error">
          <p>
            {codeFailed
              ? 'The search could not be loaded: check your connection.'
              : (error ?? 'The list of all titles could not be loaded.')}{' '}
            The comparison above still works.
          </p>
          <button type="button" className="button" onClick={codeFailed ? () => setCodeFailed(false) : onRetry}>
            Retry
          </button>
        </div>
      )}
    </div>
  );
}
