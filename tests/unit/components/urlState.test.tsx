import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../renderApp';

afterEach(() => vi.unstubAllGlobals());

const radio = (group: string, name: string) => within(screen.getByRole('radiogroup', { name: group })).getByRole('radio', { name });
const SHARE =
  '/?titles=business-proposal-s1~squid-game-s1&weeks=2..5&metric=cumulative&align=premiere&chart=bar&scale=log&view=table&theme=dark';

describe('a share link', () => {
  it('opens the exact view it names', async () => {
    await renderApp({ url: SHARE });
    expect(screen.getByRole('checkbox', { name: 'Business Proposal: Limited Series' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'All of Us Are Dead: Season 1' })).not.toBeChecked();
    expect(screen.getByRole('slider', { name: 'First week' })).toHaveValue('2');
    expect(screen.getByRole('slider', { name: 'Last week' })).toHaveValue('5');
    for (const [group, name] of [
      ['Metric', 'Cumulative hours'],
      ['Align weeks by', 'Week since premiere'],
      ['Chart', 'Bar'],
      // Bars refuse a log axis: the control shows what is drawn.
      ['Scale', 'Linear'],
      ['Show as', 'Table'],
      ['Theme', 'Dark'],
    ] as const) {
      expect(radio(group, name)).toBeChecked();
    }
    expect(within(screen.getByRole('list', { name: 'Legend' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Business Proposal: Limited Series',
      'Squid Game: Season 1',
    ]);
    const table = await screen.findByRole('table');
    expect(within(table).getByText(/Cumulative hours viewed, weeks 2–5 since premiere/)).toBeInTheDocument();
    // BP since premiere: week 2 = 15,900,000; week 3 adds 23,480,000 -> 39,380,000 (Netflix's file).
    expect(within(table).getByRole('row', { name: /^Week 3/ })).toHaveTextContent('39,380,000');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(window.location.search).toBe(SHARE.slice(1));
  });

  it('reports what it could not use, falls back per key, and renders nothing as HTML', async () => {
    const { user } = await renderApp({ url: '/?weeks=9..2&metric=%3Cscript%3Ealert(1)%3C/script%3E&bogus=1&titles=nope~squid-game-s1' });
    const notice = screen.getByRole('status', { name: 'Problems with this link' });
    expect(notice).toHaveTextContent('weeks');
    expect(notice).toHaveTextContent('<script>');
    expect(notice).toHaveTextContent('bogus');
    expect(notice).toHaveTextContent('nope');
    expect(document.querySelector('script')).toBeNull();
    expect(radio('Metric', 'Weekly hours')).toBeChecked();
    expect(screen.getByRole('slider', { name: 'Last week' })).toHaveValue('8');
    expect(within(screen.getByRole('list', { name: 'Legend' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Squid Game: Season 1']);
    // The address is rewritten to what is shown; unknown keys are gone.
    expect(window.location.search).toBe('?titles=squid-game-s1');
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/Parts of this link were ignored/)).toBeNull();
  });
});

describe('history', () => {
  it('pushes discrete changes, replaces week-range moves, and follows Back', async () => {
    const { user } = await renderApp();
    const start = window.history.length;
    await user.click(radio('Metric', 'Rank'));
    expect(window.location.search).toBe('?metric=rank');
    expect(window.history.length).toBe(start + 1);
    fireEvent.change(screen.getByRole('slider', { name: 'Last week' }), { target: { value: '5' } });
    expect(window.location.search).toBe('?weeks=1..5&metric=rank');
    expect(window.history.length).toBe(start + 1);
    await act(async () => {
      window.history.back();
      await new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    });
    await waitFor(() => expect(radio('Metric', 'Weekly hours')).toBeChecked());
    expect(screen.getByRole('slider', { name: 'Last week' })).toHaveValue('8');
  });
});

describe('Copy link', () => {
  it('copies the canonical link and confirms it', async () => {
    const writeText = vi.fn(async () => undefined);
    const { user } = await renderApp({ url: '/?metric=rank&zzz=1' });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/?metric=rank`);
    expect(screen.getByText('Link copied')).toBeInTheDocument();
  });

  it('shows the link selected in a field when the clipboard refuses', async () => {
    const { user } = await renderApp({ url: '/?view=table' });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByRole('textbox', { name: 'Copy this link' })).toHaveValue(`${window.location.origin}/?view=table`);
  });
});
