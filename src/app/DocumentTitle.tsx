import { useEffect } from 'react';

/** The tab, bookmarks and history name the view they hold. */
export function DocumentTitle({ title }: { title: string }) {
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
