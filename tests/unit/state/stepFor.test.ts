import { stepFor } from '../../../src/state/stepFor';

function* tenSteps() {
  for (let i = 0; i < 10; i++) yield i;
  return 'built';
}

/** A clock that moves on `ms` each time it is read. */
function clock(ms: number) {
  let t = 0;
  return () => (t += ms);
}

describe('stepFor: as many steps as fit in a task', () => {
  it.each([
    // [ms per clock read, budget, steps per call until done]
    [3, 8, [3, 3, 3, 2]],
    [10, 8, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]],
    [1, 100, [11]],
  ])('a clock of %i ms a read and a budget of %i ms take %j steps per call', (tick, budget, expected) => {
    const steps = tenSteps();
    let taken = 0;
    const counted = (function* () {
      for (;;) {
        const next = steps.next();
        taken += 1;
        if (next.done) return next.value;
        yield;
      }
    })();
    const now = clock(tick);
    const perCall: number[] = [];
    let result: { value: string } | undefined;
    while (!result) {
      const before = taken;
      result = stepFor(counted, budget, now);
      perCall.push(taken - before);
    }
    expect(perCall).toEqual(expected);
    expect(result.value).toBe('built');
  });
});
