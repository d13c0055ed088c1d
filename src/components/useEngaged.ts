import { startTransition, useEffect, useState } from 'react';
import { engage, isEngaged, onEngaged } from '../charts/engagement';

const ENGAGING = ['pointerdown', 'keydown', 'focusin', 'touchstart'] as const;
let listening = false;

/** The first press, key, tap or focus anywhere on the page engages the chart (engagement.ts). */
function listen(): void {
  if (listening || isEngaged()) return;
  listening = true;
  const onEvent = () => {
    for (const type of ENGAGING) document.removeEventListener(type, onEvent, { capture: true });
    listening = false;
    engage();
  };
  for (const type of ENGAGING) document.addEventListener(type, onEvent, { capture: true, passive: true });
}

/**
 * Whether recharts draws the chart. It turns true in a transition: the static chart stays on
 * screen while recharts' code loads, instead of a skeleton.
 */
export function useEngaged(): boolean {
  const [now, setNow] = useState(isEngaged);
  useEffect(() => {
    if (now) return;
    const turn = () => startTransition(() => setNow(true));
    if (isEngaged()) {
      turn();
      return;
    }
    listen();
    return onEngaged(turn);
  }, [now]);
  return now;
}
