import { memo } from 'react';
import type { TitleFacts } from '../domain/catalog/titleFacts';
import { formatDate, formatInt } from '../domain/format';

interface TitleOptionProps {
  id: string;
  facts: TitleFacts;
  active: boolean;
  chosen: boolean;
  /** The title's rank in the latest week, under "On the list this week". */
  rankThisWeek?: number;
  onPick: (id: string) => void;
}

/** One option of the title search: the name, then what tells two titles with one name apart. */
function TitleOptionView({ id, facts, active, chosen, rankThisWeek, onPick }: TitleOptionProps) {
  const weeks = `${formatInt(facts.weeksOnList)} ${facts.weeksOnList === 1 ? 'week' : 'weeks'}`;
  return (
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- keys pick through the search box (aria-activedescendant), as the combobox pattern has it
    <li
      id={id}
      role="option"
      aria-selected={active}
      aria-disabled={chosen || undefined}
      className={`title-search__option${active ? ' is-active' : ''}`}
      // Keep focus in the box: a click must not blur it before the pick lands.
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => onPick(facts.id)}
    >
      <span className="title-search__name">
        {rankThisWeek !== undefined && <span className="title-search__rank">#{rankThisWeek} </span>}
        {facts.name}
        {chosen && <span className="title-search__chosen"> (in the chart)</span>}
      </span>
      <span className="title-search__facts">
        {facts.category} · first on the list {formatDate(facts.firstWeek)} · {weeks} · peak #{facts.peakRank}
      </span>
    </li>
  );
}

/** Memoised: a keystroke that leaves an option where it was does not render it again. */
export const TitleOption = memo(TitleOptionView);
