// Setting training up: programs and their modules (list and editor), a class's settings and its
// single sessions (add, move, cancel), and the list of new hires (a hiring manager's team, a
// trainer's classes, everyone for admins).
import { api, ApiError } from '../api.js';
import { h, mount, flash, goWithFlash, badge, problemText, field, showViolations, table } from '../ui.js';
import { hasRole } from '../app.js';
import { formatDate } from '../careers/states.js';

const KINDS = [['LICENSING_PREP', 'Licensing preparation'], ['SYSTEMS', 'Systems'], ['PRODUCT', 'Product'], ['COMPLIANCE', 'Compliance'],
  ['SALES_SKILLS', 'Sales skills'], ['NESTING', 'Nesting on the floor'], ['OTHER', 'Other']];
const ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu'];
const date = v => (v ? formatDate(v) : '—');
const time = t => (t || '').slice(0, 5);
const options = (pairs, selected) => pairs.map(([value, label]) => h('option', { value, selected: String(value) === String(selected) }, label));
const fail = form => err => {
  if (err instanceof ApiError && err.violations.length) showViolations(form, err); else flash(problemText(err), 'error');
};

export async function programsPage() {
  const programs = await api('training/programs');
  const manage = hasRole('ADMIN', 'TRAINER');
  mount(
    h('p', {}, h('a', { href: '#/training' }, '← Training')),
    h('div', { className: 'page-head' }, h('h1', {}, 'Training programs'),
      manage ? h('a', { className: 'button', href: '#/training/programs/new', id: 'new-program' }, 'New program') : null),
    h('p', { className: 'muted' }, 'A program is the curriculum a class follows: its modules in order, the hours each takes, and for assessed modules the pass mark, the retakes allowed and which attempt counts.'),
    programs.length === 0 ? h('p', { className: 'card' }, 'No program yet.')
      : programs.map(p => h('section', { className: 'card', id: `program-${p.id}`, 'aria-labelledby': `program-${p.id}-name` },
        h('div', { className: 'page-head' }, h('h2', { id: `program-${p.id}-name` }, `${p.name} (${p.plannedHours} h)`),
          manage ? h('a', { className: 'button secondary', href: `#/training/programs/${p.id}` }, 'Edit', h('span', { className: 'visually-hidden' }, ` ${p.name}`)) : null),
        p.description ? h('p', {}, p.description) : null,
        table([
          { label: '#', render: m => String(m.position) },
          { label: 'Module', render: m => m.name },
          { label: 'Kind', render: m => m.kindLabel },
          { label: 'Hours', render: m => String(m.plannedHours) },
          { label: 'Pass mark', render: m => (m.passMark === null ? 'not assessed' : String(m.passMark)) },
          { label: 'Retakes', render: m => (m.passMark === null ? '—' : String(m.retakes)) },
          { label: 'Counts', render: m => (m.passMark === null ? '—' : m.scoreRule === 'LATEST' ? 'latest attempt' : 'best attempt') },
        ], p.modules))));
}

export async function programEditorPage({ id }) {
  const existing = id === 'new' ? null : await api(`training/programs/${id}`);
  const rows = h('tbody', {});
  const addRow = m => {
    const n = rows.children.length;
    const label = what => `${what} of module ${n + 1}`;
    rows.append(h('tr', { className: 'module-row' },
      h('td', {}, String(n + 1)),
      h('td', {}, h('input', { name: `modules[${n}].name`, value: m?.name || '', required: true, maxlength: 200, 'aria-label': label('Name') })),
      h('td', {}, h('select', { name: `modules[${n}].kind`, 'aria-label': label('Kind') }, options(KINDS, m?.kind || 'OTHER'))),
      h('td', {}, h('input', { name: `modules[${n}].plannedHours`, type: 'number', min: 0, max: 1000, value: m ? m.plannedHours : 8, required: true, 'aria-label': label('Hours') })),
      h('td', {}, h('input', { name: `modules[${n}].passMark`, type: 'number', min: 0, max: 100, value: m?.passMark ?? '', 'aria-label': label('Pass mark (empty: not assessed)') })),
      h('td', {}, h('input', { name: `modules[${n}].retakes`, type: 'number', min: 0, max: 10, value: m ? m.retakes : 1, 'aria-label': label('Retakes') })),
      h('td', {}, h('select', { name: `modules[${n}].scoreRule`, 'aria-label': label('Attempt that counts') }, options([['BEST', 'Best'], ['LATEST', 'Latest']], m?.scoreRule || 'BEST')))));
  };
  (existing ? existing.modules : [null]).forEach(addRow);
  const form = h('form', { className: 'stacked card wide-form', id: 'program-form' },
    field('Name', h('input', { name: 'name', required: true, maxlength: 200, value: existing?.name || '' })),
    field('Description', h('textarea', { name: 'description', maxlength: 2000, rows: 3 }, existing?.description || '')),
    h('div', { className: 'wide-table' }, h('table', {}, h('caption', {}, 'Modules in order'),
      h('thead', {}, h('tr', {}, ['#', 'Module', 'Kind', 'Hours', 'Pass mark', 'Retakes', 'Counts'].map(c => h('th', { scope: 'col' }, c)))), rows)),
    h('p', { className: 'hint' }, 'Leave the pass mark empty for a module without an assessment. A module that classes hold sessions or scores for cannot be removed.'),
    h('div', { className: 'actions' },
      h('button', { type: 'button', className: 'secondary', id: 'add-module', onclick: () => { addRow(null); rows.lastElementChild.querySelector('input').focus(); } }, 'Add a module'),
      h('button', { type: 'button', className: 'secondary', id: 'remove-module', onclick: () => { if (rows.children.length > 1) rows.lastElementChild.remove(); } }, 'Remove the last module')),
    h('button', { type: 'submit', id: 'save-program' }, existing ? 'Save program' : 'Create program'));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const f = new FormData(form);
    const number = v => (v === '' || v === null ? null : Number(v));
    const modules = [...rows.children].map((_, i) => ({
      name: f.get(`modules[${i}].name`), kind: f.get(`modules[${i}].kind`), plannedHours: number(f.get(`modules[${i}].plannedHours`)),
      passMark: number(f.get(`modules[${i}].passMark`)), retakes: number(f.get(`modules[${i}].retakes`)), scoreRule: f.get(`modules[${i}].scoreRule`) }));
    const body = { name: f.get('name'), description: f.get('description') || null, modules, version: existing?.version ?? null };
    try {
      await api(existing ? `training/programs/${existing.id}` : 'training/programs', { method: existing ? 'PUT' : 'POST', body });
      goWithFlash('#/training/programs', existing ? 'Program saved.' : 'Program created.');
    } catch (err) { moduleViolations(form, err); }
  });
  mount(h('p', {}, h('a', { href: '#/training/programs' }, '← Training programs')),
    h('h1', {}, existing ? `Edit ${existing.name}` : 'New training program'), form);
}

