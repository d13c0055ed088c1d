/**
 * Runs `task` just after the next frame is painted: a requestAnimationFrame callback runs before
 * the paint, and a task it posts runs after it. Returns a function that cancels whatever is left.
 * Where frames are not drawn (no requestAnimationFrame: the prerender, some test DOMs), a task
 * posted now does the same job.
 */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
