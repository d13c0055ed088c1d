import './dialog.css';
import { useEffect, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  title: string;
  onClose: () => void;
  className?: string;
  children: ReactNode;
}

/**
 * A native modal <dialog>: the browser traps focus inside it, makes the page behind it inert,
 * closes it on Escape and hands focus back. Mounted open; closing unmounts it.
 */
export function ModalDialog({ title, onClose, className, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    // jsdom and very old browsers lack showModal: an open non-modal dialog still shows and works.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    // showModal focuses the first control; the fallback must do it by hand.
    if (!dialog.contains(document.activeElement)) dialog.querySelector<HTMLElement>('button, input, textarea')?.focus();
  }, []);
  const id = `dialog-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const close = () => {
    const dialog = ref.current;
    // close() fires the close event, which calls onClose; without it (jsdom), call it directly.
    if (dialog?.open && typeof dialog.close === 'function') dialog.close();
    else onClose();
  };
  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={id}
      onClose={onClose}
      onKeyDown={(e) => {
        // Browsers close a modal on Escape themselves; this covers the non-modal fallback too.
        if (e.key !== 'Escape') return;
        e.preventDefault();
        close();
      }}
    >
      <div className="dialog__head">
        <h2 id={id} className="dialog__title">
          {title}
        </h2>
        <button type="button" className="button button--quiet dialog__close" onClick={close}>
          Close
        </button>
      </div>
      {children}
    </dialog>
  );
}
