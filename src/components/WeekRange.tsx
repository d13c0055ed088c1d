import { useId, useMemo } from 'react';
import { useActions, useAlign, useTitles, useWeeks } from '../state/hooks';
import { longestRun } from '../domain/comparison/place';
import type { Title } from '../domain/types';
import type { Catalog } from '../domain/view';
import { formatWeekSpan } from '../domain/format';

/** "weeks 1–8" opens the hint, so it takes a capital. */
const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const UNITS = { top10: 'week in the Top 10', premiere: 'week since premiere', calendar: 'week in the Top 10' } as const;

/** Two sliders; moving one past the other pushes it along rather than inverting the range. */
export function WeekRange({ catalog, titles }: { catalog: Catalog; titles?: readonly Title[] }) {
  const [from, to] = useWeeks();
  const align = useAlign();
  const selected = useTitles();
  const { weekRangeChanged, dragStarted, dragEnded } = useActions();
  const id = useId();
  // A pointer drag is one history entry; the pointer may be released outside the slider.
  const onPointerDown = () => {
    dragStarted();
    const end = () => {
      window.removeEventListener('pointerup', end);
      window.removeEventListener('pointercancel', end);
      dragEnded();
    };
    window.addEventListener('pointerup', end);
    window.addEventListener('pointercancel', end);
  };
  // The sliders reach as far as the longest run among the ticked titles (a link may still ask
  // for more: the catalog-wide clamp is the URL's, and the thumb then sits at the range's end).
  const longest = useMemo(
    () => (titles ? longestRun(titles, selected, align) : catalog.maxWeek[align]),
    [titles, selected, align, catalog],
  );
  const max = Math.min(catalog.maxWeek[align], Math.max(longest, to));
  return (
    <fieldset className="control">
      <legend className="control__label">Weeks</legend>
      <div className="range">
        <div className="range__row">
          <label htmlFor={`${id}-from`} className="range__name">
            First week
          </label>
          <input
            id={`${id}-from`}
            type="range"
            min={1}
            max={max}
            value={from}
            onPointerDown={onPointerDown}
            onChange={(e) => weekRangeChanged([Number(e.target.value), Math.max(Number(e.target.value), to)])}
          />
          <output htmlFor={`${id}-from`} className="range__value">
            {from}
          </output>
        </div>
        <div className="range__row">
          <label htmlFor={`${id}-to`} className="range__name">
            Last week
          </label>
          <input
            id={`${id}-to`}
            type="range"
            min={1}
            max={max}
            value={to}
            onPointerDown={onPointerDown}
            onChange={(e) => weekRangeChanged([Math.min(from, Number(e.target.value)), Number(e.target.value)])}
          />
          <output htmlFor={`${id}-to`} className="range__value">
            {to}
          </output>
        </div>
      </div>
      <p className="control__hint">
        {sentenceCase(formatWeekSpan([from, to]))} of {max}, counted by {UNITS[align]}.
      </p>
    </fieldset>
  );
}
