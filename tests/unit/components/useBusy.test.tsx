import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand';
import { DIM_AFTER_MS, useBusy } from '../../../src/components/useBusy';
import type { StaleFlag } from '../../../src/state/useComparison';

const renders = vi.fn();

function Panel({ flag }: { flag: StaleFlag }) {
  const panel = useRef<HTMLElement>(null);
  useBusy(panel, flag);
  renders();
  return (
    <section ref={panel} aria-label="Panel">
      figures
    </section>
  );
}

function setup(stale = false) {
  const flag: StaleFlag = createStore(() => ({ stale }));
  render(<Panel flag={flag} />);
  renders.mockClear();
  return { flag, panel: screen.getByRole('region', { name: 'Panel' }) };
}

const wait = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useBusy', () => {
  it('marks a stale panel busy at once and dims it once that has lasted a tenth of a second, without rendering it', () => {
    const { flag, panel } = setup();
    expect(panel).not.toHaveAttribute('aria-busy');
    act(() => flag.setState({ stale: true }));
    expect(panel).toHaveAttribute('aria-busy', 'true');
    wait(DIM_AFTER_MS - 1);
    expect(panel).not.toHaveAttribute('data-dim');
    wait(1);
    expect(panel).toHaveAttribute('data-dim');
    act(() => flag.setState({ stale: false }));
    expect(panel).not.toHaveAttribute('aria-busy');
    expect(panel).not.toHaveAttribute('data-dim');
    expect(renders).not.toHaveBeenCalled();
  });

  it('never dims a panel whose update lands sooner', () => {
    const { flag, panel } = setup();
    act(() => flag.setState({ stale: true }));
    wait(DIM_AFTER_MS - 10);
    act(() => flag.setState({ stale: false }));
    wait(DIM_AFTER_MS * 5);
    expect(panel).not.toHaveAttribute('data-dim');
    expect(panel).not.toHaveAttribute('aria-busy');
  });

  it('shows a panel that mounts while stale as busy', () => {
    const { panel } = setup(true);
    expect(panel).toHaveAttribute('aria-busy', 'true');
  });
});
