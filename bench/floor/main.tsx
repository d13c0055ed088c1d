/**
 * The size floor: the least a Vite + React page needs to draw the app's default chart, the same
 * 24 points (3 titles x 8 weeks of Netflix's weekly hours) as one recharts LineChart with axes and
 * a tooltip. No state, styles or data layer: whatever the app ships above this is its own cost.
 */
import { createRoot } from 'react-dom/client';
import { Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';

const SERIES = [
  {
    key: 'sg',
    name: 'Squid Game: Season 1',
    color: '#b3261e',
    hours: [63190000, 448730000, 571760000, 412940000, 258840000, 147560000, 90100000, 65000000],
  },
  {
    key: 'aouad',
    name: 'All of Us Are Dead: Season 1',
    color: '#1f5aa6',
    hours: [124790000, 236230000, 113240000, 62130000, 38860000, 24020000, 17480000, 13820000],
  },
  {
    key: 'bp',
    name: 'Business Proposal: Limited Series',
    color: '#2e7d32',
    hours: [15900000, 23480000, 30940000, 32520000, 41460000, 24190000, 20380000, 19500000],
  },
];

const rows = Array.from({ length: 8 }, (_, i) => ({ week: i + 1, ...Object.fromEntries(SERIES.map((s) => [s.key, s.hours[i]])) }));

function Chart() {
  return (
    <LineChart data={rows} width={360} height={280} margin={{ top: 12, right: 16, bottom: 8, left: 8 }}>
      <XAxis dataKey="week" />
      <YAxis width={64} />
      <Tooltip />
      {SERIES.map((s) => (
        // Animation off, as in the app: the first frame shows the finished lines.
        <Line key={s.key} dataKey={s.key} name={s.name} stroke={s.color} isAnimationActive={false} />
      ))}
    </LineChart>
  );
}

createRoot(document.getElementById('root')!).render(<Chart />);
