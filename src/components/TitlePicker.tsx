import { useId } from 'react';
import type { Title } from '../domain/types';
import { useActions, useTitles } from '../state/hooks';
import type { SeriesStyle } from '../charts/seriesStyle';
import { Swatch } from './Swatch';

export function TitlePicker({ titles, styles }: { titles: readonly Title[]; styles: ReadonlyMap<string, SeriesStyle> }) {
  const selected = useTitles();
  const { titleToggled } = useActions();
  const id = useId();
  return (
    <fieldset className="control">
      <legend className="control__label">Titles</legend>
      <ul className="title-picker">
        {titles.map((t) => {
          const checked = selected.includes(t.id);
          const last = checked && selected.length === 1;
          const style = styles.get(t.id);
          const reasonId = `${id}-${t.id}-reason`;
          return (
            <li key={t.id} className={last ? 'title-picker__last' : undefined}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={checked}
                  aria-disabled={last || undefined}
                  aria-describedby={last ? reasonId : undefined}
                  onChange={() => titleToggled(t.id)}
                />
                {style && <Swatch style={style} />}
                <span>{t.name}</span>
              </label>
              {last && (
                <span id={reasonId} className="check__reason">
                  Stays ticked: the chart needs at least one title. Tick another to swap.
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
