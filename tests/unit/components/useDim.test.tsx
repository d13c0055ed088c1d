import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DIM_AFTER_MS, useDim } from '../../../src/components/useDim';

function Panel({ stale }: { stale: boolean }) {
  const panel = useRef<HTMLElement>(null);
  useDim(panel, stale);
  return (
    <section ref={panel} aria-label="Panel">
      figures
    </section>
  );
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useDim', () => {
  it('dims a panel only once it has been stale for a tenth of a second', () => {
    const { rerender } = render(<Panel stale={false} />);
    const panel = screen.getByRole('region', { name: 'Panel' });
    rerender(<Panel stale />);
    act(() => {
      vi.advanceTimersByTime(DIM_AFTER_MS - 1);
    });
    expect(panel).not.toHaveAttribute('data-dim');
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(panel).toHaveAttribute('data-dim');
    rerender(<Panel stale={false} />);
    expect(panel).not.toHaveAttribute('data-dim');
  });

  it('never dims a panel whose update lands sooner', () => {
    const { rerender } = render(<Panel stale />);
    const panel = screen.getByRole('region', { name: 'Panel' });
    act(() => {
      vi.advanceTimersByTime(DIM_AFTER_MS - 10);
    });
    rerender(<Panel stale={false} />);
    act(() => {
      vi.advanceTimersByTime(DIM_AFTER_MS * 5);
    });
    expect(panel).not.toHaveAttribute('data-dim');
  });
});
