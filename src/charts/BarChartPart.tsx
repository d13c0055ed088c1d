import { BarPlot } from './BarPlot';
import { InteractiveChart, type ChartPartProps } from './InteractiveChart';

/** The bar chart with its keyboard layer, loaded when a reader first picks bars. */
export default function BarChartPart(props: ChartPartProps) {
  return <InteractiveChart {...props} plot={BarPlot} />;
}
