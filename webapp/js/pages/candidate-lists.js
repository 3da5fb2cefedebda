// Work history, licenses and education are corrected as whole lists: an editor of rows, saved as one
// correction that wins over the parser until it is undone.
import { api, ApiError } from '../api.js';
import { h, badge, flash, problemText, when } from '../ui.js';

const RESIDENCY = [['', 'Not stated'], ['true', 'Resident'], ['false', 'Non-resident']];
const STATUS = [['active', 'Active'], ['pending', 'Pending'], ['in progress', 'In progress'], ['expected', 'Expected'], ['lapsed', 'Lapsed']];

// Each list: its columns (how a row is edited) and how a row goes to and comes from the form.
export const LISTS = {
  workHistory: {
    label: 'work history',
    columns: [
      { key: 'title', label: 'Title', input: { type: 'text', maxlength: 200 } },
      { key: 'employer', label: 'Employer', input: { type: 'text', maxlength: 200 } },
      { key: 'start', label: 'Start', input: { type: 'month', required: true } },
      { key: 'end', label: 'End (empty while it lasts)', input: { type: 'month' } },
    ],
    blank: { title: '', employer: '', start: '', end: '' },
    read: row => ({ title: row.title || null, employer: row.employer || null, start: row.start, end: row.end || null }),
  },
  licenses: {
    label: 'licenses',
    columns: [
      { key: 'state', label: 'State', input: { type: 'text', maxlength: 2, required: true, placeholder: 'TX' } },
      { key: 'linesOfAuthority', label: 'Lines of authority (commas)', input: { type: 'text', maxlength: 300, placeholder: 'Property, Casualty' } },
      { key: 'number', label: 'License number', input: { type: 'text', maxlength: 30 } },
      { key: 'resident', label: 'Residency', options: RESIDENCY },
      { key: 'status', label: 'Status', options: STATUS },
    ],
    blank: { state: '', linesOfAuthority: '', number: '', resident: '', status: 'active' },
    show: l => ({ ...l, linesOfAuthority: (l.linesOfAuthority || []).join(', '), resident: l.resident == null ? '' : String(l.resident) }),
    read: row => ({
      state: row.state.trim().toUpperCase(),
      linesOfAuthority: row.linesOfAuthority.split(',').map(x => x.trim()).filter(Boolean),
      number: row.number.trim() || null,
      resident: row.resident === '' ? null : row.resident === 'true',
      status: row.status,
    }),
  },
  education: {
    label: 'education',
    columns: [
      { key: 'institution', label: 'Institution', input: { type: 'text', maxlength: 200 } },
      { key: 'credential', label: 'Credential', input: { type: 'text', maxlength: 200 } },
      { key: 'year', label: 'Year', input: { type: 'number', min: 1940, max: 2100, step: 1 } },
    ],
    blank: { institution: '', credential: '', year: '' },
    show: e => ({ ...e, year: e.year ?? '' }),
    read: row => ({ institution: row.institution || null, credential: row.credential || null, year: row.year === '' ? null : Number(row.year) }),
  },
};

// The list to show: the recruiter's correction when there is one, else what the parser read.
export function shownList(d, key) {
  const corrected = d.corrections?.[key];
  return { rows: corrected ?? d.parsed?.[key] ?? [], corrected: corrected != null };
}

// "Corrected by …", the undo button and the correct button above a list card's content.
export function listControls(d, key, rerender, reload, body) {
  const list = LISTS[key];
  const { corrected } = shownList(d, key);
  const note = d.correctionNotes?.[key];
  const correct = h('button', { type: 'button', className: 'secondary small-button edit-control', id: `correct-${key}`, 'aria-expanded': 'false',
    onclick: () => body.replaceChildren(listEditor(d, key, rerender, reload, body)) }, `Correct ${list.label}…`);
  const undo = corrected ? h('button', { type: 'button', className: 'link-button undo-correction edit-control', id: `undo-${key}`,
    onclick: async e => {
      e.currentTarget.disabled = true;
      try {
        const updated = await api(`candidates/${d.summary.id}/corrections/${key}`, { method: 'DELETE', query: { version: d.version } });
        rerender(updated, `Undid the correction of ${list.label}: it shows what the resume says again.`);
      } catch (err) {
        e.currentTarget.disabled = false;
        if (err instanceof ApiError && err.status === 409) reload(); else flash(problemText(err), 'error');
      }
    } }, 'Undo correction') : null;
  return h('div', { className: 'list-controls' },
    corrected ? [badge('corrected', 'info'), ' ',
      h('span', { className: 'hint' }, note ? `corrected by ${note.byName || note.by}, ${when(note.at)}` : 'corrected'), ' ', undo] : null,
    correct);
}

function field(column, value, rowIndex) {
  const id = `${column.key}-${rowIndex}`;
  const control = column.options
    ? h('select', { id, name: column.key }, column.options.map(([v, text]) => h('option', { value: v, selected: String(value) === v }, text)))
    : h('input', { id, name: column.key, value: value ?? '', ...column.input });
  return h('label', { for: id, className: 'list-cell' }, column.label, control);
}

function listEditor(d, key, rerender, reload, body) {
  const list = LISTS[key];
  const show = list.show || (x => x);
  const rows = h('ol', { className: 'list-editor-rows' });
  const addRow = values => {
    const index = rows.children.length;
    const row = h('li', { className: 'list-editor-row' },
      list.columns.map(c => field(c, values[c.key], `${key}-${index}`)),
      h('button', { type: 'button', className: 'link-button', 'aria-label': `Remove row ${index + 1}`, onclick: () => row.remove() }, 'Remove'));
    rows.append(row);
    return row;
  };
  shownList(d, key).rows.forEach(r => addRow(show(r)));
  const problem = h('div', { className: 'problem', role: 'alert', hidden: true, id: `${key}-error` });
  const save = h('button', { type: 'submit', id: `save-${key}` }, 'Save correction');
  const form = h('form', { className: 'list-editor', id: `${key}-form`, onsubmit: async e => {
    e.preventDefault();
    problem.hidden = true;
    if (!form.reportValidity()) return;
    const values = [...rows.children].map(row => list.read(Object.fromEntries(
      list.columns.map(c => [c.key, row.querySelector(`[name="${c.key}"]`).value.trim()]))));
    save.disabled = true;
    try {
      const updated = await api(`candidates/${d.summary.id}/corrections`, { method: 'PUT', body: { corrections: { [key]: values }, version: d.version } });
      rerender(updated, `Corrected ${list.label}. The correction stays when the resume is parsed again.`);
    } catch (err) {
      save.disabled = false;
      if (err instanceof ApiError && err.status === 409) { reload(); return; }
      const lines = err instanceof ApiError && err.violations.length
        ? err.violations.map(v => h('li', {}, `${v.field.replace(/^corrections\./, '').replace(/\[(\d+)\]/, (m, i) => ` row ${Number(i) + 1}`)}: ${v.message}`))
        : null;
      problem.replaceChildren(lines ? h('ul', {}, lines) : problemText(err));
      problem.hidden = false;
    }
  } },
  h('p', { className: 'hint' }, `The whole list is saved as one correction: it replaces what the parser read until you undo it.`),
  problem, rows,
  h('div', { className: 'actions' },
    h('button', { type: 'button', className: 'secondary', id: `add-${key}`, onclick: () => addRow(list.blank).querySelector('input, select').focus() }, 'Add a row'),
    save,
    h('button', { type: 'button', className: 'secondary', onclick: () => rerender(d) }, 'Cancel')));
  return form;
}
