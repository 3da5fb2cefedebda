import { api } from '../api.js';
import { h, mount, table, pager, field, when } from '../ui.js';

function changeList(changes) {
  const entries = Object.entries(changes || {});
  if (entries.length === 0) return '—';
  return h('ul', { className: 'changes' }, entries.map(([name, c]) =>
    h('li', {}, h('strong', {}, name), `: ${c.old ?? '∅'} → ${c.new ?? '∅'}`)));
}

export async function auditPage(params, query) {
  const state = { actor: query.get('actor') || '', entityType: query.get('entityType') || '', entityId: query.get('entityId') || '',
    action: query.get('action') || '', from: '', to: '', page: 0, sort: '-at' };
  const results = h('div');
  const inputs = {
    actor: h('input', { name: 'actor', value: state.actor, placeholder: 'email' }),
    entityType: h('input', { name: 'entityType', value: state.entityType, placeholder: 'AppUser, Requisition…' }),
    entityId: h('input', { name: 'entityId', value: state.entityId, size: 6 }),
    action: h('select', { name: 'action' }, ['', 'CREATE', 'UPDATE', 'DELETE', 'READ'].map(a => h('option', { value: a, selected: a === state.action }, a || 'Any'))),
    from: h('input', { name: 'from', type: 'date' }),
    to: h('input', { name: 'to', type: 'date' }),
  };
  async function load() {
    const page = await api('audit', { query: { ...state,
      from: state.from ? new Date(state.from + 'T00:00:00').toISOString() : '',
      to: state.to ? new Date(state.to + 'T23:59:59').toISOString() : '' } });
    results.replaceChildren(table([
      { label: 'When', sort: 'at', render: e => when(e.at) },
      { label: 'Who', sort: 'actor', key: 'actor' },
      { label: 'Record', sort: 'entityType', render: e => `${e.entityType} ${e.entityId}` },
      { label: 'Action', key: 'action' },
      { label: 'Summary', key: 'summary' },
      { label: 'Changes', render: e => changeList(e.changes) },
    ], page.items, { sort: state.sort, onSort: s => { state.sort = s; load(); } }), pager(page, p => { state.page = p; load(); }));
  }
  const filters = h('form', { className: 'filters', onsubmit: e => { e.preventDefault();
    for (const [k, input] of Object.entries(inputs)) state[k] = input.value;
    state.page = 0; load(); } },
    field('Who', inputs.actor), field('Record type', inputs.entityType), field('Record id', inputs.entityId),
    field('Action', inputs.action), field('From', inputs.from), field('To', inputs.to), h('button', { type: 'submit' }, 'Filter'));
  mount(h('h1', {}, 'Audit log'), filters, results);
  await load();
}
