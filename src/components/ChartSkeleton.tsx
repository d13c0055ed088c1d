/**
 * Holds the chart's box at its final size while its code loads, so nothing shifts when it draws.
 * While a shared link's own view is not yet rendered (`<html data-pending>`, set by index.html
 * before the first paint), the stylesheet shows the "opening" line instead and veils the
 * prerendered default view, whose figures are not the link's.
 */
export function ChartSkeleton({ what }: { what: 'chart' | 'table' }) {
  return (
    <div className="figure__placeholder skeleton" role="status">
      <span className="skeleton__opening">Opening the linked view…</span>
      <span className="skeleton__failed">The linked view could not be opened: the app did not load. Reload the page to try again.</span>
      <span className="skeleton__loading">Loading the {what}…</span>
    </div>
  );
}
