export function LoadingState({ message = "Loading Netflix's Top 10 figures…" }: { message?: string }) {
  return (
    <div className="state" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {message}
    </div>
  );
}
