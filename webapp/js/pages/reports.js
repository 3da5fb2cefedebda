// Reports: pick a report, set the filters (period in your time zone, team, requisition, recruiting
// source, intake channel, state; the EEO question), and read its definition, headline figures, chart (Apache ECharts from its WebJar) and the
// table behind the chart — the same table the CSV download holds.
import { api } from '../api.js';
import { h, mount, table, field, when } from '../ui.js';
import { hasRole, session } from '../app.js';
import { formatDate } from '../careers/states.js';

const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';
const CHANNELS = [['CAREERS_PAGE', 'Careers page'], ['UPLOAD', 'Recruiter upload'], ['TALENT_POOL_UPLOAD', 'Talent pool upload']];
const QUESTIONS = [['gender', 'Gender'], ['race', 'Race or ethnicity'], ['veteran', 'Veteran status'], ['disability', 'Disability']];
const FILTERS = ['from', 'to', 'teamId', 'requisitionId', 'source', 'channel', 'state', 'by', 'question'];
const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

const cell = (v, money) => (v === '' || v === null || v === undefined ? '—'
  : typeof v === 'number' ? (money ? usd : number).format(v)
  : /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(v) : String(v));

/** The query of the current filters, for the API, the CSV link and the page's own address. */
function query(filters) {
  const q = new URLSearchParams();
  FILTERS.forEach(k => { if (filters[k]) q.set(k, filters[k]); });
  return q;
}

export async function reportsPage(params, search = new URLSearchParams()) {
  const kinds = await api('reports');
  if (!kinds.length) { mount(h('h1', {}, 'Reports'), h('p', { className: 'muted' }, 'None of the reports is among yours.')); return; }
  const kind = kinds.find(k => k.name === search.get('report')) || kinds[0];
  const name = kind.name;
  const applies = k => ['from', 'to'].includes(k) || kind.filters.includes(k) || (k === 'by' && name === 'funnel');
  const filters = Object.fromEntries(FILTERS.map(k => [k, applies(k) ? search.get(k) || '' : '']));
  const seesTeams = hasRole('ADMIN', 'RECRUITER');
  const [report, teams, requisitions, sources] = await Promise.all([
    api(`reports/${name}`, { query: Object.fromEntries(query(filters)) }),
    seesTeams ? api('teams').catch(() => []) : Promise.resolve([]),
    hasRole('ADMIN', 'RECRUITER', 'HIRING_MANAGER') ? api('requisitions', { query: { size: 200, sort: 'title' } }).then(p => p.items).catch(() => []) : Promise.resolve([]),
    applies('source') ? api('sources').catch(() => []) : Promise.resolve([]),
  ]);
  const go = change => { location.hash = `#/reports?${new URLSearchParams({ report: name, ...Object.fromEntries(query({ ...filters, ...change })) })}`; };

  const form = h('form', { className: 'inline-form', id: 'report-filters', 'aria-label': 'Filters' },
    field('From', h('input', { type: 'date', name: 'from', value: report.from })),
    field('To', h('input', { type: 'date', name: 'to', value: report.to })),
    seesTeams && applies('teamId') ? field('Team', h('select', { name: 'teamId' }, h('option', { value: '' }, 'Every team'),
      teams.map(t => h('option', { value: t.id, selected: String(t.id) === filters.teamId }, t.name)))) : null,
    requisitions.length && applies('requisitionId') ? field('Requisition', h('select', { name: 'requisitionId' }, h('option', { value: '' }, 'Every requisition'),
      requisitions.map(r => h('option', { value: r.id, selected: String(r.id) === filters.requisitionId }, r.title)))) : null,
    applies('source') ? field('Source', h('select', { name: 'source' }, h('option', { value: '' }, 'Every source'),
      sources.map(s => h('option', { value: s.id, selected: String(s.id) === filters.source }, s.active ? s.name : `${s.name} (retired)`)))) : null,
    applies('channel') ? field('Channel', h('select', { name: 'channel' }, h('option', { value: '' }, 'Every channel'),
      CHANNELS.map(([v, label]) => h('option', { value: v, selected: v === filters.channel }, label)))) : null,
    applies('question') ? field('Question', h('select', { name: 'question' },
      QUESTIONS.map(([v, label]) => h('option', { value: v, selected: v === filters.question }, label)))) : null,
    applies('state') ? field('State', h('input', { name: 'state', value: filters.state, maxlength: 2, size: 3, placeholder: 'FL', autocomplete: 'off' })) : null,
    name === 'funnel' ? field('Break down by', h('select', { name: 'by' }, [['', 'Nothing'], ['source', 'Source'], ['channel', 'Channel'], ['requisition', 'Requisition'], ['team', 'Team']]
      .map(([v, label]) => h('option', { value: v, selected: v === filters.by }, label)))) : null,
    h('button', { type: 'submit', id: 'apply-filters' }, 'Apply'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const f = new FormData(form);
    go(Object.fromEntries(FILTERS.map(k => [k, (f.get(k) || '').toString().trim()])));
  });

  const csv = `api/v1/reports/${name}.csv?${query({ ...filters, from: report.from, to: report.to })}`;
  const scope = hasRole('ADMIN', 'RECRUITER') ? '' : hasRole('HIRING_MANAGER') ? ` · your team (${session.me.teamName || 'none'})` : kind.name === 'headcount' ? '' : ' · the classes you teach';
  const [section, chart] = reportSection(report, csv, `${formatDate(report.from)} – ${formatDate(report.to)}, days in ${report.zone}${scope} · computed ${when(report.computedAt)}`,
    kind.adminOnly ? h('p', { className: 'hint', id: 'report-privacy' }, 'Visible to admins only. Counts under 5 show as <5 and — hides a count of 5 or more that would reveal one; nobody\'s answers can be seen.') : null);
  mount(
    h('h1', {}, 'Reports'),
    h('nav', { className: 'tabs', 'aria-label': 'Reports' }, kinds.map(k => h('a', {
      href: `#/reports?${new URLSearchParams({ report: k.name, ...Object.fromEntries(query({ ...filters, by: '' })) })}`,
      className: k.name === name ? 'tab active' : 'tab', 'aria-current': k.name === name ? 'page' : null }, k.title))),
    h('section', { className: 'card' }, form),
    section);
  await draw(chart, report);
}

