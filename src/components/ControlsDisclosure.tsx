import { useId, useRef, useState, type ReactNode } from 'react';

/**
 * On a phone the controls wait behind a "Change the chart" button, so a shared link opens on
 * its chart. Width is the stylesheet's business (a media query), so the prerendered page is
 * right before any script runs and the DOM, and the Tab order with it, is the same at every
 * width; on wide screens the button is hidden and the panel always shows. Opening is local
 * state: it adds no history entry.
 */
export function ControlsDisclosure({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  return (
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- Escape from anywhere in the panel closes it: a delegated listener, not a control
    <div
      className="controls"
      data-open={open ? '' : undefined}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        setOpen(false);
        button.current?.focus();
      }}
    >
      <button
        ref={button}
        type="button"
        className="button button--quiet controls__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        Change the chart
      </button>
      <div id={id} className="controls__panel">
        {children}
      </div>
    </div>
  );
}
