// Quality of hire: which sources, screening score bands and criteria, interview ratings, classes and trainers give agents who do well on the
// floor — graduates compared on a KPI at week 4, 8 or 12, each group against the rest with a 95 % interval, and
// each group's 90-day survival. Aggregates only. Admins also set the target ramps here.
import { api, ApiError } from '../api.js';
import { h, mount, field, when, flash, problemText, showViolations, table } from '../ui.js';
import { hasRole } from '../app.js';
import { reportSection, draw } from './reports.js';

const BY = [['source', 'Recruiting source'], ['score_band', 'Screening score band'], ['criterion', 'Each screening criterion, met or not'],
  ['recommendation', 'Lowest interview recommendation'], ['rubric', 'Mock-call rubric score'], ['class', 'Class'], ['trainer', 'Trainer']];

export async function qualityPage(params, search = new URLSearchParams()) {
  const filters = { by: search.get('by') || 'source', kpi: search.get('kpi') || 'CONVERSION', week: search.get('week') || '8' };
  const [report, targets] = await Promise.all([api('floor-kpis/report', { query: filters }), api('floor-kpis/targets')]);
  const form = h('form', { className: 'inline-form', id: 'quality-filters', 'aria-label': 'Filters' },
    field('Compare by', h('select', { name: 'by' }, BY.map(([v, l]) => h('option', { value: v, selected: v === filters.by }, l)))),
    field('KPI', h('select', { name: 'kpi' }, targets.map(t => h('option', { value: t.kpi, selected: t.kpi === filters.kpi }, t.label)))),
    field('Week on the floor', h('select', { name: 'week' }, ['4', '8', '12'].map(w => h('option', { value: w, selected: w === filters.week }, `Week ${w}`)))),
    h('button', { type: 'submit', id: 'apply-quality' }, 'Apply'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const f = new FormData(form);
    location.hash = `#/quality?${new URLSearchParams({ by: f.get('by'), kpi: f.get('kpi'), week: f.get('week') })}`;
  });
  const [section, chart] = reportSection(report, `api/v1/floor-kpis/report.csv?${new URLSearchParams(filters)}`,
    `${hasRole('ADMIN', 'RECRUITER') ? 'Every team' : hasRole('HIRING_MANAGER') ? 'Your team' : 'The classes you teach'} · computed ${when(report.computedAt)}`,
    h('p', { className: 'hint' }, 'Aggregates only: no one person\'s KPIs are shown here.'));
  mount(h('h1', {}, 'Quality of hire'), h('section', { className: 'card' }, form), section,
    hasRole('ADMIN') ? importCard() : null,
    hasRole('ADMIN') ? targetsCard(targets) : null);
  await draw(chart, report);
}

// Admins import the platform's KPI files: preview first, then import; every refused row is told.
const OUTCOMES = { STORED: 'stored', WOULD_STORE: 'would be stored', INVALID: 'invalid', UNKNOWN_AGENT: 'unknown agent', DUPLICATE: 'duplicate' };
function importCard() {
  const system = h('input', { id: 'kpi-system', name: 'sourceSystem', required: true, maxlength: 60, autocomplete: 'off', placeholder: 'e.g. Five9' });
  const file = h('input', { id: 'kpi-file', name: 'file', type: 'file', accept: '.csv,text/csv', required: true });
  const mapping = h('textarea', { id: 'kpi-mapping', name: 'mapping', rows: 3, placeholder: '{"email": "Agent Email", "periodStart": "Week Of", "callsHandled": "Calls"}' });
  const result = h('div', { id: 'kpi-result', 'aria-live': 'polite' });
  system.addEventListener('change', async () => {
    if (!system.value.trim() || mapping.value.trim()) return;
    const saved = await api(`floor-kpis/mappings/${encodeURIComponent(system.value.trim())}`).catch(() => ({}));
    if (Object.keys(saved).length) mapping.value = JSON.stringify(saved);
  });
  const send = async preview => {
    if (!form.reportValidity()) return;
    const data = new FormData();
    data.append('sourceSystem', system.value.trim());
    if (mapping.value.trim()) data.append('mapping', mapping.value.trim());
    data.append('file', file.files[0], file.files[0].name);
    result.replaceChildren(h('p', {}, preview ? 'Reading the file…' : 'Importing…'));
    try {
      const r = await api('floor-kpis/imports', { method: 'POST', body: data, query: { preview } });
      result.replaceChildren(
        h('p', { id: 'kpi-counts' }, `${preview ? 'Preview, nothing stored' : 'Imported'}: `,
          Object.entries(r.counts).map(([k, n]) => `${n} ${OUTCOMES[k] || k}`).join(', ') || 'no rows',
          r.periodFrom ? ` · ${r.periodFrom} to ${r.periodTo}` : '', r.replacedRows ? ` · ${r.replacedRows} earlier row(s) of these days replaced` : ''),
        h('p', { className: 'hint' }, 'Columns used: ', Object.entries(r.mapping).map(([k, v]) => `${k} ← ${v}`).join(', ')),
        r.refused.length ? table([
          { label: 'Line', render: x => String(x.line) },
          { label: 'Agent', render: x => x.agent || '—' },
          { label: 'Outcome', render: x => OUTCOMES[x.outcome] || x.outcome },
          { label: 'Why', render: x => x.message },
        ], r.refused, { label: 'Refused rows' }) : null);
    } catch (err) {
      result.replaceChildren();
      if (err instanceof ApiError && err.violations.length) showViolations(form, err);
      else flash(problemText(err), 'error');
    }
  };
  const form = h('form', { className: 'card', id: 'kpi-import', onsubmit: e => { e.preventDefault(); send(false); } },
    h('h2', {}, 'Import floor KPIs'),
    h('p', { className: 'hint' }, 'A CSV from the call-center platform, up to 200 MB: one row per agent and day or week (agent id or email, the day or the week\'s Monday, and any KPIs). Columns with the usual names are found by themselves; otherwise give a mapping of KPI field to column, which is kept for this system. Importing the same days again replaces them.'),
    h('div', { className: 'actions' }, field('Source system', system), field('File', file)),
    field('Column mapping (optional, JSON)', mapping),
    h('div', { className: 'actions' },
      h('button', { type: 'button', className: 'secondary', id: 'kpi-preview', onclick: () => send(true) }, 'Preview'),
      h('button', { type: 'submit', id: 'kpi-import-submit' }, 'Import')),
    result);
  return form;
}

