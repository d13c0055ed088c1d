import { embedHeightFor, iframeSnippet } from '../domain/export/embedSnippet';
import { CopyField } from './CopyField';
import { ModalDialog } from './ModalDialog';

export interface EmbedTarget {
  /** The view's address with `embed=1`. */
  src: string;
  /** What the chart shows: the iframe's accessible name. */
  title: string;
  titleCount: number;
}

/** The iframe code for the view, ready to paste into a page. */
export default function EmbedDialog({ target, onClose }: { target: EmbedTarget; onClose: () => void }) {
  const code = iframeSnippet(target.src, `${target.title} (Top 10 Compare)`, embedHeightFor(target.titleCount));
  return (
    <ModalDialog title="Embed this chart" onClose={onClose} className="export">
      <p className="export__what">
        Paste this code into a page to show the live chart, its legend, notes and source, with a link to the full view. It follows this view
        exactly: titles, weeks, metric and alignment.
      </p>
      <CopyField label="Embed code" value={code} button="Copy code" multiline />
      <p className="export__hint">
        Preview:{' '}
        <a href={target.src} target="_blank" rel="noopener">
          open the embed in a new tab
        </a>
      </p>
    </ModalDialog>
  );
}
