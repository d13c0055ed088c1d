import { useId, useState } from 'react';
import { formatCount } from '../domain/format';

/** A note and the footnote mark the chart and the table use for it. */
export interface MarkedNote {
  mark: string;
  text: string;
}
/**
 * The caveats beside the chart. On a phone the box is one line ("Read with care: 3 notes",
 * Show) so the chart stays on the first screen; the stylesheet decides by width, so the
 * prerendered page is right before any script runs. On wide screens every note shows.
 */
export function CaveatsBox({ notes, keyNote }: { notes: readonly MarkedNote[]; keyNote: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  if (notes.length === 0) return null;
  return (
    <aside className="caveats" aria-label="Read with care" data-open={open ? '' : undefined}>
      <div className="caveats__head">
        <p className="caveats__title">
          Read with care<span className="caveats__count">: {formatCount(notes.length, 'note')}</span>
        </p>
        <button
          type="button"
          className="link-button caveats__toggle"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? 'Hide' : 'Show'}
        </button>
      </div>
      <div id={id} className="caveats__body">
        <ul>
          {notes.map((n) => (
            <li key={n.mark}>
              <span className="caveats__mark" aria-hidden="true">
                {n.mark}
              </span>{' '}
              {n.text}
            </li>
          ))}
        </ul>
        {keyNote && <p className="caveats__key">{keyNote}</p>}
      </div>
    </aside>
  );
}
