import { InteractiveChart, type ChartPartProps } from './InteractiveChart';
import { LinePlot } from './LinePlot';

/** The line chart with its keyboard layer: the chunk the first view loads. */
export default function LineChartPart(props: ChartPartProps) {
  return <InteractiveChart {...props} plot={LinePlot} />;
}
