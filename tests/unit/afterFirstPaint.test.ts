import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from '../../src/afterFirstPaint';

/** A browser's paint timing, driven by the test: paint(name) records an entry and tells the observers. */
function stubPaintTiming(supported = true) {
  const entries: string[] = [];
  const observers: (() => void)[] = [];
  class Observer {
    static supportedEntryTypes = supported ? ['paint', 'longtask'] : ['longtask'];
    constructor(private readonly callback: () => void) {}
    observe() {
      observers.push(this.callback);
    }
    disconnect() {
      observers.splice(observers.indexOf(this.callback), 1);
    }
  }
  vi.stubGlobal('PerformanceObserver', Observer);
  vi.spyOn(performance, 'getEntriesByName').mockImplementation((name) => (entries.includes(name) ? [{ name } as PerformanceEntry] : []));
  return {
    paint(name: string) {
      entries.push(name);
      for (const notify of [...observers]) notify();
    },
    observing: () => observers.length,
  };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('afterFirstPaint', () => {
  it('starts the app once the first contentful paint is on screen, not at the first frame', () => {
    const timing = stubPaintTiming();
    const run = vi.fn();
    afterFirstPaint(run, 2000);
    vi.advanceTimersByTime(500);
    timing.paint('first-paint');
    vi.advanceTimersByTime(100);
    expect(run).not.toHaveBeenCalled();
    timing.paint('first-contentful-paint');
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    expect(timing.observing()).toBe(0);
    // The fallback timer, when it fires later, does not start it again.
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('starts it anyway after the wait when nothing is painted (a page opened in the background)', () => {
    stubPaintTiming();
    const run = vi.fn();
    afterFirstPaint(run, 2000);
    vi.advanceTimersByTime(1999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['the browser has no paint timing', false, false],
    ['the paint has already happened', true, true],
  ])('waits only for a frame where %s', (_case, supported, painted) => {
    const timing = stubPaintTiming(supported);
    if (painted) timing.paint('first-contentful-paint');
    const run = vi.fn();
    afterFirstPaint(run, 2000);
    expect(timing.observing()).toBe(0);
    vi.advanceTimersToNextFrame();
    // Then a task of its own (a timer nested in a callback waits at least 1 ms).
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
