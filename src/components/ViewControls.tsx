import { logRefusalFor } from '../domain/comparison/scale';
import { ALIGN_LABELS, METRIC_LABELS, type Align, type ChartKind, type Metric, type Scale } from '../domain/view';
import { useActions, useAlign, useChartKind, useMetric, useScale } from '../state/hooks';
import { RadioGroup, type RadioOption } from './RadioGroup';

const METRIC_OPTIONS: RadioOption<Metric>[] = (Object.keys(METRIC_LABELS) as Metric[]).map((value) => ({
  value,
  label: METRIC_LABELS[value],
}));
const ALIGN_OPTIONS: RadioOption<Align>[] = (Object.keys(ALIGN_LABELS) as Align[]).map((value) => ({ value, label: ALIGN_LABELS[value] }));
const CHART_OPTIONS: RadioOption<ChartKind>[] = [
  { value: 'line', label: 'Line' },
  { value: 'bar', label: 'Bar' },
];

export function MetricControl() {
  const metric = useMetric();
  const { metricChosen } = useActions();
  return <RadioGroup name="Metric" options={METRIC_OPTIONS} value={metric} onChange={metricChosen} />;
}

export function AlignControl() {
  const align = useAlign();
  const { alignChosen } = useActions();
  return <RadioGroup name="Align weeks by" options={ALIGN_OPTIONS} value={align} onChange={alignChosen} />;
}

export function ChartKindControl() {
  const chart = useChartKind();
  const { chartChosen } = useActions();
  return <RadioGroup name="Chart" options={CHART_OPTIONS} value={chart} onChange={chartChosen} />;
}

export function ScaleControl() {
  const scale = useScale();
  const metric = useMetric();
  const chart = useChartKind();
  const { scaleChosen } = useActions();
  const refusal = logRefusalFor(metric, chart);
  const options: RadioOption<Scale>[] = [
    { value: 'linear', label: 'Linear' },
    { value: 'log', label: 'Log', disabled: refusal !== null },
  ];
  return (
    <RadioGroup name="Scale" options={options} value={refusal ? 'linear' : scale} onChange={scaleChosen} hint={refusal ?? undefined} />
  );
}
