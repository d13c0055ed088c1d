import { useId } from 'react';

export interface RadioOption<T extends string> {
  value: T;
  label: string;
  disabled?: boolean;
}

interface RadioGroupProps<T extends string> {
  name: string;
  options: readonly RadioOption<T>[];
  value: T;
  onChange: (value: T) => void;
  hint?: string;
}

/** Native radios: arrow keys move the choice, Tab leaves the group, as screen readers expect. */
export function RadioGroup<T extends string>({ name, options, value, onChange, hint }: RadioGroupProps<T>) {
  const id = useId();
  return (
    <fieldset className="control" role="radiogroup" aria-labelledby={`${id}-legend`}>
      <legend id={`${id}-legend`} className="control__label">
        {name}
      </legend>
      <div className="segmented">
        {options.map((o) => (
          <label key={o.value} className="segmented__option" data-disabled={o.disabled ? '' : undefined}>
            <input
              type="radio"
              name={id}
              value={o.value}
              checked={value === o.value}
              disabled={o.disabled}
              onChange={() => onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {hint && <p className="control__hint">{hint}</p>}
    </fieldset>
  );
}
