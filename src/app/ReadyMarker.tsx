import { useEffect } from 'react';

/**
 * Marks the page live (`<html data-ready>`) once React has taken over the prerendered HTML:
 * the e2e suite waits for it, and the stylesheet can tell a still-static page apart.
 */
export function ReadyMarker() {
  useEffect(() => {
    document.documentElement.dataset.ready = 'true';
  }, []);
  return null;
}
