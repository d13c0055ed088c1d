import './dialog.css';
import { useId, useRef, useState } from 'react';

interface CopyFieldProps {
  label: string;
  value: string;
  button: string;
  multiline?: boolean;
}

/** A read-only text with a Copy button; when the clipboard is refused, the text is selected for the reader to copy. */
export function CopyField({ label, value, button, multiline }: CopyFieldProps) {
  const id = useId();
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [said, setSaid] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setSaid('Copied');
    } catch {
      field.current?.select();
      setSaid('Selected: press Ctrl+C (⌘C on a Mac) to copy');
    }
  };
  const props = {
    id,
    ref: field,
    readOnly: true,
    value,
    className: 'copy-field__text',
    onFocus: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => e.currentTarget.select(),
  };
  return (
    <div className="copy-field">
      <label htmlFor={id} className="copy-field__label">
        {label}
      </label>
      <div className="copy-field__row">
        {multiline ? <textarea rows={3} {...props} /> : <input {...props} />}
        <button type="button" className="button button--quiet" onClick={() => void copy()}>
          {button}
        </button>
      </div>
      <span role="status" className="copy-field__status">
        {said}
      </span>
    </div>
  );
}
