import './styles.css';

/**
 * The prerendered page paints first; React and the app load after that paint. Starting them
 * earlier would put their download and start-up between the HTML and the first paint.
 */
function afterFirstPaint(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run, 0));
}

const root = document.documentElement;

// Until the app takes over, the prerendered controls are static HTML: a click on one would be
// quietly undone. They stay inert (and dimmed, with a cue, from the stylesheet) until then;
// ReadyMarker lets them go.
for (const control of document.querySelectorAll<HTMLElement>('#root main :is(input, button, select, textarea)')) {
  control.inert = true;
  control.dataset.untilReady = '';
}

afterFirstPaint(() => {
  import('./app/start')
    .then(({ start }) => start(document.getElementById('root')!))
    // Without the app a link's own view cannot be shown, and the default's figures must not pass
    // for it: the page says so (data-pending="failed") instead of lifting the veil.
    .catch(() => {
      root.dataset.appFailed = '';
      if ('pending' in root.dataset) root.dataset.pending = 'failed';
    });
});
