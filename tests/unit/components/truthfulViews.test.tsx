import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, settled } from '../../renderApp';
import { AOUAD_WEEKS_1_4, BP_WEEKS_1_4, SG_WEEKS_1_4, textsOf } from '../../figures';

afterEach(() => vi.unstubAllGlobals());
// Whole-app renders with the chart take seconds when other work shares the machine's two cores.
vi.setConfig({ testTimeout: 20_000 });

const radio = (group: string, name: string) => within(screen.getByRole('radiogroup', { name: group })).getByRole('radio', { name });
const cards = () => within(screen.getByRole('region', { name: 'Totals' })).getAllByRole('listitem');

describe('totals cards say what is true', () => {
  it('leads only when there is something to lead', async () => {
    const { user } = await renderApp({ url: '/?titles=all-of-us-are-dead-s1~squid-game-s1' });
    expect(within(cards()[1]!).getByText('Leads this comparison')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Squid Game: Season 1' }));
    await settled();
    expect(cards()).toHaveLength(1);
    expect(screen.queryByText('Leads this comparison')).not.toBeInTheDocument();
  });

  it('says a title was not on the list in the weeks shown, instead of 0 hours', async () => {
    await renderApp({ url: '/?align=premiere&weeks=1..1' });
    const bp = cards().find((c) => within(c).queryByRole('heading', { name: 'Business Proposal: Limited Series' }))!;
    expect(within(bp).getByText('Not on the list in week 1')).toBeInTheDocument();
    expect(within(bp).queryByText(/^0/)).not.toBeInTheDocument();
  });

  it('names the list a title’s weeks at #1 belong to', async () => {
    await renderApp();
    expect(within(cards()[0]!).getByText('Weeks at #1 in TV (Non-English)')).toBeInTheDocument();
  });

  it('says what the sum covers under Cumulative', async () => {
    await renderApp({ url: '/?metric=cumulative&weeks=5..8' });
    expect(screen.getByText(/Hours viewed in weeks 5–8 in the Top 10, summed over the weeks each title was on the list/)).toHaveTextContent(
      /running totals start earlier/,
    );
  });
});

describe('the page names the view', () => {
  it('sets the document title from the view, and follows it', async () => {
    const { user } = await renderApp();
    await waitFor(() =>
      expect(document.title).toBe('Squid Game vs All of Us Are Dead vs Business Proposal: weekly hours, weeks 1–8 · Top 10 Compare'),
    );
    await user.click(radio('Metric', 'Rank'));
    await settled();
    await waitFor(() =>
      expect(document.title).toBe('Squid Game vs All of Us Are Dead vs Business Proposal: weekly rank, weeks 1–8 · Top 10 Compare'),
    );
  });

  it('writes the dek and summary for the chosen alignment and metric', async () => {
    const { user } = await renderApp();
    await user.click(radio('Align weeks by', 'Calendar'));
    await settled();
    expect(
      screen.getByText('Hours viewed, week by week, placed by calendar date. Figures are Netflix’s own, to the unit.'),
    ).toBeInTheDocument();
    await user.click(radio('Metric', 'Rank'));
    await settled();
    expect(screen.getByRole('figure')).toHaveAccessibleDescription(/Best rank: #1 for .* Most weeks at #1: Squid Game: Season 1 \(8\)\./);
    expect(screen.getByRole('figure')).not.toHaveAccessibleDescription(/leads with/);
  });
});

describe('an empty range', () => {
  it('is said, with a way back to the weeks the titles have', async () => {
    const { user } = await renderApp({ url: '/?titles=all-of-us-are-dead-s1&weeks=20..32' });
    expect(
      screen.getByText(
        'All of Us Are Dead: Season 1: nothing to draw in weeks 20–32 in the Top 10. It was not on the list in those weeks.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show weeks 1–11' }));
    await settled();
    expect(screen.getByRole('slider', { name: 'First week' })).toHaveValue('1');
    expect(screen.getByRole('slider', { name: 'Last week' })).toHaveValue('11');
    expect(screen.getByRole('figure')).toBeInTheDocument();
  });

  it('the sliders reach as far as the longest run among the ticked titles', async () => {
    const { user } = await renderApp({ url: '/?titles=all-of-us-are-dead-s1' });
    expect(screen.getByRole('slider', { name: 'Last week' })).toHaveAttribute('max', '11');
    await user.click(screen.getByRole('checkbox', { name: 'Squid Game: Season 1' }));
    expect(screen.getByRole('slider', { name: 'Last week' })).toHaveAttribute('max', '32');
  });
});

describe('controls that do not apply say so', () => {
  it.each([
    ['Bar', 'Chart', 'Log does not apply: a bar on a log axis has no true length.'],
    ['Rank', 'Metric', 'Log does not apply: Rank has no log scale.'],
  ])('under %s, Log is disabled with its reason on screen', async (name, group, reason) => {
    const { user } = await renderApp();
    expect(radio('Scale', 'Log')).toBeEnabled();
    await user.click(radio(group, name));
    expect(radio('Scale', 'Log')).toBeDisabled();
    expect(within(screen.getByRole('radiogroup', { name: 'Scale' })).getByText(reason)).toBeVisible();
  });

  it('the bar chart’s legend shows the bars’ textures', async () => {
    await renderApp({ url: '/?chart=bar' });
    const items = within(screen.getByRole('list', { name: 'Legend' })).getAllByRole('listitem');
    const textures = items.map((li) => li.querySelector('[data-pattern]')?.getAttribute('data-pattern'));
    expect(textures).toEqual(['solid', 'hatch', 'dots']);
  });
});

describe('the table', () => {
  it('takes focus on its caption when opened from the chart', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'See every figure in a table' }));
    const table = await screen.findByRole('table', {}, { timeout: 5_000 });
    await waitFor(() => expect(within(table).getByText(/^Weekly hours viewed, weeks 1–8 in the Top 10\./)).toHaveFocus());
  });

  it('has a totals row, the chart’s marks, and # on every rank', async () => {
    await renderApp({ url: '/?view=table&metric=rank' });
    const table = await screen.findByRole('table', {}, { timeout: 5_000 });
    expect(within(table).getByRole('row', { name: /^Best rank/ })).toHaveTextContent('#1#1#1');
    // Week 1: Squid Game #1 (3 days: mark *), All of Us Are Dead #1 (†), Business Proposal #6 (‡).
    const week1 = within(table).getByRole('row', { name: /^Week 1\b/ });
    expect(
      within(week1)
        .getAllByRole('cell')
        .map((c) => c.textContent.slice(0, 3)),
    ).toEqual(['#1*', '#1†', '#6‡']);
    expect(within(table).getByRole('columnheader', { name: /Business Proposal: Limited Series§/ })).toHaveTextContent(
      'Rank in TV (Non-English)',
    );
  });

  it('under Calendar says which empty cells are outside the weeks and which are off the list', async () => {
    await renderApp({ url: '/?view=table&align=calendar' });
    const table = await screen.findByRole('table', {}, { timeout: 5_000 });
    const row = within(table).getByRole('row', { name: /^Mar 21/ });
    const [sg, aouad, bp] = within(row).getAllByRole('cell');
    expect(sg).toHaveTextContent('Not in the Top 10 that week');
    expect(aouad).toHaveTextContent('On the list, outside weeks 1–8');
    expect(bp).toHaveTextContent('30,940,000');
  });

  it('totals the weeks in range in its last row', async () => {
    await renderApp({ url: '/?view=table' });
    const table = await screen.findByRole('table', {}, { timeout: 5_000 });
    fireEvent.change(screen.getByRole('slider', { name: 'Last week' }), { target: { value: '4' } });
    await waitFor(() =>
      expect(within(table).getByRole('row', { name: /^Total, weeks 1–4/ })).toHaveTextContent(
        textsOf([SG_WEEKS_1_4, AOUAD_WEEKS_1_4, BP_WEEKS_1_4]).join(''),
      ),
    );
  });
});
