import { useLayoutEffect, type RefObject } from 'react';

/** How long a panel may show the previous view before its figures dim: most updates land sooner. */
export const DIM_AFTER_MS = 100;

/**
 * A stale panel's figures dim (`data-dim`, styles.css) once it has been stale for a tenth of a
 * second; an update that lands sooner never dims them. Set from a timer, not in the click's
 * frame: the dimming's style change and its transition's events then cost that frame nothing.
 */
export function useDim(panel: RefObject<HTMLElement | null>, stale: boolean): void {
  useLayoutEffect(() => {
    const element = panel.current;
    if (!stale || !element) return;
    const timer = setTimeout(() => element.setAttribute('data-dim', ''), DIM_AFTER_MS);
    return () => {
      clearTimeout(timer);
      element.removeAttribute('data-dim');
    };
  }, [panel, stale]);
}
