import { useEffect } from 'react';

/**
 * Marks the page live (`<html data-ready>`) once React has taken over the prerendered HTML, and
 * lifts the veil main.tsx puts over a prerendered default view that a link is about to replace.
 * The e2e suite waits for data-ready.
 */
export function ReadyMarker() {
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.ready = 'true';
    delete root.dataset.pending;
  }, []);
  return null;
}
