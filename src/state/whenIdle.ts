interface IdleWindow {
  requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
}

/**
 * Runs `task` once the page is idle (or after `fallbackMs` where the browser has no
 * requestIdleCallback). Returns a function that cancels the wait.
 */
export function whenIdle(task: () => void, { fallbackMs = 2000, timeoutMs = 10_000 } = {}): () => void {
  const { requestIdleCallback: idle, cancelIdleCallback: cancel } = globalThis as IdleWindow;
  if (idle) {
    const handle = idle(task, { timeout: timeoutMs });
    return () => cancel?.(handle);
  }
  const timer = setTimeout(task, fallbackMs);
  return () => clearTimeout(timer);
}
