import './styles.css';

/**
 * The prerendered page paints first; React and the app load after that paint. Starting them
 * earlier would put their download and start-up between the HTML and the first paint.
 */
function afterFirstPaint(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run, 0));
}

// The prerendered HTML is the default view: for any other link, keep it from showing the wrong
// figures until the app has rendered the linked view (ReadyMarker lifts this).
if (window.location.search !== '') document.documentElement.dataset.pending = '';

afterFirstPaint(() => {
  import('./app/start')
    .then(({ start }) => start(document.getElementById('root')!))
    // Without the app, the prerendered default view is still worth showing.
    .catch(() => delete document.documentElement.dataset.pending);
});
