import type { Theme } from '../domain/view';
import { useActions, useTheme } from '../state/hooks';
import { RadioGroup, type RadioOption } from './RadioGroup';

type ThemeChoice = Theme | 'system';
const OPTIONS: RadioOption<ThemeChoice>[] = [
  { value: 'system', label: 'Auto' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function ThemeToggle() {
  const theme = useTheme();
  const { themeChosen } = useActions();
  return <RadioGroup name="Theme" options={OPTIONS} value={theme ?? 'system'} onChange={(v) => themeChosen(v === 'system' ? null : v)} />;
}
