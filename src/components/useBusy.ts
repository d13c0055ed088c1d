import { useLayoutEffect, type RefObject } from 'react';
import type { StaleFlag } from '../state/useComparison';

/** How long a panel may show the previous view before its figures dim: most updates land sooner. */
export const DIM_AFTER_MS = 100;

/**
 * While the panel shows the previous view it is `aria-busy`, and once that has lasted a tenth of
 * a second its figures dim (`data-dim`, styles.css); an update that lands sooner never dims them.
 *
 * Written on the element, not rendered: a click then re-renders only its own control, not the
 * panels around the chart, and the dimming's style change and transition cost the click's frame
 * nothing.
 */
export function useBusy(panel: RefObject<HTMLElement | null>, flag: StaleFlag): void {
  useLayoutEffect(() => {
    const element = panel.current;
    if (!element) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = (stale: boolean) => {
      clearTimeout(timer);
      if (stale) {
        element.setAttribute('aria-busy', 'true');
        timer = setTimeout(() => element.setAttribute('data-dim', ''), DIM_AFTER_MS);
      } else {
        element.removeAttribute('aria-busy');
        element.removeAttribute('data-dim');
      }
    };
    show(flag.getState().stale);
    const unsubscribe = flag.subscribe((now, before) => {
      if (now.stale !== before.stale) show(now.stale);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [panel, flag]);
}
