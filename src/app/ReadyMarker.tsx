import { useEffect } from 'react';

/**
 * Marks the page live (`<html data-ready>`) once React has taken over the prerendered HTML: lifts
 * the veil index.html puts over a prerendered default view that a link is about to replace, and
 * frees the controls main.tsx held inert. The e2e suite waits for data-ready.
 */
export function ReadyMarker() {
  useEffect(() => {
    const root = document.documentElement;
    for (const control of document.querySelectorAll<HTMLElement>('[data-until-ready]')) {
      control.inert = false;
      delete control.dataset.untilReady;
    }
    root.dataset.ready = 'true';
    delete root.dataset.pending;
  }, []);
  return null;
}
