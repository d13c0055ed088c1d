import './styles.css';

/**
 * The prerendered page paints first; React and the app load after that paint. Starting them
 * earlier would put their download and start-up between the HTML and the first paint.
 */
function afterFirstPaint(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run, 0));
}

afterFirstPaint(() => {
  void import('./app/start').then(({ start }) => start(document.getElementById('root')!));
});
