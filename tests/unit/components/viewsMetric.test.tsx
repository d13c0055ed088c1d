import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../../src/domain/types';
import { loadCatalog } from '../../catalog';
import { renderApp, settled } from '../../renderApp';
import { loadSeed } from '../../seed';
import { BABY_REINDEER_VIEWS_1_4 } from '../../figures';

afterEach(() => vi.unstubAllGlobals());
// Whole-app renders with the chart take seconds when other work shares the machine's two cores.
vi.setConfig({ testTimeout: 20_000 });

// The shipped three plus two catalog titles, served as the app's dataset until links wait for the catalog.
const catalog = loadCatalog();
const pick = (id: string) => catalog.titles.find((t) => t.id === id)!;
const seed = loadSeed();
const dataset: Dataset = { source: catalog.source, titles: [...seed.titles, pick('baby-reindeer-s1'), pick('fubar-s1')] };

const radio = (name: string) => within(screen.getByRole('radiogroup', { name: 'Metric' })).getByRole('radio', { name });
const card = (name: string) => within(screen.getByRole('region', { name: 'Totals' })).getByRole('listitem', { name });
const caveats = () => screen.queryByRole('complementary', { name: 'Read with care' });

describe('the Views metric', () => {
  it('opens from a link on a 2024 title, in views', async () => {
    await renderApp({ url: '/?titles=baby-reindeer-s1&weeks=1..4&metric=views', dataset });
    expect(radio('Views')).toBeChecked();
    expect(screen.getByRole('heading', { name: 'Views, weeks 1–4 in the Top 10' })).toBeInTheDocument();
    // 2024-04-14..2024-05-05 in all-weeks-global.tsv: 2,600,000 + 13,300,000 + 22,000,000 + 18,600,000.
    const baby = card('Baby Reindeer: Limited Series');
    expect(within(baby).getByTestId('total-baby-reindeer-s1')).toHaveTextContent(BABY_REINDEER_VIEWS_1_4.text);
    expect(within(baby).getByText('views')).toBeInTheDocument();
    // Peak: 22,000,000 in week 3; average 56,500,000 / 4.
    expect(within(baby).getByText('22,000,000')).toBeInTheDocument();
    expect(within(baby).getByText('14,125,000')).toBeInTheDocument();
    expect(within(baby).queryByText(/Netflix published views in/)).not.toBeInTheDocument();
    expect(caveats()).not.toHaveTextContent(/no views before/);
  });

  it('is chosen from the Metric group: totals and the note follow, and Weekly hours brings hours back', async () => {
    const { user } = await renderApp({ url: '/?titles=fubar-s1&weeks=1..5', dataset });
    await user.click(radio('Views'));
    await settled();
    await waitFor(() => expect(window.location.search).toBe('?titles=fubar-s1&weeks=1..5&metric=views'));
    // FUBAR S1: no views for 2023-05-28..2023-06-11; 3,400,000 (06-18) + 2,100,000 (06-25).
    const fubar = card('FUBAR: Season 1');
    expect(within(fubar).getByTestId('total-fubar-s1')).toHaveTextContent('5,500,000');
    expect(within(fubar).getByText('Netflix published views in 2 of 5 weeks')).toBeInTheDocument();
    expect(
      screen.getByText(/^Views in weeks 1–5 in the Top 10, summed over the weeks each title was on the list with views/),
    ).toBeInTheDocument();
    expect(within(caveats()!).getAllByText(/Netflix published no views before the week ending Jun 18, 2023/)).toHaveLength(1);
    expect(screen.getByRole('figure')).toHaveAccessibleDescription(/^Views, weeks 1–5 in the Top 10 for FUBAR: Season 1\./);

    await user.click(radio('Weekly hours'));
    await settled();
    // 88,940,000 + 88,030,000 + 42,280,000 + 24,500,000 + 15,300,000.
    expect(within(card('FUBAR: Season 1')).getByTestId('total-fubar-s1')).toHaveTextContent('259,050,000');
    expect(screen.queryByText(/Netflix published views in/)).not.toBeInTheDocument();
    expect(caveats()).not.toHaveTextContent(/no views before/);
  });

  it('shows the table in views, with empty cells where Netflix published none', async () => {
    await renderApp({ url: '/?titles=fubar-s1&weeks=1..5&metric=views&view=table', dataset });
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('columnheader', { name: /FUBAR: Season 1/ })).toHaveTextContent('Views');
    const week1 = within(table).getByRole('row', { name: /^Week 1\b/ });
    expect(within(week1).getByText('No views: Netflix published none that week')).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /^Week 4\b/ })).toHaveTextContent('3,400,000');
    expect(within(table).getByRole('row', { name: /^Total views, weeks 1–5/ })).toHaveTextContent('5,500,000views in 2 of 5 weeks');
  });

  it('on the default titles says there are no views in weeks 1–8, and offers the weeks that have them', async () => {
    const { user } = await renderApp();
    await user.click(radio('Views'));
    await settled();
    expect(
      screen.getByText(/no views to draw in weeks 1–8 in the Top 10\. Netflix published none before the week ending Jun 18, 2023\.$/),
    ).toBeInTheDocument();
    expect(within(card('All of Us Are Dead: Season 1')).getByText('No views published in weeks 1–8')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show weeks 21–32, the weeks with views' }));
    await settled();
    await waitFor(() => expect(window.location.search).toBe('?weeks=21..32&metric=views'));
    // Squid Game S1 rows 21-32 (2023-11-26..2025-07-13, awk): 1,600,000 + 1,500,000 + 1,500,000 + 8,100,000
    // + 13,600,000 + 8,700,000 + 5,000,000 + 3,100,000 + 2,100,000 + 1,700,000 + 3,800,000 + 2,300,000.
    expect(within(card('Squid Game: Season 1')).getByTestId('total-squid-game-s1')).toHaveTextContent('53,000,000');
  });
});
