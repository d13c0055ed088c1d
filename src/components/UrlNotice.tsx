import { useActions, useIssues } from '../state/hooks';

/** What a link held that could not be used. Text only: nothing from the URL is rendered as HTML. */
export function UrlNotice() {
  const issues = useIssues();
  const { noticeDismissed } = useActions();
  return (
    <div role="status" aria-label="Problems with this link" className={issues.length > 0 ? 'notice' : 'visually-hidden'}>
      {issues.length > 0 && (
        <>
          <div>
            <p className="notice__title">Parts of this link could not be used as written; the rest of the view is as linked.</p>
            <ul className="notice__list">
              {issues.map((issue, i) => (
                <li key={i}>{issue.message}</li>
              ))}
            </ul>
          </div>
          <button type="button" className="button button--quiet" onClick={noticeDismissed}>
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}
