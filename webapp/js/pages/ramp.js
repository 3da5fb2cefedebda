// A class's ramp on the floor: one KPI per week on the floor (median and middle half of the class) against the
// target ramp admins set, with when each graduate became proficient. The chart is Apache ECharts (canvas); its
// numbers are in the table below it.
import { api } from '../api.js';
import { h, table } from '../ui.js';

const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';
const number = v => (v == null ? '—' : new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(v));

/** The card for class {@code classId}; null when nobody of the class has KPIs on the floor yet. */
export async function rampCard(classId, kpi = 'CONVERSION') {
  const [ramp, targets] = await Promise.all([api(`floor-kpis/classes/${classId}/ramp`, { query: { kpi } }), api('floor-kpis/targets')]);
  if (!ramp.people.some(p => p.weeksReported > 0)) return null;
  const card = h('section', { className: 'card', id: 'ramp', 'aria-labelledby': 'ramp-heading' });
  const picker = h('select', { id: 'ramp-kpi', 'aria-label': 'KPI' }, targets.map(t => h('option', { value: t.kpi, selected: t.kpi === kpi }, t.label)));
  picker.addEventListener('change', async () => {
    const next = await rampCard(classId, picker.value);
    if (next) card.replaceWith(next);
  });
  const chart = h('div', { className: 'report-chart', id: 'ramp-chart', role: 'img',
    'aria-label': `Line chart of ${ramp.target.label.toLowerCase()} per week on the floor: the class's median and middle half against the target; the numbers are in the table below.` });
  const t = ramp.target;
  card.append(
    h('h2', { id: 'ramp-heading' }, 'Ramp on the floor'),
    h('div', { className: 'actions' }, picker),
    h('p', { className: 'hint' }, t.consecutiveWeeks
      ? `Proficient: ${t.consecutiveWeeks} weeks in a row meeting the week's target (${t.higherIsBetter ? 'at or above' : 'at or below'} it). Week 1 is the graduation week.`
      : 'No target ramp is set for this KPI (an admin sets one under Quality of hire).'),
    chart,
    table([
      { label: 'Week on floor', render: p => String(p.week) },
      { label: 'People', render: p => String(p.people) },
      { label: 'Median', render: p => number(p.median) },
      { label: '25th percentile', render: p => number(p.p25) },
      { label: '75th percentile', render: p => number(p.p75) },
      { label: 'Target', render: p => number(p.target) },
    ], ramp.curve, { label: `${t.label} per week on the floor` }),
    h('h3', {}, 'Proficiency'),
    h('ul', { className: 'plain', id: 'ramp-people' }, ramp.people.filter(p => p.weeksReported > 0).map(p => h('li', {},
      h('a', { href: `#/training/new-hires/${p.newHireId}` }, p.name), ': ',
      p.proficientAtWeek ? `proficient in week ${p.proficientAtWeek}` : t.consecutiveWeeks ? `not yet (${p.weeksReported} week(s) reported)` : `${p.weeksReported} week(s) reported`))));
  draw(chart, ramp).catch(() => chart.replaceChildren(h('p', { className: 'muted' }, 'The chart could not be drawn; the numbers are in the table.')));
  return card;
}

async function draw(container, ramp) {
  const echarts = await import(ECHARTS);
  const c = echarts.init(container, null, { renderer: 'canvas' });
  const weeks = ramp.curve.map(p => `Week ${p.week}`);
  const line = (name, key, style) => ({ name, type: 'line', data: ramp.curve.map(p => p[key]), connectNulls: false, ...style });
  c.setOption({
    animation: false,
    aria: { enabled: false },
    textStyle: { color: '#1f2937' },
    grid: { left: 56, right: 16, top: 40, bottom: 48, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    xAxis: { type: 'category', data: weeks },
    yAxis: { type: 'value', name: ramp.target.label, nameLocation: 'middle', nameGap: 44, scale: true },
    series: [
      line('Median', 'median', { lineStyle: { width: 3 } }),
      line('25th percentile', 'p25', { lineStyle: { type: 'dotted' } }),
      line('75th percentile', 'p75', { lineStyle: { type: 'dotted' } }),
      line('Target', 'target', { lineStyle: { type: 'dashed' }, symbol: 'none' }),
    ],
  });
  window.addEventListener('resize', () => c.resize(), { once: true });
}
