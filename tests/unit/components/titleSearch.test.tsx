import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { TitleSearch, type TitleSearchProps } from '../../../src/components/TitleSearch';
import { loadCatalogTable } from '../../catalog';

const catalog = loadCatalogTable();
const DEFAULT = ['squid-game-s1', 'all-of-us-are-dead-s1', 'business-proposal-s1'];

/** The search as the app holds it: the ids in the chart live above it. */
function Harness(props: Partial<TitleSearchProps> & { initial?: string[] }) {
  const [ids, setIds] = useState(props.initial ?? DEFAULT);
  return (
    <>
      <TitleSearch
        table={catalog}
        status="ready"
        onRetry={() => {}}
        {...props}
        selectedIds={ids}
        onAdd={(id) => setIds((x) => [...x, id])}
      />
      <output aria-label="In the chart">{ids.join(' ')}</output>
    </>
  );
}

function setup(props: Partial<TitleSearchProps> & { initial?: string[] } = {}) {
  const user = userEvent.setup();
  render(<Harness {...props} />);
  return { user, box: screen.getByRole('combobox', { name: 'Add a title' }) };
}

const inChart = () => screen.getByLabelText('In the chart').textContent;
const options = () => within(screen.getByRole('listbox', { name: 'Titles' })).getAllByRole('option');
const optionNames = () => options().map((o) => o.querySelector('.title-search__name')?.textContent);

describe('TitleSearch', () => {
  it('finds a title as you type and adds it with Enter', async () => {
    const { user, box } = setup();
    await user.type(box, 'wednes');
    // The search code loads on the box's first focus: the list opens once it has come.
    await waitFor(() => expect(box).toHaveAttribute('aria-expanded', 'true'));
    const first = options()[0]!;
    expect(first).toHaveTextContent('Wednesday: Season 1');
    expect(first).toHaveTextContent('TV (English) · first on the list Nov 27, 2022 · 28 weeks · peak #1');
    expect(box).toHaveAttribute('aria-activedescendant', first.id);
    await user.keyboard('{Enter}');
    expect(inChart()).toBe([...DEFAULT, 'wednesday-s1'].join(' '));
    expect(screen.getByText('Added Wednesday: Season 1.')).toBeInTheDocument();
    expect(box).toHaveValue('');
  });

  it('moves through the options with the arrow keys and closes with Escape', async () => {
    const { user, box } = setup();
    await user.type(box, 'squid game');
    await user.keyboard('{ArrowDown}');
    // The index is built a slice per task once the box is engaged: the list follows.
    await screen.findByRole('listbox', { name: 'Titles' });
    const second = options()[1]!;
    expect(box).toHaveAttribute('aria-activedescendant', second.id);
    expect(second).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(box).toHaveAttribute('aria-activedescendant', options().at(-1)!.id);
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).not.toHaveAttribute('aria-activedescendant');
    expect(box).toHaveValue('squid game');
  });

  it('matches accents and words in any order', async () => {
    const { user, box } = setup();
    await user.type(box, 'aroma cafe');
    // The index is built a slice per task once the box is engaged: the list follows.
    await screen.findByRole('listbox', { name: 'Titles' });
    expect(optionNames()[0]).toBe('Café con aroma de mujer: Season 1');
  });

  it('adds with a click', async () => {
    const { user, box } = setup();
    await user.type(box, 'kpop');
    // The index is built a slice per task once the box is engaged: the list follows.
    await screen.findByRole('listbox', { name: 'Titles' });
    await user.click(screen.getByRole('option', { name: /KPop Demon Hunters/ }));
    expect(inChart()).toContain('kpop-demon-hunters');
  });

  it('suggests the biggest titles when the box is empty, and counts the rest', async () => {
    const { user, box } = setup();
    await user.click(box);
    // The index is built a slice per task once the box is engaged: the list follows.
    await screen.findByRole('listbox', { name: 'Titles' });
    expect(screen.getByText('Biggest titles (hours in their first 8 weeks)')).toBeInTheDocument();
    expect(optionNames().slice(0, 2)).toEqual(['Squid Game: Season 1 (in the chart)', 'Wednesday: Season 1']);
    expect(options()).toHaveLength(50);
    expect(screen.getByText('3,786 more: refine your search')).toBeInTheDocument();
  });

  it('filters by list', async () => {
    const { user, box } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'List' }), 'Films (Non-English)');
    await user.type(box, 'inheritance');
    // The index is built a slice per task once the box is engaged: the list follows.
    await screen.findByRole('listbox', { name: 'Titles' });
    const found = options();
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((o) => o.textContent.includes('Films (Non-English)'))).toBe(true);
  });

  it("shows this week's 40 titles", async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'On the list this week' }));
    // The index is built a slice per task once the box is engaged: the list follows.
    await screen.findByRole('listbox', { name: 'Titles' });
    expect(screen.getByText('On the list the week ending Jul 19, 2026')).toBeInTheDocument();
    expect(options()).toHaveLength(40);
  });

  it('refuses a 9th title and says why', async () => {
    const eight = [
      'squid-game-s1',
      'squid-game-s2',
      'squid-game-s3',
      'wednesday-s1',
      'wednesday-s2',
      'stranger-things-4',
      'kpop-demon-hunters',
      'all-of-us-are-dead-s1',
    ];
    const { user, box } = setup({ initial: eight });
    await user.type(box, 'business proposal');
    await user.keyboard('{Enter}');
    expect(inChart()).toBe(eight.join(' '));
    expect(
      screen.getByText('Up to 8 titles can be compared at once: remove one to add Business Proposal: Limited Series.'),
    ).toBeInTheDocument();
  });

  it('does not add a title twice', async () => {
    const { user, box } = setup();
    await user.type(box, 'squid game season 1');
    await user.keyboard('{Enter}');
    expect(inChart()).toBe(DEFAULT.join(' '));
    expect(screen.getByText('Squid Game: Season 1 is already in the chart.')).toBeInTheDocument();
  });

  it('says the catalog is loading', () => {
    setup({ table: undefined, status: 'loading' });
    expect(screen.getByText('Loading every title Netflix has listed…')).toBeInTheDocument();
  });

  it('says what went wrong and offers Retry', async () => {
    const onRetry = vi.fn();
    const { user } = setup({
      table: undefined,
      status: 'error',
      error: 'The list of all titles could not be downloaded (HTTP 503).',
      onRetry,
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The list of all titles could not be downloaded (HTTP 503). The comparison above still works.',
    );
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
