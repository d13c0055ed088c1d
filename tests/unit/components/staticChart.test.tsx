import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../renderApp';
import { SG_WEEK_1 } from '../../figures';

// Whole-app renders with the chart take seconds when other work shares the machine's two cores.
const SLOW = 20_000;

describe('the first view’s chart', () => {
  it(
    'is drawn before the reader reaches for it, with its axes and words',
    async () => {
      await renderApp();
      const chart = screen.getByRole('application', { name: /^Chart\./ });
      const drawn = within(chart);
      expect(drawn.getByText('Hours viewed')).toBeInTheDocument();
      expect(drawn.getByText('Week in the Top 10')).toBeInTheDocument();
      for (const tick of ['0', '200M', '400M', '600M', '1', '8']) expect(drawn.getByText(tick)).toBeInTheDocument();
      expect(drawn.getByTitle('Weekly hours viewed, weeks 1–8 in the Top 10')).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'hands keys pressed before recharts arrives over to it: none is lost',
    async () => {
      const { user } = await renderApp();
      await user.click(screen.getByRole('application', { name: /^Chart\./ }));
      // Home, then two steps right: week 3, whichever chart received which key.
      await user.keyboard('{Home}{ArrowRight}{ArrowRight}');
      // The chart read out is recharts' (the static one has no live region), and it has the focus.
      const chart = () => screen.getByRole('application', { name: /^Chart\./ });
      await waitFor(() => expect(within(chart()).getByText(/^Week 3 in the Top 10\./)).toBeInTheDocument(), { timeout: SLOW });
      expect(chart()).toHaveFocus();
      await user.keyboard('{Home}');
      // Squid Game: Season 1, week 1: 63,190,000 hours (Netflix's file).
      await waitFor(() => expect(within(chart()).getByText(/^Week 1 in the Top 10\./)).toHaveTextContent(SG_WEEK_1.text));
    },
    SLOW,
  );
});
