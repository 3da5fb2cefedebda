// The application list: filters, sorting, a selection, and bulk actions on it with each item's outcome.
import { api } from '../api.js';
import { h, mount, table, pager, field, flash, badge, problemText, when } from '../ui.js';
import { hasRole } from '../app.js';
import { scoreBadge, CLOSED, factsLine } from './pipeline-common.js';
import { STATE_CODES } from '../careers/states.js';

const FLAGS = { '': 'Any', OPEN: 'Open (not closed or hired)', MUST_HAVE_UNMET: 'Must-have unmet', KNOCKED_OUT: 'Knocked out', POSSIBLE_DUPLICATE: 'Possible duplicate', UNSCORED: 'No score' };
const SOURCES = { '': 'Any', CAREERS_PAGE: 'Careers page', UPLOAD: 'Upload', TALENT_POOL_UPLOAD: 'Talent pool' };

export async function applicationsPage(params, query) {
  const state = Object.fromEntries(['requisition', 'stage', 'minScore', 'flag', 'source', 'state', 'language', 'tag', 'q'].map(k => [k, query.get(k) || '']));
  Object.assign(state, { page: 0, size: 25, sort: query.get('sort') || '-appliedAt' });
  const requisitions = (await api('requisitions', { query: { size: 100 } })).items;
  const stages = state.requisition ? await api(`pipelines/${state.requisition}/stages`) : null;
  const stageOptions = [...(stages || [
    { key: 'APPLIED', name: 'Applied' }, { key: 'SCREEN', name: 'Screen' }, { key: 'PHONE_INTERVIEW', name: 'Phone interview' },
    { key: 'MOCK_SALES_CALL', name: 'Mock sales call' }, { key: 'MANAGER_INTERVIEW', name: 'Manager interview' },
    { key: 'OFFER', name: 'Offer' }, { key: 'HIRED', name: 'Hired' }]), ...CLOSED];
  const selected = new Set();
  let rows = [];
  const results = h('div', { id: 'application-results' });
  const outcome = h('div', { id: 'bulk-outcome' });
  const select = (name, options, value) => h('select', { name }, Object.entries(options).map(([v, l]) => h('option', { value: v, selected: v === value }, l)));
  const inputs = {
    requisition: select('requisition', { '': 'Any', ...Object.fromEntries(requisitions.map(r => [String(r.id), r.title])) }, state.requisition),
    stage: select('stage', { '': 'Any', ...Object.fromEntries(stageOptions.map(s => [s.key, s.name])) }, state.stage),
    minScore: h('input', { name: 'minScore', type: 'number', min: 0, max: 100, value: state.minScore }),
    flag: select('flag', FLAGS, state.flag),
    source: select('source', SOURCES, state.source),
    state: select('state', { '': 'Any', ...Object.fromEntries(STATE_CODES.map(s => [s, s])) }, state.state),
    language: h('input', { name: 'language', value: state.language, size: 10 }),
    tag: h('input', { name: 'tag', value: state.tag, size: 10 }),
    q: h('input', { name: 'q', type: 'search', value: state.q, size: 16 }),
  };
  // the bulk bar shows only while something is selected
  let bar = null;
  const selectionChanged = () => {
    count.textContent = `${selected.size} selected`;
    if (bar) bar.hidden = selected.size === 0;
  };
  const checkbox = a => h('input', { type: 'checkbox', 'aria-label': `Select ${a.name}`, checked: selected.has(a.id), dataset: { application: a.id },
    onclick: e => e.stopPropagation(), onchange: e => { e.target.checked ? selected.add(a.id) : selected.delete(a.id); selectionChanged(); } });
  const count = h('span', { id: 'selected-count', className: 'muted' }, '0 selected');
  const all = h('input', { type: 'checkbox', 'aria-label': 'Select all on this page', id: 'select-all', onchange: e => {
    rows.forEach(a => (e.target.checked ? selected.add(a.id) : selected.delete(a.id)));
    results.querySelectorAll('input[data-application]').forEach(c => { c.checked = e.target.checked; });
    selectionChanged();
  } });

  async function load() {
    const page = await api('applications', { query: state });
    rows = page.items;
    results.replaceChildren(table([
      { label: all, render: checkbox },
      { label: 'Name', sort: 'name', render: a => h('a', { href: `#/applications/${a.id}` }, a.name || `Candidate ${a.candidateId}`) },
      { label: 'Requisition', render: a => a.requisitionTitle },
      { label: 'Stage', sort: 'stage', render: a => h('span', {}, a.stageName, a.knockedOut ? [' ', badge('knocked out', 'bad')] : null) },
      { label: 'Score', sort: 'score', render: scoreBadge },
      { label: 'Profile', render: a => factsLine(a) || '—' },
      { label: 'In stage', sort: 'stageEnteredAt', render: a => `${a.daysInStage} day${a.daysInStage === 1 ? '' : 's'}` },
      { label: 'Applied', sort: 'appliedAt', render: a => when(a.appliedAt) },
      { label: 'Tags', render: a => a.tags.join(', ') || '—' },
    ], rows, { sort: state.sort, onSort: s => { state.sort = s; load(); },
      empty: filtered() ? 'No applications match these filters.' : 'No applications yet.' }),
    pager(page, p => { state.page = p; load(); }));
  }

  // filters apply as they change: selects at once, typed text after a pause
  let timer = null;
  const apply = () => {
    clearTimeout(timer);
    Object.entries(inputs).forEach(([k, el]) => { state[k] = el.value; });
    state.page = 0;
    load().catch(err => flash(problemText(err), 'error'));
  };
  const filtered = () => ['requisition', 'stage', 'minScore', 'flag', 'source', 'state', 'language', 'tag', 'q'].some(k => state[k]);
  Object.values(inputs).forEach(el => {
    if (el.tagName === 'SELECT') el.addEventListener('change', apply);
    else el.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(apply, 350); });
  });
  const filters = h('form', { className: 'filters', role: 'search', 'aria-label': 'Filter applications', onsubmit: e => { e.preventDefault(); apply(); } },
    Object.entries({ Requisition: 'requisition', Stage: 'stage', 'Min. score': 'minScore', Flag: 'flag', Source: 'source', 'Licensed in': 'state', Language: 'language', Tag: 'tag', 'Name or email': 'q' })
      .map(([label, k]) => field(label, inputs[k])));

  bar = hasRole('RECRUITER', 'ADMIN') ? await bulkBar(selected, count, stageOptions, outcome, load, selectionChanged) : null;
  if (bar) bar.hidden = true;
  // on a phone the filters fold away under one button, so the list comes first
  const folded = h('details', { className: 'filters-box', id: 'application-filters', open: !window.matchMedia('(max-width: 720px)').matches },
    h('summary', {}, 'Filters'), filters);
  mount(h('h1', {}, 'Applications'), folded, bar, outcome, results);
  await load();
}

