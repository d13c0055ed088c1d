import { useRef, useState } from 'react';
import type { EmbedTarget } from './EmbedDialog';
import { useLazyPart } from './useLazyPart';

const loadDialog = () => import('./EmbedDialog');

/** The Embed button: gives the <iframe> code for the view on screen. */
export function EmbedButton({ getEmbed }: { getEmbed: () => EmbedTarget }) {
  const [target, setTarget] = useState<EmbedTarget | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { state, open } = useLazyPart(loadDialog);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button button--quiet"
        aria-haspopup="dialog"
        onClick={() => {
          // Read at click time: the code is for the view on screen now.
          setTarget(getEmbed());
          open();
        }}
      >
        Embed
      </button>
      {target && state.kind === 'failed' && (
        <span role="alert" className="share__status">
          The embed code could not be loaded. Check the connection and press Embed again.
        </span>
      )}
      {target && state.kind === 'ready' && (
        <state.Component
          target={target}
          onClose={() => {
            setTarget(null);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}
