import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../renderApp';
import { SG_PEAK } from '../../figures';

afterEach(() => vi.unstubAllGlobals());

describe('embed=1', { timeout: 20_000 }, () => {
  it('shows the chart’s figure and its way out, and no controls', async () => {
    // No totals in an embed: an empty reply list serves the shipped data without waiting for them.
    await renderApp({ url: '/?weeks=2..5&embed=1', replies: [] });
    expect(await screen.findByRole('heading', { name: 'Weekly hours viewed, weeks 2–5 in the Top 10' })).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Legend' })).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    for (const name of ['Copy link', 'Download', 'Embed', 'Change the chart'])
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open in Top 10 Compare' })).toHaveAttribute('href', `${window.location.origin}/?weeks=2..5`);
  });

  it('keeps the table twin', async () => {
    await renderApp({ url: '/?view=table&embed=1', replies: [] });
    // The table's code loads on first use.
    expect(await screen.findByRole('table', {}, { timeout: 5000 })).toHaveTextContent(SG_PEAK.text);
    expect(screen.getByRole('link', { name: 'Open in Top 10 Compare' })).toHaveAttribute('href', `${window.location.origin}/?view=table`);
  });
});

describe('the Embed button', () => {
  it('gives the iframe code of the view on screen', { timeout: 20_000 }, async () => {
    const { user } = await renderApp({ url: '/?metric=rank' });
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    // The dialog's code is imported on first use.
    const dialog = await screen.findByRole('dialog', { name: 'Embed this chart' }, { timeout: 5000 });
    expect(within(dialog).getByRole('textbox', { name: 'Embed code' })).toHaveValue(
      `<iframe src="${window.location.origin}/?metric=rank&amp;embed=1" title="Rank, weeks 1–8 in the Top 10 (Top 10 Compare)" width="100%" height="640" style="border: 0; max-width: 100%;" loading="lazy"></iframe>`,
    );
  });
});
