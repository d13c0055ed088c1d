import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../renderApp';

afterEach(() => vi.unstubAllGlobals());

describe('a click while the panels catch up', { timeout: 20_000 }, () => {
  it('marks the chart and the totals busy at once, never as current, and clears the mark with the new view', async () => {
    await renderApp();
    const chart = screen.getByRole('region', { name: 'Weekly hours viewed, weeks 1–8 in the Top 10' });
    const totals = screen.getByRole('region', { name: 'Totals' });
    fireEvent.click(within(screen.getByRole('radiogroup', { name: 'Metric' })).getByRole('radio', { name: 'Cumulative hours' }));
    // Same task as the click: the old figures are still there, and say they are being replaced.
    expect(chart).toHaveAttribute('aria-busy', 'true');
    expect(totals).toHaveAttribute('aria-busy', 'true');
    expect(chart).toHaveAccessibleName('Weekly hours viewed, weeks 1–8 in the Top 10');
    await waitFor(() => expect(chart).toHaveAccessibleName('Cumulative hours viewed, weeks 1–8 in the Top 10'));
    expect(chart).not.toHaveAttribute('aria-busy');
    expect(totals).not.toHaveAttribute('aria-busy');
  });
});
