/**
 * The first view's chart is drawn as plain SVG (StaticChart.tsx): recharts' code and its mount were
 * the longest tasks of start-up, and a reader who only reads needs neither. recharts takes over
 * the first time the reader reaches for the page: a pointer over the chart, any press or tap, a
 * key, focus. What they did to the static chart then is done again to recharts' (`takePending`),
 * so a hover shows its tooltip and a tap its card, and focus stays on the chart. The page's
 * own listeners (useEngaged.ts) call `engage` on the first press, key or focus anywhere.
 */
let engaged = false;
const listeners = new Set<() => void>();

/** What the reader did to the static chart, to do again once recharts has drawn. */
export interface PendingGesture {
  kind: 'hover' | 'tap';
  x: number;
  y: number;
}
let pending: PendingGesture | null = null;
let focusPending = false;
/** Arrow, Home and End keys pressed on the static chart, stepped through once recharts is there. */
let keysPending: string[] = [];

export function engage(): void {
  if (engaged) return;
  engaged = true;
  for (const listener of [...listeners]) listener();
  listeners.clear();
}

/** Calls `listener` once, on engagement; returns the unsubscribe. */
export function onEngaged(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function isEngaged(): boolean {
  return engaged;
}

export function notePending(gesture: PendingGesture | null, focus = false, key?: string): void {
  pending = gesture ?? pending;
  focusPending ||= focus;
  if (key) keysPending.push(key);
}

/** What the static chart received, once: the interactive chart does it again. */
export function takePending(): { gesture: PendingGesture | null; focus: boolean; keys: string[] } {
  const out = { gesture: pending, focus: focusPending, keys: keysPending };
  pending = null;
  focusPending = false;
  keysPending = [];
  return out;
}

/** Tests start each render afresh, as a new page would. */
export function resetEngagement(): void {
  engaged = false;
  pending = null;
  focusPending = false;
  keysPending = [];
  listeners.clear();
}
