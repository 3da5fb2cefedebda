import { api, ApiError } from '../api.js';
import { h, mount, flash, badge, problemText, present, isoDay } from '../ui.js';

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) el.setAttribute(k, v);
  for (const child of children.flat()) if (child !== null && child !== undefined) el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return el;
}

const monthName = (ym, style = 'short') => {
  const [y, m] = ym.split('-').map(Number);
  return new Intl.DateTimeFormat('en-US', { month: style, year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
};
const thisMonth = () => isoDay().slice(0, 7);

export async function headcountPage(params, query) {
  const state = { from: query.get('from') || thisMonth(), months: Number(query.get('months') || 6), view: query.get('view') || 'total' };
  const from = h('input', { type: 'month', name: 'from', id: 'plan-from', value: state.from, required: true, placeholder: 'YYYY-MM', pattern: '\\d{4}-\\d{2}' });
  const months = h('select', { name: 'months', id: 'plan-months' }, [3, 6, 9, 12, 18, 24].map(n => h('option', { value: n, selected: n === state.months }, `${n} months`)));
  const body = h('div', { id: 'plan' });
  const controls = h('form', { className: 'filters', onsubmit: e => {
    e.preventDefault();
    state.from = from.value || thisMonth();
    state.months = Number(months.value);
    load().catch(err => flash(problemText(err), 'error'));
  } }, h('label', {}, 'From month', from), h('label', {}, 'Show', months), h('button', { type: 'submit' }, 'Show plan'));

  const remember = () => history.replaceState(null, '', `#/headcount?from=${state.from}&months=${state.months}${state.view !== 'total' ? `&view=${state.view}` : ''}`);

  async function load() {
    remember();
    const plan = await api('headcount-plan', { query: { from: state.from, months: state.months } });
    render(plan);
  }

  function render(plan) {
    const baseline = plan.teams.reduce((sum, t) => sum + t.baselineHeadcount, 0);
    const current = plan.total.find(r => r.month === thisMonth()) || plan.total[0];
    const last = plan.total[plan.total.length - 1];
    const goal = baseline * 2;
    const grown = current.headcount - baseline;
    const progress = baseline > 0 ? Math.max(0, Math.min(100, Math.round((grown / baseline) * 100))) : 0;
    const openSeats = plan.total.reduce((sum, r) => sum + r.openOpenings, 0);

    const chartHost = h('div', { className: 'chart-host' });
    const viewSelect = h('select', { id: 'chart-view', name: 'view' },
      h('option', { value: 'total', selected: state.view === 'total' }, 'Whole company'),
      plan.teams.map(t => h('option', { value: String(t.teamId), selected: state.view === String(t.teamId) }, t.team)));
    const drawChart = () => {
      const team = plan.teams.find(t => String(t.teamId) === viewSelect.value);
      const rows = team ? team.months : plan.total;
      const start = team ? team.baselineHeadcount : baseline;
      chartHost.replaceChildren(chart(rows, start, team ? team.team : 'Whole company'));
    };
    viewSelect.addEventListener('change', () => { state.view = viewSelect.value; drawChart(); remember(); });
    if (!viewSelect.value) viewSelect.value = 'total';
    drawChart();

    body.replaceChildren(...present([
      h('section', { className: 'card', 'aria-labelledby': 'progress-heading' },
        h('h2', { id: 'progress-heading' }, 'Progress toward doubling'),
        h('div', { className: 'grid' },
          stat(baseline, 'agents when the plan started'),
          stat(current.headcount, `agents at the end of ${monthName(current.month, 'long')}`),
          stat(goal, 'agents = double the organization'),
          stat(`${last.target ?? '—'}`, `target for ${monthName(last.month, 'long')}`),
          stat(openSeats, 'open openings in these months')),
        h('label', { className: 'progress-label' }, `${progress}% of the way to double (${grown >= 0 ? '+' : ''}${grown} of +${baseline} agents)`,
          h('progress', { max: 100, value: progress, id: 'double-progress' }, `${progress}%`))),
      h('section', { className: 'card', 'aria-labelledby': 'chart-heading' },
        h('div', { className: 'page-head' }, h('h2', { id: 'chart-heading' }, 'Headcount, open openings and target'),
          h('label', { className: 'inline-select' }, 'Chart for', viewSelect)),
        chartHost),
      h('section', { className: 'card', 'aria-labelledby': 'total-heading' },
        h('h2', { id: 'total-heading' }, 'Company total'),
        planTable(plan.total, null)),
      ...plan.teams.map(t => teamSection(t, load)),
      h('p', { className: 'muted' }, 'Headcount = agents at plan start + openings filled by the end of the month. Open openings count in the month of their target start (past or missing starts count now). Gap = target − headcount − in offer − open openings: seats that still need a requisition.')]));
  }

  mount(h('h1', {}, 'Double the organization — headcount plan'),
    h('p', { className: 'muted' }, 'Targets per team and month against agents on the floor, people in the Offer stage and open openings.'),
    controls, body);
  await load();
}

function stat(value, label) {
  return h('div', {}, h('div', { className: 'stat' }, String(value)), h('div', { className: 'muted' }, label));
}


function gapCell(gap) {
  if (gap == null) return '—';
  if (gap > 0) return badge(`${gap} to open`, 'bad');
  if (gap < 0) return badge(`${-gap} ahead`, 'ok');
  return badge('on plan', 'ok');
}

function planTable(rows, team, inputs) {
  const caption = team ? `Plan for ${team.team}` : 'Company total per month';
  return h('div', { className: 'table-wrap' }, h('table', { className: 'plan-table' },
    h('caption', { className: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, ['Month', 'Target', 'Headcount', 'Hired in month', 'In offer', 'Open openings', 'Gap']
      .map(label => h('th', { scope: 'col' }, label)))),
    h('tbody', {}, rows.map((row, i) => h('tr', { dataset: { month: row.month } },
      h('th', { scope: 'row' }, monthName(row.month)),
      h('td', {}, inputs ? inputs[i] : row.target ?? '—'),
      h('td', {}, String(row.headcount)), h('td', {}, String(row.hiredInMonth)), h('td', {}, String(row.inOffer)),
      h('td', {}, String(row.openOpenings)), h('td', {}, gapCell(row.gap)))))));
}

function teamSection(team, reload) {
  // the server says which teams the viewer plans (admins: every team; a hiring manager: their own)
  const editable = team.editable;
  const problem = h('div', { className: 'problem', role: 'alert', hidden: true });
  const fail = err => {
    problem.replaceChildren(err instanceof ApiError && err.status === 403
      ? 'You can change only your own team’s plan (admins change every team).' : problemText(err));
    problem.hidden = false;
  };
  let inputs = null;
  let targetForm = null;
  let baselineForm = null;
  if (editable) {
    inputs = team.months.map(row => h('input', {
      type: 'number', min: 0, max: 100000, step: 1, value: row.target ?? '', className: 'target-input', name: `target-${row.month}`,
      'aria-label': `Target for ${team.team}, ${monthName(row.month, 'long')}`, dataset: { month: row.month, original: row.target ?? '' },
    }));
    const saveTargets = h('button', { type: 'submit', dataset: { testid: 'save-targets' } }, 'Save targets');
    targetForm = h('form', { className: 'plan-form', onsubmit: async e => {
      e.preventDefault();
      problem.hidden = true;
      const changed = inputs.filter(i => i.value !== '' && i.value !== String(i.dataset.original));
      if (changed.length === 0) { flash('No target changed.'); return; }
      saveTargets.disabled = true;
      try {
        for (const input of changed) {
          await api('headcount-plan/targets', { method: 'PUT', body: { teamId: team.teamId, month: input.dataset.month, target: Number(input.value) } });
          input.dataset.original = input.value;
        }
        await reload();
        flash(`Saved ${changed.length} target${changed.length === 1 ? '' : 's'} for ${team.team}.`);
      } catch (err) { fail(err); } finally { saveTargets.disabled = false; }
    } }, h('div', { className: 'actions' }, saveTargets));
    const baselineId = `baseline-${team.teamId}`;
    const baseline = h('input', { type: 'number', min: 0, max: 100000, step: 1, id: baselineId, name: 'agents', value: team.baselineHeadcount, className: 'target-input' });
    baselineForm = h('form', { className: 'inline-form', onsubmit: async e => {
      e.preventDefault();
      problem.hidden = true;
      try {
        await api(`headcount-plan/baselines/${team.teamId}`, { method: 'PUT', body: { agents: baseline.value === '' ? null : Number(baseline.value) } });
        await reload();
        flash(`Saved: ${team.team} started the plan with ${baseline.value} agents.`);
      } catch (err) { fail(err); }
    } }, h('label', { for: baselineId }, 'Agents at plan start', baseline), h('button', { type: 'submit', className: 'secondary' }, 'Save'));
  }
  return h('section', { className: 'card', 'aria-labelledby': `team-${team.teamId}`, dataset: { testid: 'team-plan', teamId: team.teamId } },
    h('div', { className: 'page-head' }, h('h2', { id: `team-${team.teamId}` }, team.team),
      baselineForm || h('p', { className: 'muted' }, `${team.baselineHeadcount} agents at plan start · goal ${team.baselineHeadcount * 2}`)),
    problem,
    targetForm ? h('div', {}, planTable(team.months, team, inputs), targetForm) : planTable(team.months, team, null));
}

// Stacked bars (headcount + open openings) with the target as a line and 2× the start as a dashed line.
function chart(rows, start, name) {
  const W = 760; const H = 320;
  const m = { top: 20, right: 20, bottom: 44, left: 52 };
  const iw = W - m.left - m.right; const ih = H - m.top - m.bottom;
  const double = start * 2;
  const top = Math.max(1, double, ...rows.map(r => r.headcount + r.openOpenings + r.inOffer), ...rows.map(r => r.target ?? 0));
  const step = niceStep(top / 5);
  const max = Math.ceil((top * 1.05) / step) * step;
  const y = v => m.top + ih - (v / max) * ih;
  const band = iw / rows.length;
  const bw = Math.min(56, band * 0.6);
  const x = i => m.left + band * i + band / 2;
  const titleId = `chart-title-${Math.random().toString(36).slice(2)}`;
  const descId = `${titleId}-desc`;
  const sentences = rows.map(r => `${monthName(r.month, 'long')}: ${r.headcount} agents, ${r.openOpenings} open openings${r.inOffer ? `, ${r.inOffer} in offer` : ''}, target ${r.target ?? 'not set'}.`);

  const grid = [];
  for (let v = 0; v <= max; v += step) {
    grid.push(svg('line', { x1: m.left, x2: W - m.right, y1: y(v), y2: y(v), class: 'grid-line' }),
      svg('text', { x: m.left - 8, y: y(v) + 4, class: 'axis-label', 'text-anchor': 'end' }, String(v)));
  }
  const bars = rows.map((r, i) => svg('g', { class: 'bar' },
    svg('title', {}, sentences[i]),
    svg('rect', { x: x(i) - bw / 2, y: y(r.headcount), width: bw, height: Math.max(0, y(0) - y(r.headcount)), class: 'bar-headcount' }),
    r.inOffer ? svg('rect', { x: x(i) - bw / 2, y: y(r.headcount + r.inOffer), width: bw, height: y(r.headcount) - y(r.headcount + r.inOffer), class: 'bar-offer' }) : null,
    svg('rect', { x: x(i) - bw / 2, y: y(r.headcount + r.inOffer + r.openOpenings), width: bw, height: y(r.headcount + r.inOffer) - y(r.headcount + r.inOffer + r.openOpenings), class: 'bar-open' }),
    svg('text', { x: x(i), y: H - m.bottom + 18, class: 'axis-label', 'text-anchor': 'middle' }, monthName(r.month))));
  const withTarget = rows.map((r, i) => [i, r.target]).filter(([, t]) => t != null);
  const line = withTarget.length > 1 ? svg('polyline', { points: withTarget.map(([i, t]) => `${x(i)},${y(t)}`).join(' '), class: 'target-line' }) : null;
  const dots = withTarget.map(([i, t]) => svg('circle', { cx: x(i), cy: y(t), r: 4, class: 'target-dot' }, svg('title', {}, `Target ${monthName(rows[i].month, 'long')}: ${t}`)));
  const doubleLine = double > 0 ? [
    svg('line', { x1: m.left, x2: W - m.right, y1: y(double), y2: y(double), class: 'double-line' }),
    svg('text', { x: m.left + 6, y: y(double) - 6, class: 'axis-label double-label', 'text-anchor': 'start' }, `2× start = ${double}`)] : [];

  const figure = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${titleId} ${descId}`, class: 'plan-chart', id: 'plan-chart' },
    svg('title', { id: titleId }, `${name}: headcount and open openings per month against the target`),
    svg('desc', { id: descId }, sentences.join(' ')),
    grid, svg('line', { x1: m.left, x2: W - m.right, y1: y(0), y2: y(0), class: 'axis' }), bars, doubleLine, line, dots);

  return h('figure', { className: 'chart' }, figure,
    h('figcaption', {},
      h('ul', { className: 'legend' },
        h('li', {}, h('span', { className: 'swatch swatch-headcount' }), 'Headcount'),
        h('li', {}, h('span', { className: 'swatch swatch-open' }), 'Open openings'),
        rows.some(r => r.inOffer) ? h('li', {}, h('span', { className: 'swatch swatch-offer' }), 'In offer') : null,
        h('li', {}, h('span', { className: 'swatch swatch-target' }), 'Target'),
        h('li', {}, h('span', { className: 'swatch swatch-double' }), 'Double the start')),
      h('details', {}, h('summary', {}, 'Chart as text'), h('ul', {}, sentences.map(s => h('li', {}, s))))));
}

function niceStep(raw) {
  const power = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  const n = raw / power;
  return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * power;
}
