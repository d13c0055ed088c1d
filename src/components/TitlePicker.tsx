import type { Title } from '../domain/types';
import { useActions, useTitles } from '../state/hooks';
import type { SeriesStyle } from '../charts/seriesStyle';
import { Swatch } from './Swatch';

export function TitlePicker({ titles, styles }: { titles: readonly Title[]; styles: ReadonlyMap<string, SeriesStyle> }) {
  const selected = useTitles();
  const { titleToggled } = useActions();
  return (
    <fieldset className="control">
      <legend className="control__label">Titles</legend>
      <ul className="title-picker">
        {titles.map((t) => {
          const checked = selected.includes(t.id);
          const last = checked && selected.length === 1;
          const style = styles.get(t.id);
          return (
            <li key={t.id}>
              <label className="check" title={last ? 'At least one title stays selected' : undefined}>
                <input type="checkbox" checked={checked} aria-disabled={last || undefined} onChange={() => titleToggled(t.id)} />
                {style && <Swatch style={style} />}
                <span>{t.name}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