/** A report's card: title, period line, definition, figures, chart, CSV link and table; and the chart's box. */
export function reportSection(report, csv, period, note) {
  const chart = h('div', { className: 'report-chart', id: 'report-chart' });
  return [
    h('section', { className: 'card', id: 'report', 'aria-labelledby': 'report-heading' },
      h('h2', { id: 'report-heading' }, report.title),
      h('p', { className: 'muted', id: 'report-period' }, period),
      h('p', { className: 'hint', id: 'report-definition' }, h('strong', {}, 'Definition: '), report.definition),
      h('div', { className: 'grid', id: 'report-figures' }, report.figures.map(f => h('div', {},
        h('div', { className: 'stat' }, f.value === null ? (f.unit && f.unit !== '%' && f.unit !== 'USD' ? f.unit : '—')
          : f.unit === 'USD' ? usd.format(f.value) : `${number.format(f.value)}${f.unit === '%' ? ' %' : ''}`),
        h('span', {}, f.unit && f.unit !== '%' && f.unit !== 'USD' && f.value !== null ? `${f.label} (${f.unit})` : f.label)))),
      note,
      chart,
      h('p', {}, h('a', { href: csv, download: '', id: 'report-csv', className: 'button secondary' }, 'Download CSV'), ' ',
        h('span', { className: 'hint' }, 'UTF-8 with ISO dates; opens in Excel.')),
      table(report.table.columns.map((label, i) => ({ label, render: row => cell(row[i], label.includes('(USD)')) })), report.table.rows,
        { empty: 'Nothing in this period.', label: `${report.title}: the numbers` })),
    chart];
}

/** The chart, with its numbers also in the table below it (the chart is described, not read). */
export async function draw(container, report) {
  const c = report.chart;
  if (!c.categories.length) { container.replaceChildren(h('p', { className: 'muted' }, 'No chart: nothing in this period.')); return; }
  container.setAttribute('role', 'img');
  container.setAttribute('aria-label', `Bar chart of ${report.title.toLowerCase()}: ${c.yLabel} per ${c.xLabel.toLowerCase()}; the numbers are in the table below.`);
  const echarts = await import(ECHARTS);
  const chart = echarts.init(container, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    aria: { enabled: false },
    textStyle: { color: '#1f2937' },
    grid: { left: 56, right: 16, top: 40, bottom: 72, containLabel: true },
    legend: { show: c.series.length > 1, top: 0 },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    xAxis: { type: 'category', data: c.categories, name: c.xLabel, nameLocation: 'middle', nameGap: 48,
      axisLabel: { interval: 0, rotate: c.categories.length > 8 ? 30 : 0, width: 120, overflow: 'truncate' } },
    yAxis: { type: 'value', name: c.yLabel, nameLocation: 'middle', nameGap: 44, minInterval: 1 },
    series: c.series.map(s => ({ name: s.name, type: 'bar', data: s.values, label: { show: c.categories.length <= 12, position: 'top' } })),
  });
  window.addEventListener('resize', () => chart.resize(), { once: true });
}
