import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../renderApp';

// The dialogs' chunk cannot be fetched (offline, blocked): importing it fails.
vi.mock('../../../src/components/ExportTools', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

afterEach(() => vi.unstubAllGlobals());

describe('the Download and Embed buttons, offline', { timeout: 20_000 }, () => {
  it.each([
    ['Download', 'The download options could not be loaded. Check the connection and press Download again.'],
    ['Embed', 'The embed code could not be loaded. Check the connection and press Embed again.'],
  ])('%s says its code could not be loaded, and the chart stays', async (name, message) => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('heading', { name: 'Weekly hours viewed, weeks 1–8 in the Top 10' })).toBeInTheDocument();
  });
});
