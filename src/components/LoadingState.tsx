export function LoadingState() {
  return (
    <div className="state" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      Loading Netflix's Top 10 figures…
    </div>
  );
}
