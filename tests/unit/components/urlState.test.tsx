import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../renderApp';

afterEach(() => vi.unstubAllGlobals());

const radio = (group: string, name: string) => within(screen.getByRole('radiogroup', { name: group })).getByRole('radio', { name });
const SHARE = '/?titles=business-proposal-s1~squid-game-s1&weeks=2..5&metric=cumulative&align=premiere&scale=log&view=table&theme=dark';

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
      ['Chart', 'Line'],
      ['Scale', 'Log'],
      ['Show as', 'Table'],
      ['Theme', 'Dark'],
    ] as const) {
      expect(radio(group, name)).toBeChecked();
    }
    expect(
      within(screen.getByRole('list', { name: 'Legend' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Business Proposal: Limited Series', 'Squid Game: Season 1']);
    const table = await screen.findByRole('table');
    expect(within(table).getByText(/Cumulative hours viewed, weeks 2–5 since premiere/)).toBeInTheDocument();
    // BP since premiere: week 2 = 15,900,000; week 3 adds 23,480,000 -> 39,380,000 (Netflix's file).
    expect(within(table).getByRole('row', { name: /^Week 3/ })).toHaveTextContent('39,380,000');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(window.location.search).toBe(SHARE.slice(1));
  });

  it('reports what it could not use, falls back per key, and renders nothing as HTML', async () => {
    const { user } = await renderApp({
      url: '/?weeks=9..2&metric=%3Cscript%3Ealert(1)%3C/script%3E&bogus=1&titles=nope~squid-game-s1',
      catalog: true,
    });
    const notice = screen.getByRole('status', { name: 'Problems with this link' });
    expect(notice).toHaveTextContent('Parts of this link could not be used as written; the rest of the view is as linked.');
    expect(notice).toHaveTextContent('weeks');
    // The raw value is quoted back as text, as written in the link.
    expect(notice).toHaveTextContent('metric: "<script>alert(1)</script>"');
    expect(notice).toHaveTextContent('bogus');
    expect(notice).toHaveTextContent('nope');
    expect(radio('Metric', 'Weekly hours')).toBeChecked();
    // `9..2` is read as weeks 2 to 9, not dropped.
    expect(notice).toHaveTextContent('weeks: "9..2" starts after it ends; read as 2..9');
    expect(screen.getByRole('slider', { name: 'First week' })).toHaveValue('2');
    expect(screen.getByRole('slider', { name: 'Last week' })).toHaveValue('9');
    expect(
      within(screen.getByRole('list', { name: 'Legend' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Squid Game: Season 1']);
    // The address is rewritten to what is shown; unknown keys are gone.
    // (An unknown id makes the link wait for the catalog, so the rewrite lands a moment after the view.)
    await waitFor(() => expect(window.location.search).toBe('?titles=squid-game-s1&weeks=2..9'));
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/Parts of this link could not be used/)).toBeNull();
  });
});

describe('links are forgiving', () => {
  it('refuses a log scale under Bar, says so, and keeps the rest of the link', async () => {
    await renderApp({ url: '/?chart=bar&scale=log&metric=cumulative' });
    const notice = screen.getByRole('status', { name: 'Problems with this link' });
    expect(notice).toHaveTextContent('scale: "log" does not apply: a bar on a log axis has no true length; using linear');
    expect(radio('Scale', 'Linear')).toBeChecked();
    expect(radio('Chart', 'Bar')).toBeChecked();
    expect(radio('Metric', 'Cumulative hours')).toBeChecked();
    expect(window.location.search).toBe('?metric=cumulative&chart=bar');
  });

  it('reads titles joined by + and , and lists a repeated problem once, with a count', async () => {
    await renderApp({ url: '/?titles=squid-game-s1+nope,business-proposal-s1,nope~nope', catalog: true });
    expect(
      within(screen.getByRole('list', { name: 'Legend' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Squid Game: Season 1', 'Business Proposal: Limited Series']);
    const items = within(screen.getByRole('status', { name: 'Problems with this link' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'titles: "nope" is not a known title id; dropped (3 times)',
      // With every title loaded, an id still unknown may come from a newer file than the page's.
      expect.stringMatching(/^This link names a title this page's data lacks \("nope"\)\. They likely come from a newer Netflix file/),
    ]);
  });
});

describe('history', () => {
  // An earlier test's Back leaves forward entries; a push drops them, so lengths count from here.
  beforeEach(() => window.history.pushState(null, '', '/'));
  const back = () =>
    act(async () => {
      const landed = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
      window.history.back();
      await landed;
    });

  it('Back after "Cumulative, then move a slider" returns to Cumulative before the move', async () => {
    const { user } = await renderApp();
    const start = window.history.length;
    await user.click(radio('Metric', 'Cumulative hours'));
    // The address is written just after the click's frame, not inside it.
    await waitFor(() => expect(window.location.search).toBe('?metric=cumulative'));
    fireEvent.change(screen.getByRole('slider', { name: 'Last week' }), { target: { value: '5' } });
    await waitFor(() => expect(window.location.search).toBe('?weeks=1..5&metric=cumulative'));
    expect(window.history.length).toBe(start + 2);
    await back();
    await waitFor(() => expect(screen.getByRole('slider', { name: 'Last week' })).toHaveValue('8'));
    expect(radio('Metric', 'Cumulative hours')).toBeChecked();
    expect(window.location.search).toBe('?metric=cumulative');
  });

  it('makes a pointer drag one entry, and each step outside a drag its own', async () => {
    await renderApp();
    const start = window.history.length;
    const last = screen.getByRole('slider', { name: 'Last week' });
    fireEvent.pointerDown(last);
    for (const value of ['7', '6', '5']) fireEvent.change(last, { target: { value } });
    fireEvent.pointerUp(window);
    await waitFor(() => expect(window.location.search).toBe('?weeks=1..5'));
    expect(window.history.length).toBe(start + 1);
    // Keyboard steps: no pointer, one entry each.
    fireEvent.change(last, { target: { value: '4' } });
    fireEvent.change(last, { target: { value: '3' } });
    await waitFor(() => expect(window.history.length).toBe(start + 3));
    // A second drag is a new entry, not folded into the first.
    fireEvent.pointerDown(last);
    fireEvent.change(last, { target: { value: '6' } });
    fireEvent.change(last, { target: { value: '7' } });
    fireEvent.pointerUp(window);
    await waitFor(() => expect(window.history.length).toBe(start + 4));
    await back();
    await waitFor(() => expect(last).toHaveValue('3'));
    await back();
    await waitFor(() => expect(last).toHaveValue('4'));
  });
});

describe('the last title', () => {
  it('says on screen why it cannot be unticked, and stays ticked', async () => {
    const { user } = await renderApp({ url: '/?titles=squid-game-s1' });
    const box = screen.getByRole('checkbox', { name: 'Squid Game: Season 1' });
    expect(box).toHaveAttribute('aria-disabled', 'true');
    expect(box).toHaveAccessibleDescription('Stays ticked: the chart needs at least one title. Tick another to swap.');
    expect(screen.getByText('Stays ticked: the chart needs at least one title. Tick another to swap.')).toBeVisible();
    await user.click(box);
    expect(box).toBeChecked();
    expect(window.location.search).toBe('?titles=squid-game-s1');
    await user.click(screen.getByRole('checkbox', { name: 'Business Proposal: Limited Series' }));
    expect(box).not.toHaveAttribute('aria-disabled');
    expect(screen.queryByText(/Stays ticked/)).toBeNull();
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
