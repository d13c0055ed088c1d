import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LoadFile } from '../../../src/components/LoadFile';
import type { ImportProgress, LoadFn } from '../../../src/components/useFileImport';
import type { Result } from '../../../src/domain/types';

const tsv = (name = 'all-weeks-global.tsv') => new File(['week\tcategory\n'], name, { type: 'text/tab-separated-values' });

/** A load whose outcome the test decides, recording the signal it was given. */
function controlledLoad() {
  let settle: (r: Result<string>) => void = () => {};
  let progress: (p: ImportProgress) => void = () => {};
  let signal: AbortSignal | null = null;
  const load = vi.fn<LoadFn>((_file, options) => {
    progress = options.onProgress;
    signal = options.signal;
    return new Promise<Result<string>>((resolve) => (settle = resolve));
  });
  return {
    load,
    settle: (r: Result<string>) =>
      act(() => {
        settle(r);
        return Promise.resolve();
      }),
    progress: (p: ImportProgress) => act(() => progress(p)),
    signal: () => signal,
  };
}

/** Choose a file and wait for the load to start: the status panel loads with the first file. */
async function choose(user: ReturnType<typeof userEvent.setup>, load: LoadFn, file: File) {
  await user.upload(screen.getByLabelText('Netflix file (.tsv or .xlsx)'), file);
  await vi.waitFor(() => expect(load).toHaveBeenCalledWith(file, expect.anything()));
}

describe('LoadFile', () => {
  it('loads the chosen file, shows progress with Cancel, then the summary', async () => {
    const user = userEvent.setup();
    const c = controlledLoad();
    render(<LoadFile load={c.load} loadedName={null} onForget={() => {}} />);
    await choose(user, c.load, tsv());
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Load Netflix file' })).toBeDisabled());
    c.progress({ stage: 'parsing', fraction: 0.4 });
    expect(screen.getByRole('status')).toHaveTextContent('Checking every row all-weeks-global.tsv…');
    expect(screen.getByRole('progressbar', { name: 'Loading all-weeks-global.tsv' })).toHaveAttribute('value', '0.4');
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeVisible();
    await c.settle({ ok: true, data: 'Loaded 10,600 rows, weeks to 2026-07-26: 1 new week, 4 new titles.' });
    expect(screen.getByRole('status')).toHaveTextContent('Loaded 10,600 rows, weeks to 2026-07-26: 1 new week, 4 new titles.');
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
  });

  it('Cancel aborts the load and a late answer changes nothing', async () => {
    const user = userEvent.setup();
    const c = controlledLoad();
    render(<LoadFile load={c.load} loadedName={null} onForget={() => {}} />);
    await choose(user, c.load, tsv());
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(c.signal()?.aborted).toBe(true);
    await c.settle({ ok: true, data: 'Loaded 1 row.' });
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.getByRole('button', { name: 'Load Netflix file' })).toBeEnabled();
  });

  it('shows a bad file’s reason in an alert, naming the file', async () => {
    const user = userEvent.setup();
    const c = controlledLoad();
    render(<LoadFile load={c.load} loadedName={null} onForget={() => {}} />);
    await choose(user, c.load, tsv('photo.tsv'));
    await c.settle({ ok: false, reason: 'This is a PNG image, not a Netflix file.' });
    expect(screen.getByRole('alert')).toHaveTextContent('photo.tsv was not loaded: This is a PNG image, not a Netflix file.');
  });

  it('a thrown error is shown too, never swallowed', async () => {
    const user = userEvent.setup();
    const load: LoadFn = vi.fn(() => Promise.reject(new Error('chunk failed to load')));
    render(<LoadFile load={load} loadedName={null} onForget={() => {}} />);
    await choose(user, load, tsv());
    expect(await screen.findByRole('alert')).toHaveTextContent('The file could not be loaded: chunk failed to load');
  });

  it('offers Forget for a kept file, with its summary', async () => {
    const user = userEvent.setup();
    const onForget = vi.fn();
    render(<LoadFile load={controlledLoad().load} loadedName="mine.tsv" loadedSummary="Loaded 3 rows." onForget={onForget} />);
    expect(await screen.findByText('Showing your file mine.tsv. Loaded 3 rows.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Forget loaded file' }));
    expect(onForget).toHaveBeenCalledOnce();
  });

  it('has no Forget control while the shipped data is shown', () => {
    render(<LoadFile load={controlledLoad().load} loadedName={null} onForget={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Forget loaded file' })).not.toBeInTheDocument();
  });

  it('loads a file dropped anywhere on the page', async () => {
    const c = controlledLoad();
    render(<LoadFile load={c.load} loadedName={null} onForget={() => {}} />);
    const file = tsv('dropped.xlsx');
    const dataTransfer = { types: ['Files'], files: [file] };
    fireEvent(window, Object.assign(new Event('dragenter'), { dataTransfer }));
    expect(screen.getByText("Drop Netflix's all-weeks-global.tsv or .xlsx to load it")).toBeInTheDocument();
    const drop = Object.assign(new Event('drop', { cancelable: true }), { dataTransfer });
    fireEvent(window, drop);
    expect(drop.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(c.load).toHaveBeenCalledWith(file, expect.anything()));
    expect(screen.queryByText("Drop Netflix's all-weeks-global.tsv or .xlsx to load it")).not.toBeInTheDocument();
  });

  it('ignores a drag of text, not files', () => {
    const c = controlledLoad();
    render(<LoadFile load={c.load} loadedName={null} onForget={() => {}} />);
    const drop = Object.assign(new Event('drop', { cancelable: true }), { dataTransfer: { types: ['text/plain'], files: [] } });
    fireEvent(window, drop);
    expect(drop.defaultPrevented).toBe(false);
    expect(c.load).not.toHaveBeenCalled();
  });
});
