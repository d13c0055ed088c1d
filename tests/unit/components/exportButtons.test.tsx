import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../renderApp';

afterEach(() => vi.unstubAllGlobals());

describe('the Download and Embed buttons', { timeout: 20_000 }, () => {
  it('open the downloads of the view on screen, and Escape gives focus back to Download', async () => {
    const { user } = await renderApp({ url: '/?metric=rank&weeks=2..5' });
    const download = screen.getByRole('button', { name: 'Download' });
    await user.click(download);
    // The dialogs' code is imported on first use.
    const dialog = await screen.findByRole('dialog', { name: 'Download' }, { timeout: 5000 });
    expect(await within(dialog).findByText('Rank, weeks 2–5 in the Top 10')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Link to this view' })).toHaveValue(
      `${window.location.origin}/?weeks=2..5&metric=rank`,
    );
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(download).toHaveFocus();
  });

  it('give focus back to Embed when its dialog closes', async () => {
    const { user } = await renderApp();
    const embed = screen.getByRole('button', { name: 'Embed' });
    await user.click(embed);
    const dialog = await screen.findByRole('dialog', { name: 'Embed this chart' }, { timeout: 5000 });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(embed).toHaveFocus();
  });
});