// Admins set each KPI's target ramp: a target per week on the floor (1–12) and the weeks in a row for proficiency.
function targetsCard(targets) {
  const kpi = h('select', { id: 'target-kpi', name: 'kpi' }, targets.map(t => h('option', { value: t.kpi }, t.label)));
  const weeks = h('input', { id: 'target-weeks', name: 'targets', size: 60, autocomplete: 'off', placeholder: 'e.g. 8, 9, 10, 11, 12, 13, 14, 14, 14, 14, 14, 14' });
  const run = h('input', { id: 'target-run', name: 'consecutiveWeeks', type: 'number', min: 1, max: 12, value: 3 });
  const fill = () => {
    const t = targets.find(x => x.kpi === kpi.value);
    weeks.value = t.targets.map(v => (v == null ? '' : v)).join(', ');
    run.value = t.consecutiveWeeks ?? 3;
  };
  kpi.addEventListener('change', fill);
  const form = h('form', { className: 'card', id: 'targets-form', onsubmit: async e => {
    e.preventDefault();
    const t = targets.find(x => x.kpi === kpi.value);
    const list = weeks.value.split(',').map(x => x.trim()).map(x => (x === '' ? null : Number(x)));
    try {
      await api(`floor-kpis/targets/${kpi.value}`, { method: 'PUT', body: { targets: list, consecutiveWeeks: Number(run.value), version: t.version } });
      flash(`Target ramp saved for ${t.label}.`);
    } catch (err) {
      if (err instanceof ApiError && err.violations.length) showViolations(form, err);
      else flash(problemText(err), 'error');
    }
  } },
  h('h2', {}, 'Target ramps'),
  h('p', { className: 'hint' }, 'A target for each of the first 12 weeks on the floor (week 1 is the graduation week; leave a week empty for none), and how many weeks in a row must meet their targets for an agent to count as proficient. Class pages show the ramp against it.'),
  h('div', { className: 'actions' }, field('KPI', kpi), field('Weekly targets, separated by commas', weeks), field('Weeks in a row', run)),
  h('div', { className: 'actions' }, h('button', { type: 'submit', id: 'save-target' }, 'Save target ramp')));
  fill();
  return form;
}

// On a requisition's page: how agents who met each of its screening criteria did on the floor against those who
// did not — so a recruiter can see whether a criterion is worth its weight. Aggregates over the graduates in view.
export function criteriaOnFloorCard(requisitionId) {
  const body = h('div', { id: 'criteria-floor', 'aria-live': 'polite' }, h('p', { className: 'muted' }, 'Loading…'));
  const kpi = h('select', { name: 'kpi', id: 'criteria-floor-kpi' });
  const week = h('select', { name: 'week', id: 'criteria-floor-week' }, ['4', '8', '12'].map(w => h('option', { value: w, selected: w === '8' }, `Week ${w}`)));
  const show = async () => {
    try {
      const rows = await api('floor-kpis/criteria', { query: { requisition: requisitionId, kpi: kpi.value || 'CONVERSION', week: week.value } });
      const fmt = (n, mean) => (n ? `${mean ?? '—'} (${n} ${n === 1 ? 'agent' : 'agents'})` : 'nobody yet');
      const pct = v => (v == null ? '—' : `${v} %`);
      body.replaceChildren(rows.length === 0 ? h('p', { className: 'muted' }, 'This requisition has no screening criteria.') : table([
        { label: 'Criterion', key: 'criterion' },
        { label: 'Met', render: c => fmt(c.met, c.metMean) },
        { label: 'Not met', render: c => fmt(c.notMet, c.notMetMean) },
        { label: 'What it says', key: 'says' },
        { label: '90-day survival, met / not met', render: c => `${pct(c.metSurvival)} / ${pct(c.notMetSurvival)}` },
      ], rows));
    } catch (err) {
      body.replaceChildren(h('p', { className: 'error', role: 'alert' }, problemText(err)));
    }
  };
  api('floor-kpis/targets').then(targets => {
    kpi.replaceChildren(...targets.map(t => h('option', { value: t.kpi, selected: t.kpi === 'CONVERSION' }, t.label)));
    return show();
  }).catch(err => body.replaceChildren(h('p', { className: 'error', role: 'alert' }, problemText(err))));
  kpi.addEventListener('change', show);
  week.addEventListener('change', show);
  return h('section', { className: 'card', 'aria-labelledby': 'criteria-floor-heading', id: 'criteria-on-the-floor' },
    h('h2', { id: 'criteria-floor-heading' }, 'Screening criteria on the floor'),
    h('p', { className: 'hint' }, 'Graduates with at least 8 weeks on the floor who met each criterion, against those who did not (95 % interval; fewer than 10 on a side is not enough data). Counted over every graduate you can see, not only this requisition\'s.'),
    h('div', { className: 'actions' }, field('KPI', kpi), field('Week on the floor', week)),
    body);
}
