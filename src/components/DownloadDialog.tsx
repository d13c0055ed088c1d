import { useEffect, useState } from 'react';
import { citation } from '../domain/export/source';
import { chartSvgIn, type ExportBundle } from '../export/bundle';
import { composeChartSvg, serializeSvg } from '../export/compose';
import { copyPng, csvBlob, saveBlob, svgToPng } from '../export/raster';
import { CopyField } from './CopyField';
import { ModalDialog } from './ModalDialog';

type Load = { kind: 'loading' } | { kind: 'ready'; bundle: ExportBundle; hasChart: boolean } | { kind: 'failed'; reason: string };

function today(): string {
  // The reader's own calendar day: en-CA writes dates as YYYY-MM-DD.
  return new Date().toLocaleDateString('en-CA');
}

function imageOf(bundle: ExportBundle) {
  const svg = composeChartSvg(bundle.figure()!, bundle);
  return { text: serializeSvg(svg), width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) };
}

/** Downloads of the view: its data as CSV, its chart as PNG or SVG, its link and a citation. */
export default function DownloadDialog({ getExport, onClose }: { getExport: () => Promise<ExportBundle>; onClose: () => void }) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [status, setStatus] = useState('');
  useEffect(() => {
    let live = true;
    getExport().then(
      (bundle) => live && setLoad({ kind: 'ready', bundle, hasChart: chartSvgIn(bundle.figure()) !== null }),
      (e: unknown) => live && setLoad({ kind: 'failed', reason: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [getExport]);

  // A task says what it did, or returns nothing; `undefined` in place of void would refuse `() => saveBlob(...)`.
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type
  const run = (what: string, task: () => Promise<string | void> | string | void) => {
    setStatus(`${what}…`);
    Promise.resolve()
      .then(task)
      .then(
        (done) => setStatus(done ?? `${what}: done`),
        (e: unknown) => setStatus(`${what} failed: ${e instanceof Error ? e.message : String(e)}`),
      );
  };

  if (load.kind !== 'ready') {
    return (
      <ModalDialog title="Download" onClose={onClose} className="export">
        <p role="status">{load.kind === 'loading' ? 'Preparing the downloads…' : `The downloads could not be prepared: ${load.reason}`}</p>
      </ModalDialog>
    );
  }
  const { bundle, hasChart } = load;
  return (
    <ModalDialog title="Download" onClose={onClose} className="export">
      <p className="export__what">{bundle.title}</p>
      <div className="export__group" role="group" aria-labelledby="export-data">
        <h3 id="export-data" className="export__heading">
          Data
        </h3>
        <button
          type="button"
          className="button"
          onClick={() => run('CSV of the data on screen', () => saveBlob(csvBlob(bundle.csvDisplayed), `${bundle.fileBase}.csv`))}
        >
          CSV: the data on screen
        </button>
        <button
          type="button"
          className="button"
          onClick={() => run('CSV of every week', () => saveBlob(csvBlob(bundle.csvFull), `${bundle.fileBaseFull}.csv`))}
        >
          CSV: every week of these titles
        </button>
      </div>
      <div className="export__group" role="group" aria-labelledby="export-chart">
        <h3 id="export-chart" className="export__heading">
          Chart
        </h3>
        <button
          type="button"
          className="button"
          disabled={!hasChart}
          onClick={() =>
            run('PNG', async () => {
              const image = imageOf(bundle);
              saveBlob(await svgToPng(image.text, image.width, image.height), `${bundle.fileBase}.png`);
            })
          }
        >
          PNG image
        </button>
        <button
          type="button"
          className="button"
          disabled={!hasChart}
          onClick={() => run('SVG', () => saveBlob(new Blob([imageOf(bundle).text], { type: 'image/svg+xml' }), `${bundle.fileBase}.svg`))}
        >
          SVG image
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={!hasChart}
          onClick={() =>
            run('Copying the chart', async () => {
              const image = imageOf(bundle);
              const result = await copyPng(svgToPng(image.text, image.width, image.height));
              return result.ok ? 'Chart copied as an image' : result.reason;
            })
          }
        >
          Copy chart as image
        </button>
        {!hasChart && <p className="export__hint">The table is showing: switch to the chart to save it as an image.</p>}
      </div>
      <CopyField label="Link to this view" value={bundle.link} button="Copy link" />
      <CopyField label="Citation" value={citation(bundle.link, today())} button="Copy citation" multiline />
      <p role="status" className="export__status">
        {status}
      </p>
    </ModalDialog>
  );
}
