import { api } from '../api.js';
import { h, mount, table, pager, field, when } from '../ui.js';

// Record types as people call them (the API's type is the entity's name).
const TYPES = {
  AppUser: 'User', Team: 'Team', Requisition: 'Requisition', HeadcountTarget: 'Headcount target', ApprovalChain: 'Approval chain',
  Candidate: 'Candidate', Application: 'Application', Note: 'Note', SavedSearch: 'Saved search', UploadBatch: 'Upload',
  BulkAction: 'Bulk action', EmailTemplate: 'Email template', SkillTerm: 'Skill', ApiToken: 'API token', Retention: 'Retention purge',
};
const ACTIONS = { CREATE: 'Created', UPDATE: 'Changed', DELETE: 'Deleted', READ: 'Viewed' };
const typeName = t => TYPES[t] || t.replace(/([a-z])([A-Z])/g, '$1 $2');

// A recorded value in words: structured values (corrections, lists) without their empty parts.
function valueText(value) {
  if (value === null || value === undefined || value === '') return '∅';
  if (typeof value === 'string' && /^[[{]/.test(value.trim())) {
    try { return valueText(JSON.parse(value)); } catch { return value; }
  }
  if (Array.isArray(value)) return value.length ? value.map(valueText).join(', ') : '∅';
  if (typeof value === 'object') {
    const parts = Object.entries(value).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && !v.length))
      .map(([k, v]) => `${k}: ${valueText(v)}`);
    return parts.length ? parts.join('; ') : '∅';
  }
  return String(value);
}

function changeList(changes) {
  const entries = Object.entries(changes || {});
  if (entries.length === 0) return '—';
  return h('ul', { className: 'changes' }, entries.map(([name, c]) =>
    h('li', {}, h('strong', {}, name), `: ${valueText(c.old)} → ${valueText(c.new)}`)));
}

export async function auditPage(params, query) {
  const state = { actor: query.get('actor') || '', entityType: query.get('entityType') || '', entityId: query.get('entityId') || '',
    action: query.get('action') || '', from: '', to: '', page: 0, sort: '-at' };
  const results = h('div');
  const inputs = {
    actor: h('input', { name: 'actor', type: 'email', value: state.actor }),
    entityType: h('select', { name: 'entityType' }, ['', ...Object.keys(TYPES)].map(t => h('option', { value: t, selected: t === state.entityType }, t ? TYPES[t] : 'Any'))),
    entityId: h('input', { name: 'entityId', value: state.entityId, size: 6, inputmode: 'numeric' }),
    action: h('select', { name: 'action' }, ['', ...Object.keys(ACTIONS)].map(a => h('option', { value: a, selected: a === state.action }, a ? ACTIONS[a] : 'Any'))),
    from: h('input', { name: 'from', type: 'date' }),
    to: h('input', { name: 'to', type: 'date' }),
  };
  const filtered = () => ['actor', 'entityType', 'entityId', 'action', 'from', 'to'].some(k => state[k]);
  async function load() {
    const page = await api('audit', { query: { ...state,
      from: state.from ? new Date(state.from + 'T00:00:00').toISOString() : '',
      to: state.to ? new Date(state.to + 'T23:59:59').toISOString() : '' } });
    results.replaceChildren(table([
      { label: 'When', sort: 'at', render: e => when(e.at) },
      { label: 'Who', sort: 'actor', render: e => e.actorName || e.actor },
      { label: 'Record', sort: 'entityType', render: e => `${typeName(e.entityType)} ${e.entityId}` },
      { label: 'Action', render: e => ACTIONS[e.action] || e.action },
      { label: 'Summary', render: e => e.summary || '—' },
      { label: 'Changes', render: e => changeList(e.changes) },
    ], page.items, { sort: state.sort, onSort: s => { state.sort = s; load(); }, empty: filtered() ? 'No entries match these filters.' : 'No entries yet.' }), pager(page, p => { state.page = p; load(); }));
  }
  const filters = h('form', { className: 'filters', onsubmit: e => { e.preventDefault();
    for (const [k, input] of Object.entries(inputs)) state[k] = input.value;
    state.page = 0; load(); } },
    field('Who (email)', inputs.actor), field('Record type', inputs.entityType), field('Record id', inputs.entityId),
    field('Action', inputs.action), field('From', inputs.from), field('To', inputs.to), h('button', { type: 'submit' }, 'Filter'));
  mount(h('h1', {}, 'Audit log'), filters, results);
  await load();
}
