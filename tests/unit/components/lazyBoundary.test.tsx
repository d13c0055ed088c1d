import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartSkeleton } from '../../../src/components/ChartSkeleton';
import { LazyBoundary } from '../../../src/components/LazyBoundary';
import { retryableLazy } from '../../../src/components/retryableLazy';

afterEach(() => vi.restoreAllMocks());

function Drawn({ label }: { label: string }) {
  return <p>{label}</p>;
}

/** A chunk whose first `failures` loads fail, as a blocked or offline request does. */
function flakyChunk(failures: number) {
  let calls = 0;
  const load = vi.fn(async () => {
    calls += 1;
    if (calls <= failures) throw new TypeError('Failed to fetch dynamically imported module');
    return { default: Drawn };
  });
  return { Part: retryableLazy(load), load };
}

function Panel({ Part }: { Part: ReturnType<typeof flakyChunk>['Part'] }) {
  return (
    <>
      <button type="button">A control outside the chart</button>
      <LazyBoundary what="chart" reload={Part.reload}>
        <Suspense fallback={<ChartSkeleton what="chart" />}>
          <Part label="The chart drew" />
        </Suspense>
      </LazyBoundary>
    </>
  );
}

describe('a lazy part that fails to load', () => {
  it('says so in its own box, keeps the rest, and a Retry loads it afresh', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { Part, load } = flakyChunk(1);
    const user = userEvent.setup();
    render(<Panel Part={Part} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The chart could not be loaded');
    expect(screen.getByRole('button', { name: 'A control outside the chart' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('The chart drew')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shows the message again when the Retry fails too', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { Part, load } = flakyChunk(2);
    const user = userEvent.setup();
    render(<Panel Part={Part} />);
    await user.click(await screen.findByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The chart could not be loaded');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('holds the box with an announced loading line while the code loads', () => {
    const Part = retryableLazy(() => new Promise<never>(() => undefined));
    render(<Panel Part={Part} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the chart…');
  });

  it('keeps what is still drawn without the code under a short message, and Retry replaces it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { Part } = flakyChunk(1);
    const user = userEvent.setup();
    render(
      <LazyBoundary what="chart" reload={Part.reload} stillDrawn={<p>The static chart</p>}>
        <Suspense fallback={<ChartSkeleton what="chart" />}>
          <Part label="The chart drew" />
        </Suspense>
      </LazyBoundary>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('The interactive chart could not be loaded');
    expect(screen.getByText('The static chart')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('The chart drew')).toBeInTheDocument();
    expect(screen.queryByText('The static chart')).toBeNull();
  });
});
