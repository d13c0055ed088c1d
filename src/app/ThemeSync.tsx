import { useEffect } from 'react';
import { useTheme } from '../state/hooks';

/** No theme in the view means: follow the system (the stylesheet's prefers-color-scheme). */
export function ThemeSync() {
  const theme = useTheme();
  useEffect(() => {
    const root = document.documentElement;
    if (theme) root.dataset.theme = theme;
    else delete root.dataset.theme;
  }, [theme]);
  return null;
}
