import { memo } from 'react';
import type { Theme } from '../domain/view';
import { useActions, useTheme } from '../state/hooks';
import { RadioGroup, type RadioOption } from './RadioGroup';

type ThemeChoice = Theme | 'system';
const OPTIONS: RadioOption<ThemeChoice>[] = [
  { value: 'system', label: 'Auto' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

function ThemeToggleView() {
  const theme = useTheme();
  const { themeChosen } = useActions();
  return <RadioGroup name="Theme" options={OPTIONS} value={theme ?? 'system'} onChange={(v) => themeChosen(v === 'system' ? null : v)} />;
}

/** Memoised: it re-renders only when its own inputs change, not on every view change. */
export const ThemeToggle = memo(ThemeToggleView);
