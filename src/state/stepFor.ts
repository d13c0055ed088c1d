/**
 * Runs a generator's steps for up to `ms` milliseconds (at least one step), then stops so the page
 * gets its turn. Returns the generator's result once it is done, else undefined: call again from
 * a later task. A fixed count of steps per task does not fit every machine, nor cold code and
 * warm alike.
 */
export function stepFor<T>(
  steps: Generator<unknown, T, undefined>,
  ms: number,
  now: () => number = () => performance.now(),
): { value: T } | undefined {
  const until = now() + ms;
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value };
    if (now() >= until) return undefined;
  }
}