async function bulkBar(selected, count, stageOptions, outcome, reload, selectionChanged) {
  const templates = await api('email-templates');
  const recruiters = await api('people', { query: { role: 'RECRUITER' } }).catch(() => []);
  const action = h('select', { name: 'action', id: 'bulk-action' }, Object.entries({ MOVE: 'Move to stage', REJECT: 'Reject', EMAIL: 'Send email', ASSIGN: 'Assign recruiter', TAG: 'Tag' })
    .map(([v, l]) => h('option', { value: v }, l)));
  const stage = h('select', { name: 'stage', id: 'bulk-stage', 'aria-label': 'Stage to move to' }, stageOptions.filter(s => !['REJECTED', 'WITHDRAWN'].includes(s.key)).map(s => h('option', { value: s.key }, s.name)));
  const reason = h('input', { name: 'reason', id: 'bulk-reason', 'aria-label': 'Reason (needed to reject)', placeholder: 'Reason' });
  const template = h('select', { name: 'templateId', id: 'bulk-template', 'aria-label': 'Email template' }, h('option', { value: '' }, 'No email'),
    templates.map(t => h('option', { value: t.id }, `${t.name} (${t.purpose.toLowerCase().replace(/_/g, ' ')})`)));
  const assignee = h('select', { name: 'assigneeId', id: 'bulk-assignee', 'aria-label': 'Recruiter to assign' }, h('option', { value: '' }, 'Nobody'),
    recruiters.map(u => h('option', { value: u.id }, u.name)));
  const tag = h('input', { name: 'tag', id: 'bulk-tag', 'aria-label': 'Tag', placeholder: 'e.g. bilingual' });
  const parts = { MOVE: [stage, reason], REJECT: [reason, template], EMAIL: [template], ASSIGN: [assignee], TAG: [tag] };
  const extra = h('span', { className: 'bulk-fields' });
  const show = () => extra.replaceChildren(...parts[action.value].map(el => el));
  action.addEventListener('change', show);
  show();
  const run = h('button', { type: 'button', id: 'bulk-run', onclick: async () => {
    if (selected.size === 0) { flash('Select applications first.', 'error'); return; }
    const body = { applicationIds: [...selected], action: action.value, stage: stage.value, reason: reason.value || null,
      templateId: template.value ? Number(template.value) : null, assigneeId: assignee.value ? Number(assignee.value) : null, tag: tag.value || null };
    if (action.value !== 'MOVE') body.stage = null;
    if (!['REJECT', 'EMAIL'].includes(action.value)) body.templateId = null;
    run.disabled = true;
    try {
      const r = await api('applications/bulk', { method: 'POST', body });
      outcome.replaceChildren(h('section', { className: 'card', id: 'bulk-result' },
        h('h2', {}, `${r.succeeded} of ${r.total} done`, r.failed ? `, ${r.failed} failed` : ''),
        h('ul', { className: 'plain' }, r.results.map(i => h('li', { dataset: { outcome: i.outcome } },
          badge(i.outcome.toLowerCase(), i.outcome === 'DONE' ? 'ok' : 'bad'), ' ', i.candidateName || `Application ${i.applicationId}`, ': ', i.detail)))));
      selected.clear();
      selectionChanged();
      await reload();
    } catch (e) {
      flash(problemText(e), 'error');
    } finally {
      run.disabled = false;
    }
  } }, 'Apply to selection');
  return h('div', { className: 'card bulk-bar', role: 'group', 'aria-label': 'Bulk actions' }, count, ' ', field('Action', action), extra, run);
}
