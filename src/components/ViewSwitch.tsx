import type { ViewMode } from '../domain/view';
import { useActions, useViewMode } from '../state/hooks';
import { RadioGroup, type RadioOption } from './RadioGroup';

const OPTIONS: RadioOption<ViewMode>[] = [
  { value: 'chart', label: 'Chart' },
  { value: 'table', label: 'Table' },
];

export function ViewSwitch() {
  const view = useViewMode();
  const { viewChosen } = useActions();
  return <RadioGroup name="Show as" options={OPTIONS} value={view} onChange={viewChosen} />;
}
