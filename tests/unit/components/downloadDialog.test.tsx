import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import DownloadDialog from '../../../src/components/DownloadDialog';
import type { ExportBundle } from '../../../src/export/bundle';

const BUNDLE: ExportBundle = {
  csvDisplayed: 'title,weekly_hours_viewed\r\n"\'=cmd",571760000\r\n',
  csvFull: 'week,category\r\n2021-09-19,TV (Non-English)\r\n',
  title: 'Weekly hours viewed, weeks 1–8 in the Top 10',
  notes: [],
  source: 'Source: Netflix',
  link: 'https://top10.example/?weeks=1..4',
  fileBase: 'top10-compare_squid-game-s1_hours_weeks-1-4',
  fileBaseFull: 'top10-compare_squid-game-s1_all-weeks',
  // jsdom draws no chart: the table is what shows.
  figure: () => null,
};

afterEach(() => vi.restoreAllMocks());

/** Capture what saveBlob hands the browser: the file name and the blob behind the URL. */
function catchDownloads() {
  const blobs = new Map<string, Blob>();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const files: { name: string; blob: Blob }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return files;
}

async function openMenu(onClose = () => undefined) {
  const user = userEvent.setup();
  const getExport = vi.fn(async () => BUNDLE);
  render(<DownloadDialog getExport={getExport} onClose={onClose} />);
  const dialog = await screen.findByRole('dialog', { name: 'Download' });
  await within(dialog).findByText(BUNDLE.title);
  return { user, dialog, getExport };
}

describe('the Download dialog', { timeout: 20_000 }, () => {
  it('prepares the files once, when it opens', async () => {
    const { getExport } = await openMenu();
    expect(getExport).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['CSV: the data on screen', 'top10-compare_squid-game-s1_hours_weeks-1-4.csv', BUNDLE.csvDisplayed],
    ['CSV: every week of these titles', 'top10-compare_squid-game-s1_all-weeks.csv', BUNDLE.csvFull],
  ])('%s saves %s with a UTF-8 byte-order mark', async (button, name, csv) => {
    const files = catchDownloads();
    const { user, dialog } = await openMenu();
    await user.click(within(dialog).getByRole('button', { name: button }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toBe(name);
    expect(new Uint8Array(await files[0]!.blob.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect((await files[0]!.blob.text()).replace(/^\uFEFF/, '')).toBe(csv);
  });

  it('offers no image while the table shows, and says why', async () => {
    const { dialog } = await openMenu();
    for (const name of ['PNG image', 'SVG image', 'Copy chart as image'])
      expect(within(dialog).getByRole('button', { name })).toBeDisabled();
    expect(within(dialog).getByText('The table is showing: switch to the chart to save it as an image.')).toBeInTheDocument();
  });

  it('shows the view’s link and copies a citation', async () => {
    const { user, dialog } = await openMenu();
    expect(within(dialog).getByRole('textbox', { name: 'Link to this view' })).toHaveValue(BUNDLE.link);
    await user.click(within(dialog).getByRole('button', { name: 'Copy citation' }));
    expect(await navigator.clipboard.readText()).toMatch(
      /^Netflix global Top 10, via Top 10 Compare, https:\/\/top10\.example\/\?weeks=1\.\.4, retrieved \w{3} \d{1,2}, \d{4}$/,
    );
    expect(within(dialog).getByText('Copied')).toBeInTheDocument();
  });

  it('asks to close on Escape', async () => {
    const onClose = vi.fn();
    const { user } = await openMenu(onClose);
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('says so when the downloads cannot be prepared', async () => {
    render(<DownloadDialog getExport={() => Promise.reject(new Error('the data is still loading'))} onClose={() => undefined} />);
    expect(await screen.findByText('The downloads could not be prepared: the data is still loading')).toBeInTheDocument();
  });
});