// a module's violation ("modules[2].passMark") marks that row's input; the rest go to the form's fields
function moduleViolations(form, err) {
  if (!(err instanceof ApiError) || !err.violations.length) { flash(problemText(err), 'error'); return; }
  showViolations(form, { violations: err.violations.filter(v => !/modules\[\d+\]\./.test(v.field)) });
  for (const v of err.violations) {
    const m = /modules\[(\d+)\]\.(\w+)/.exec(v.field);
    const input = m && form.querySelector(`[name="modules[${m[1]}].${m[2]}"]`);
    if (!input) continue;
    const id = `module-${m[1]}-${m[2]}-error`;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', id);
    input.parentElement.append(h('span', { className: 'field-error', id }, v.message));
  }
  flash(err.violations.map(v => `${v.field.replace(/^.*?(modules\[|\w+$)/, '$1')}: ${v.message}`).join('; '), 'error');
}

/** The class page's settings and session editor, for the class's trainers and admins. */
export async function classSetup(id, reload) {
  const [c, trainers] = await Promise.all([api(`training/classes/${id}`), api('people', { query: { role: 'TRAINER' } }).catch(() => [])]);
  const o = c.overview;
  const chosen = new Set(c.trainers.map(t => t.id));
  const settings = h('form', { className: 'stacked', id: 'class-settings' },
    field('Name', h('input', { name: 'name', required: true, maxlength: 200, value: o.name })),
    field('Start date', h('input', { name: 'startDate', type: 'date', required: true, value: o.startDate })),
    field('Capacity', h('input', { name: 'capacity', type: 'number', min: 1, max: 200, required: true, value: o.capacity })),
    field('Site or meeting room', h('input', { name: 'location', required: true, maxlength: 200, value: o.location })),
    h('label', { className: 'inline' }, h('input', { type: 'checkbox', name: 'virtual', checked: o.virtual }), ' Virtual class'),
    field('Time zone', h('select', { name: 'timeZone' }, options((ZONES.includes(o.timeZone) ? ZONES : [o.timeZone, ...ZONES]).map(z => [z, z]), o.timeZone))),
    h('fieldset', {}, h('legend', {}, 'Trainers'), trainers.map(t => h('label', { className: 'inline' },
      h('input', { type: 'checkbox', name: 'trainerIds', value: t.id, checked: chosen.has(t.id) }), ` ${t.name}`))),
    h('button', { type: 'submit', id: 'save-class' }, 'Save class settings'));
  settings.addEventListener('submit', async e => {
    e.preventDefault();
    const f = new FormData(settings);
    try {
      await api(`training/classes/${id}`, { method: 'PUT', body: {
        programId: o.programId, name: f.get('name'), startDate: f.get('startDate'), capacity: Number(f.get('capacity')), location: f.get('location'),
        virtual: f.get('virtual') === 'on', timeZone: f.get('timeZone'), trainerIds: f.getAll('trainerIds').map(Number), version: c.version } });
      await reload('Class settings saved.');
    } catch (err) { fail(settings)(err); }
  });

  const pick = h('select', { id: 'session-pick', name: 'session' }, h('option', { value: '' }, 'A new session'),
    c.sessions.map(s => h('option', { value: s.id }, `${date(s.day)} ${time(s.startsAt)}–${time(s.endsAt)}${s.topic ? ` · ${s.topic}` : ''}${s.cancelled ? ' (cancelled)' : ''}`)));
  const editor = h('form', { className: 'stacked', id: 'session-editor' },
    field('Session', pick),
    field('Day', h('input', { name: 'day', type: 'date', required: true, min: o.startDate })),
    field('From', h('input', { name: 'startsAt', type: 'time', required: true, value: '09:00' })),
    field('To', h('input', { name: 'endsAt', type: 'time', required: true, value: '17:00' })),
    field('Module', h('select', { name: 'moduleId' }, h('option', { value: '' }, '—'), c.program.modules.map(m => h('option', { value: m.id }, m.name)))),
    field('Topic', h('input', { name: 'topic', maxlength: 200 })),
    h('label', { className: 'inline' }, h('input', { type: 'checkbox', name: 'cancelled' }), ' Cancelled'),
    h('button', { type: 'submit', id: 'save-session' }, 'Save session'));
  const fill = () => {
    const s = c.sessions.find(x => String(x.id) === pick.value);
    editor.elements.day.value = s ? s.day : '';
    editor.elements.startsAt.value = s ? time(s.startsAt) : '09:00';
    editor.elements.endsAt.value = s ? time(s.endsAt) : '17:00';
    editor.elements.moduleId.value = s?.moduleId ?? '';
    editor.elements.topic.value = s?.topic || '';
    editor.elements.cancelled.checked = !!s?.cancelled;
  };
  pick.addEventListener('change', fill);
  editor.addEventListener('submit', async e => {
    e.preventDefault();
    const f = new FormData(editor);
    const s = c.sessions.find(x => String(x.id) === pick.value);
    const body = { day: f.get('day'), startsAt: f.get('startsAt'), endsAt: f.get('endsAt'), moduleId: f.get('moduleId') ? Number(f.get('moduleId')) : null,
      topic: f.get('topic') || null, cancelled: f.get('cancelled') === 'on', version: s?.version ?? null };
    try {
      await api(s ? `training/sessions/${s.id}` : `training/classes/${id}/sessions`, { method: s ? 'PUT' : 'POST', body });
      await reload(s ? 'Session changed.' : 'Session added.');
    } catch (err) { fail(editor)(err); }
  });
  return {
    /** Opens the editor on one session (the sessions table's Edit buttons). */
    edit(sessionId) { pick.value = String(sessionId); fill(); editor.elements.day.focus(); },
    cards: [
      h('section', { className: 'card', id: 'session-edit', 'aria-labelledby': 'session-edit-heading' }, h('h2', { id: 'session-edit-heading' }, 'Add or change a session'),
        h('p', { className: 'hint' }, 'Move a session, add a make-up day, or cancel one; sessions appear in each trainer\'s calendar feed.'), editor),
      h('section', { className: 'card', id: 'class-setup', 'aria-labelledby': 'class-setup-heading' }, h('h2', { id: 'class-setup-heading' }, 'Class settings'),
        h('p', { className: 'hint' }, `Program: ${c.program.name}. Capacity cannot go below the ${o.enrolled} enrolled.`), settings),
    ],
  };
}

