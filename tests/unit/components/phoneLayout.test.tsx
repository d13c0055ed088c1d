import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CaveatsBox } from '../../../src/components/CaveatsBox';
import { ControlsDisclosure } from '../../../src/components/ControlsDisclosure';

describe('Change the chart', () => {
  function setup() {
    render(
      <ControlsDisclosure>
        <label>
          <input type="checkbox" /> Squid Game: Season 1
        </label>
      </ControlsDisclosure>,
    );
    return { user: userEvent.setup(), toggle: screen.getByRole('button', { name: 'Change the chart' }) };
  }

  it('opens and closes with the button, adding no history entry', async () => {
    const { user, toggle } = setup();
    const entries = window.history.length;
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(window.history.length).toBe(entries);
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('keeps the controls right after the button, so Tab goes into them', async () => {
    const { user, toggle } = setup();
    await user.click(toggle);
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Squid Game: Season 1' })).toHaveFocus();
  });

  it('closes on Escape from inside and hands focus back to the button', async () => {
    const { user, toggle } = setup();
    await user.click(toggle);
    await user.tab();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });
});

const marked = (texts: string[]) => texts.map((text, i) => ({ mark: '*†‡§'[i] ?? '¶', text }));

describe('the caveats box', () => {
  it.each([
    [['Squid Game: Season 1: week 1 holds only 3 days of viewing.'], 'Read with care: 1 note'],
    [['A.', 'B.', 'C.', 'D.'], 'Read with care: 4 notes'],
  ])('names its count in its one line: %j', (texts, line) => {
    render(<CaveatsBox notes={marked(texts)} keyNote="Hollow markers flag these weeks." />);
    const box = screen.getByRole('complementary', { name: 'Read with care' });
    expect(within(box).getByText((_, el) => el?.tagName === 'P' && el.textContent === line)).toBeInTheDocument();
  });

  it('opens on demand', async () => {
    const user = userEvent.setup();
    render(<CaveatsBox notes={marked(['A.'])} keyNote="Hollow markers flag these weeks." />);
    const show = screen.getByRole('button', { name: 'Show' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await user.click(show);
    expect(screen.getByRole('button', { name: 'Hide' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('is absent when there is nothing to say', () => {
    render(<CaveatsBox notes={[]} keyNote="Hollow markers flag these weeks." />);
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
  });
});
