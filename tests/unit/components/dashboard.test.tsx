import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, settled } from '../../renderApp';
import {
  AOUAD_WEEKS_1_4,
  AOUAD_WEEKS_1_8,
  BP_PREMIERE_WEEKS_1_8,
  BP_WEEKS_1_4,
  BP_WEEKS_1_8,
  SG_WEEKS_1_4,
  SG_WEEKS_1_8,
} from '../../figures';

afterEach(() => vi.unstubAllGlobals());
// Whole-app renders with the chart take seconds when other work shares the machine's two cores.
vi.setConfig({ testTimeout: 20_000 });

const totalsOf = () =>
  within(screen.getByRole('region', { name: 'Totals' }))
    .getAllByRole('listitem')
    .map((card) => [within(card).getByRole('heading').textContent, within(card).getByTestId(/^total-/).textContent]);

describe('the dashboard on the shipped data', () => {
  it('shows the default comparison with Netflix’s totals', async () => {
    await renderApp();
    expect(totalsOf()).toEqual([
      ['Squid Game: Season 1', SG_WEEKS_1_8.text],
      ['All of Us Are Dead: Season 1', AOUAD_WEEKS_1_8.text],
      ['Business Proposal: Limited Series', BP_WEEKS_1_8.text],
    ]);
    expect(screen.getByText('31% of Squid Game: Season 1')).toBeInTheDocument();
    expect(screen.getByText(/Data covers up to the week ending Jul 19, 2026/)).toBeInTheDocument();
    expect(screen.getByText('Squid Game: Season 1: week 1 holds only 3 days of viewing (premiered Sep 17, 2021).')).toBeInTheDocument();
    expect(screen.getByText(/Business Proposal: Limited Series: entered the list in its 2nd week/)).toBeInTheDocument();
  });

  it('drops a title’s card when it is unticked, and keeps the last one ticked', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('checkbox', { name: 'Business Proposal: Limited Series' }));
    await settled();
    expect(totalsOf().map(([name]) => name)).toEqual(['Squid Game: Season 1', 'All of Us Are Dead: Season 1']);
    await user.click(screen.getByRole('checkbox', { name: 'Squid Game: Season 1' }));
    const last = screen.getByRole('checkbox', { name: 'All of Us Are Dead: Season 1' });
    await user.click(last);
    await settled();
    expect(last).toBeChecked();
    expect(totalsOf()).toEqual([['All of Us Are Dead: Season 1', AOUAD_WEEKS_1_8.text]]);
  });

  it('totals weeks 1..4 when the range narrows', async () => {
    await renderApp();
    fireEvent.change(screen.getByRole('slider', { name: 'Last week' }), { target: { value: '4' } });
    await settled();
    expect(totalsOf().map(([, total]) => total)).toEqual([SG_WEEKS_1_4.text, AOUAD_WEEKS_1_4.text, BP_WEEKS_1_4.text]);
  });

  it('counts only weeks on the list under Week since premiere', async () => {
    const { user } = await renderApp();
    await user.click(
      within(screen.getByRole('radiogroup', { name: 'Align weeks by' })).getByRole('radio', { name: 'Week since premiere' }),
    );
    await settled();
    expect(totalsOf()[2]).toEqual(['Business Proposal: Limited Series', BP_PREMIERE_WEEKS_1_8.text]);
    expect(screen.getByText('On the list 7 of 8 weeks in this range')).toBeInTheDocument();
    // Its peak, 41,460,000 in the week ending 2022-04-10, is its 6th week since the Feb 28 premiere.
    expect(screen.getByText('week 6, Apr 4 – 10, 2022')).toBeInTheDocument();
  });

  it('switches to Rank and disables the log scale', async () => {
    const { user } = await renderApp();
    await user.click(within(screen.getByRole('radiogroup', { name: 'Metric' })).getByRole('radio', { name: 'Rank' }));
    await settled();
    expect(screen.getByRole('heading', { name: 'Rank, weeks 1–8 in the Top 10' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Log' })).toBeDisabled();
  });

  it('Reset returns to the default view', async () => {
    const { user } = await renderApp({ url: '/?weeks=2..5&metric=cumulative' });
    expect(screen.getByRole('slider', { name: 'First week' })).toHaveValue('2');
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    await settled();
    expect(screen.getByRole('slider', { name: 'First week' })).toHaveValue('1');
    expect(screen.getByRole('radio', { name: 'Weekly hours' })).toBeChecked();
    expect(totalsOf()[0]![1]).toBe(SG_WEEKS_1_8.text);
    await waitFor(() => expect(window.location.search).toBe(''));
  });
});

describe('loading and failure', () => {
  it('shows a loading state, then an error with a working Retry', async () => {
    const { user } = await renderApp({ replies: [{ status: 500, body: 'oops' }, {}] });
    expect(screen.getByRole('status')).toHaveTextContent(/Loading/);
    expect(await screen.findByRole('alert')).toHaveTextContent('HTTP 500');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('region', { name: 'Totals' })).toBeInTheDocument();
  });

  it('names a corrupt dataset instead of showing a blank page', async () => {
    await renderApp({ replies: [{ body: '{"source": {}, "titles": [' }] });
    expect(await screen.findByRole('alert')).toHaveTextContent('The chart data file is corrupt');
  });
});

describe('the week range hint', () => {
  it.each([
    ['/', 'Weeks 1–8 of 32, counted by week in the Top 10.'],
    // One week is "Week 3", never "Weeks 3–3".
    ['/?weeks=3..3', 'Week 3 of 32, counted by week in the Top 10.'],
  ])('at %s reads “%s”', async (url, hint) => {
    await renderApp({ url });
    expect(screen.getByText(hint)).toBeInTheDocument();
  });
});
