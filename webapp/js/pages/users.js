import { api } from '../api.js';
import { h, mount, table, pager, field, flash, showViolations, when, badge, roleName, present } from '../ui.js';

const ROLES = ['ADMIN', 'RECRUITER', 'HIRING_MANAGER', 'INTERVIEWER', 'TRAINER', 'INTEGRATION'];
const ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles',
  'America/Anchorage', 'Pacific/Honolulu', 'America/Puerto_Rico', 'UTC'];

function zoneSelect(value) {
  const zones = ZONES.includes(value) || !value ? ZONES : [value, ...ZONES];
  return h('select', { name: 'timeZone' }, zones.map(z => h('option', { value: z, selected: z === (value || 'America/Chicago') }, z)));
}

function roleBoxes(selected = []) {
  return h('fieldset', {}, h('legend', {}, 'Roles'),
    ROLES.map(r => h('label', { className: 'inline' }, h('input', { type: 'checkbox', name: 'roles', value: r, checked: selected.includes(r) }), roleName(r))));
}

async function teamSelect(value) {
  const teams = await api('teams');
  return h('select', { name: 'teamId' }, h('option', { value: '' }, '— none —'),
    teams.map(t => h('option', { value: t.id, selected: t.id === value }, t.name)));
}

function checkedRoles(form) { return [...form.querySelectorAll('input[name=roles]:checked')].map(i => i.value); }

export async function usersPage(params, query) {
  const state = { q: query.get('q') || '', role: query.get('role') || '', page: 0, sort: 'displayName' };
  const results = h('div');
  const q = h('input', { name: 'q', type: 'search', value: state.q, placeholder: 'Name or email' });
  const role = h('select', { name: 'role' }, h('option', { value: '' }, 'Any role'), ROLES.map(r => h('option', { value: r }, roleName(r))));
  async function load() {
    const page = await api('users', { query: { q: state.q, role: state.role, page: state.page, sort: state.sort } });
    results.replaceChildren(...present([
      table([
        { label: 'Name', sort: 'displayName', key: 'displayName' },
        { label: 'Email', sort: 'email', key: 'email' },
        { label: 'Roles', render: u => u.roles.map(roleName).join(', ') },
        { label: 'Team', render: u => u.teamName || '—' },
        { label: 'Status', render: u => u.enabled ? badge('active', 'ok') : badge('disabled', 'bad') },
        { label: 'Created', sort: 'createdAt', render: u => when(u.createdAt) },
      ], page.items, { sort: state.sort, onSort: s => { state.sort = s; load(); }, onRowClick: u => { location.hash = `#/admin/users/${u.id}`; },
        empty: state.q || state.role ? 'No users match.' : 'No users yet.' }),
      pager(page, p => { state.page = p; load(); })]));
  }
  const filters = h('form', { className: 'filters', onsubmit: e => { e.preventDefault(); state.q = q.value; state.role = role.value; state.page = 0; load(); } },
    field('Search', q), field('Role', role), h('button', { type: 'submit' }, 'Filter'));
  mount(h('h1', {}, 'Users'), await newUserForm(load), filters, results);
  await load();
}

async function newUserForm(onCreated) {
  const form = h('form', { className: 'stacked', id: 'new-user' },
    field('Email', h('input', { name: 'email', type: 'email', required: true })),
    field('Name', h('input', { name: 'displayName', required: true })),
    field('First password (at least 10 characters)', h('input', { name: 'password', type: 'password', autocomplete: 'new-password', required: true, minlength: 10 })),
    roleBoxes(), field('Time zone', zoneSelect()), field('Team', await teamSelect()),
    h('div', { className: 'actions' }, h('button', { type: 'submit' }, 'Create user')));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const data = new FormData(form);
    try {
      const user = await api('users', { method: 'POST', body: {
        email: data.get('email'), displayName: data.get('displayName'), password: data.get('password'),
        roles: checkedRoles(form), timeZone: data.get('timeZone'), teamId: data.get('teamId') ? Number(data.get('teamId')) : null } });
      form.reset();
      flash(`Created ${user.displayName}. A welcome email is in the outbox.`);
      onCreated();
    } catch (err) { showViolations(form, err); }
  });
  return h('details', { className: 'card' }, h('summary', {}, 'Create a user'), form);
}

export async function userPage({ id }) {
  const user = await api(`users/${id}`);
  const form = h('form', { className: 'stacked', id: 'edit-user' },
    field('Name', h('input', { name: 'displayName', value: user.displayName, required: true })),
    roleBoxes(user.roles), field('Time zone', zoneSelect(user.timeZone)), field('Team', await teamSelect(user.teamId)),
    h('label', { className: 'inline' }, h('input', { type: 'checkbox', name: 'enabled', checked: user.enabled }), 'Enabled (unchecking signs the user out everywhere)'),
    h('div', { className: 'actions' }, h('button', { type: 'submit' }, 'Save changes')));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const data = new FormData(form);
    try {
      await api(`users/${id}`, { method: 'PUT', body: { displayName: data.get('displayName'), roles: checkedRoles(form),
        timeZone: data.get('timeZone'), teamId: data.get('teamId') ? Number(data.get('teamId')) : null,
        enabled: data.get('enabled') !== null, version: user.version } });
      flash('Saved.');
      userPage({ id });
    } catch (err) { showViolations(form, err); }
  });
  const reset = h('form', { className: 'stacked', id: 'reset-password' },
    field('New password', h('input', { name: 'password', type: 'password', autocomplete: 'new-password', minlength: 10, required: true })),
    h('div', { className: 'actions' }, h('button', { type: 'submit', className: 'secondary' }, 'Set password')));
  reset.addEventListener('submit', async e => {
    e.preventDefault();
    try {
      await api(`users/${id}/password`, { method: 'POST', body: { password: new FormData(reset).get('password') } });
      reset.reset();
      flash('Password changed; the user was signed out everywhere and told by email.');
    } catch (err) { showViolations(reset, err); }
  });
  mount(h('p', {}, h('a', { href: '#/admin/users' }, '← Users')), h('h1', {}, user.displayName),
    h('p', { className: 'muted' }, `${user.email} · created ${when(user.createdAt)}`),
    h('section', { className: 'card' }, h('h2', {}, 'Account'), form),
    h('section', { className: 'card' }, h('h2', {}, 'Reset password'), reset),
    h('p', {}, h('a', { href: `#/admin/audit?entityType=AppUser&entityId=${user.id}` }, 'History of this user')));
}