const STATUSES = [['', 'Any status'], ['IN_TRAINING', 'In training'], ['NESTING', 'Nesting'], ['GRADUATED', 'Graduated'], ['RESIGNED', 'Resigned'], ['RELEASED', 'Released']];
const STATUS_KIND = { GRADUATED: 'ok', RESIGNED: 'error', RELEASED: 'error' };

export async function newHiresPage(params = {}) {
  const status = params.status || '';
  const list = await api('training/new-hires', { query: status ? { status } : {} });
  const filter = h('select', { id: 'new-hire-status', onchange: e => newHiresPage({ status: e.target.value }) }, options(STATUSES, status));
  mount(h('h1', {}, 'New hires'),
    h('p', { className: 'muted' }, hasRole('ADMIN') ? 'Everyone hired through an offer, newest class first.'
      : hasRole('HIRING_MANAGER') ? "Your team's new hires, newest class first: where each is in training, nesting or on the floor."
        : 'The people in your classes, newest class first.'),
    h('div', { className: 'actions' }, field('Status', filter)),
    table([
      { label: 'Name', render: n => h('a', { href: `#/training/new-hires/${n.id}` }, n.name) },
      { label: 'Requisition', render: n => n.requisition || '—' },
      { label: 'Class', render: n => n.className },
      { label: 'Class starts', render: n => date(n.classStart) },
      { label: 'Status', render: n => badge(n.statusLabel.toLowerCase(), STATUS_KIND[n.status] || '') },
      { label: 'Since', render: n => date(n.statusOn) },
      { label: 'On the floor', render: n => date(n.graduatedOn) },
    ], list, { empty: status ? 'Nobody with this status.' : 'No new hires yet.' }));
}
