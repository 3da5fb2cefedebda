// The sections of the requisition form. Each builder returns { element, read }: the section to show and a
// function that reads its part of the request body. Every control carries data-field (its name in the API) and
// data-label (its name for people), so that a problem's violations find the control they are about.
import { api } from '../api.js';
import { h } from '../ui.js';
import { STATE_CODES, US_STATES, EMPLOYMENT_TYPES, WORK_MODES } from '../careers/states.js';
import { personOptions } from './people.js';

let uid = 0;
export const nextId = prefix => `${prefix}-${++uid}`;

export function labelled(text, input, hint) {
  const hintEl = hint ? h('span', { className: 'hint', id: nextId('hint') }, hint) : null;
  if (hintEl) input.setAttribute('aria-describedby', hintEl.id);
  return h('label', {}, text, input, hintEl);
}

function selectOf(attrs, options, value) {
  return h('select', attrs, options.map(([v, label]) => h('option', { value: v, selected: String(v) === String(value ?? '') }, label)));
}

const num = v => (v === '' || v == null ? null : Number(v));
const text = v => (v == null || v.trim() === '' ? null : v.trim());
const card = (heading, ...children) => h('section', { className: 'card form-section' }, h('h2', {}, heading), ...children);

// ---------- Lists of rows (licenses, criteria, knock-out questions) ----------

const NOUN = { licenses: 'License', criteria: 'Criterion', knockoutQuestions: 'Question' };
const PROP_LABELS = { state: 'state', lines: 'lines of authority', kind: 'kind', value: 'value', minMonths: 'months',
  mustHave: 'must have', question: 'question', answerType: 'answer type', options: 'options', disqualifying: 'disqualifying answers' };

/** The row lists of the form; rows carry their index in data-field (e.g. knockoutQuestions[1].disqualifying). */
export class RowLists {
  constructor() { this.containers = []; }

  add(list, label) {
    const container = h('div', { className: 'rows', dataset: { field: list, label } });
    this.containers.push(container);
    return container;
  }

  renumber() {
    for (const container of this.containers) {
      [...container.children].forEach((row, i) => {
        const list = row.dataset.list;
        row.dataset.field = `${list}[${i}]`;
        row.dataset.label = `${NOUN[list]} ${i + 1}`;
        row.querySelector(':scope > legend').textContent = `${NOUN[list]} ${i + 1}`;
        row.querySelectorAll('[data-prop]').forEach(el => {
          el.dataset.field = `${list}[${i}].${el.dataset.prop}`;
          el.dataset.label = `${NOUN[list]} ${i + 1}, ${PROP_LABELS[el.dataset.prop] || el.dataset.prop}`;
        });
        row.querySelector('[data-testid=remove-row]').setAttribute('aria-label', `Remove ${NOUN[list].toLowerCase()} ${i + 1}`);
      });
    }
  }

  /** A button that appends a new row to {@code container} and focuses its first control. */
  addButton(id, label, container, newRow) {
    return h('button', { type: 'button', className: 'secondary', id, onclick: () => {
      const row = newRow();
      container.append(row);
      this.renumber();
      row.querySelector('select, input').focus();
    } }, label);
  }

  removeButton(row) {
    return h('button', { type: 'button', className: 'secondary small-button', dataset: { testid: 'remove-row' }, onclick: () => {
      const container = row.parentElement;
      const next = row.nextElementSibling || row.previousElementSibling;
      row.remove();
      this.renumber();
      (next?.querySelector('select, input') || container.nextElementSibling)?.focus();
    } }, 'Remove');
  }
}

const rowOf = (list, className, legend) => h('fieldset', { className: `row-item ${className}`, dataset: { list } }, h('legend', {}, legend));
const prop = (row, name) => row.querySelector(`[data-prop=${name}]`);

// ---------- Sections ----------

/** Title, team (with its approval chain), openings, start date, employment type. */
export function jobSection(initial, teams, editingApproved, onTeamChosen) {
  const title = h('input', { name: 'title', id: 'req-title', value: initial.title, maxlength: 200, required: true, 'aria-required': 'true', dataset: { field: 'title', label: 'Title' } });
  const team = selectOf({ name: 'teamId', id: 'req-team', required: true, 'aria-required': 'true', dataset: { field: 'teamId', label: 'Team' } },
    [['', '— choose a team —'], ...teams.map(t => [t.id, t.name])], initial.teamId);
  const chainHint = h('p', { className: 'hint', id: 'approval-chain', 'aria-live': 'polite' });
  const openings = h('input', { name: 'openings', id: 'req-openings', type: 'number', min: 1, max: 500, step: 1, value: initial.openings, required: true, 'aria-required': 'true', dataset: { field: 'openings', label: 'Openings' } });
  const start = h('input', { name: 'targetStartDate', id: 'req-start', type: 'date', value: initial.targetStartDate || '', dataset: { field: 'targetStartDate', label: 'Target start date' } });
  const employment = selectOf({ name: 'employmentType', id: 'req-employment', dataset: { field: 'employmentType', label: 'Employment type' } },
    Object.entries(EMPLOYMENT_TYPES), initial.employmentType);

  async function showChain() {
    if (!team.value) { chainHint.textContent = ''; return; }
    try {
      const chain = await api(`approvals/chains/${team.value}`);
      chainHint.textContent = chain.length === 0
        ? 'Approval: the hiring manager you name below approves it.'
        : `Approval: ${chain.map(step => step.userName || `any ${String(step.role).toLowerCase().replace('_', ' ')}`).join(' → ')}.`;
    } catch (e) { chainHint.textContent = ''; }
  }
  team.addEventListener('change', () => { onTeamChosen(teams.find(t => String(t.id) === team.value)); showChain(); });
  showChain();

  return {
    title,
    element: card('The job', h('div', { className: 'form-grid' },
      h('div', { className: 'span-2' }, labelled('Title', title, 'As applicants will see it on the careers page.')),
      h('div', {}, labelled('Team', team), chainHint),
      labelled('Openings', openings, editingApproved ? 'Changing the number sends it back for approval.' : null),
      labelled('Target start date', start, 'Usually the first day of a training class.'),
      labelled('Employment type', employment))),
    read: () => ({ title: text(title.value) ?? '', teamId: num(team.value), openings: num(openings.value),
      targetStartDate: start.value || null, employmentType: employment.value }),
  };
}

/** Work mode, site or the states remote hires may live in, and the state licenses hires need. */
export function whereSection(initial, rows) {
  const modeName = nextId('workMode');
  const modeBoxes = Object.entries(WORK_MODES).map(([value, label]) => h('label', { className: 'inline' },
    h('input', { type: 'radio', name: modeName, value, checked: value === initial.workMode, id: `req-mode-${value}` }), label));
  const modeSet = h('fieldset', { dataset: { field: 'workMode', label: 'Work mode' } }, h('legend', {}, 'Work mode'), h('div', { className: 'choice-row' }, modeBoxes));
  const site = h('input', { name: 'site', id: 'req-site', value: initial.site || '', maxlength: 200, placeholder: 'City, ST', dataset: { field: 'site', label: 'Site' } });
  const siteLabel = labelled('Site', site, 'Where on-site and hybrid agents work, e.g. “Dallas, TX”.');
  const remoteSet = h('fieldset', { className: 'state-grid', id: 'req-remote-states', dataset: { field: 'remoteStates', label: 'States hires may live in' } },
    h('legend', {}, 'States remote hires may live in'),
    STATE_CODES.map(code => h('label', { className: 'inline', title: US_STATES[code] },
      h('input', { type: 'checkbox', name: 'remoteStates', value: code, checked: initial.remoteStates.includes(code), 'aria-label': US_STATES[code] }), code)));
  const mode = () => modeSet.querySelector('input:checked')?.value || 'ON_SITE';
  const syncMode = () => { siteLabel.hidden = mode() === 'REMOTE'; remoteSet.hidden = mode() !== 'REMOTE'; };
  modeSet.addEventListener('change', syncMode);
  syncMode();

  const LINES = ['Property', 'Casualty', 'Personal Lines'];
  const licenseRows = rows.add('licenses', 'Licenses');
  const licenseRow = (value = { state: '', lines: ['Property', 'Casualty'] }) => {
    const row = rowOf('licenses', 'license-row', 'License');
    const state = selectOf({ name: 'licenseState', dataset: { prop: 'state' } },
      [['', '— state —'], ...STATE_CODES.map(c => [c, `${c} — ${US_STATES[c]}`])], value.state);
    const lines = h('fieldset', { className: 'choice-row', dataset: { prop: 'lines' } }, h('legend', {}, 'Lines of authority'),
      LINES.map(line => h('label', { className: 'inline' }, h('input', { type: 'checkbox', value: line, checked: value.lines.includes(line) }), line)));
    row.append(h('div', { className: 'row-fields' }, labelled('State', state), lines, rows.removeButton(row)));
    return row;
  };
  initial.licenses.forEach(l => licenseRows.append(licenseRow(l)));

  return {
    mode,
    suggestSite: value => { if (!site.value.trim()) site.value = value; },
    element: card('Where and which licenses', modeSet, siteLabel, remoteSet,
      h('h3', {}, 'State licenses the hires need'),
      h('p', { className: 'hint' }, 'For each state, the lines of authority (P&C agents usually need Property and Casualty).'),
      licenseRows, rows.addButton('add-license', 'Add a state', licenseRows, licenseRow)),
    read: () => ({
      workMode: mode(),
      site: mode() === 'REMOTE' ? null : text(site.value),
      remoteStates: mode() === 'REMOTE' ? [...remoteSet.querySelectorAll('input:checked')].map(i => i.value) : [],
      licenses: [...licenseRows.children].map(row => ({
        state: prop(row, 'state').value || null,
        lines: [...row.querySelectorAll('[data-prop=lines] input:checked')].map(i => i.value),
      })),
    }),
  };
}

/** Pay range, currency and basis, shift and schedule. */
export function paySection(initial, editingApproved) {
  const payMin = h('input', { name: 'payMin', id: 'req-pay-min', type: 'number', min: 0, step: '0.01', value: initial.payMin ?? '', dataset: { field: 'payMin', label: 'Lowest pay' } });
  const payMax = h('input', { name: 'payMax', id: 'req-pay-max', type: 'number', min: 0, step: '0.01', value: initial.payMax ?? '', dataset: { field: 'payMax', label: 'Highest pay' } });
  const currency = h('input', { name: 'payCurrency', id: 'req-currency', value: initial.payCurrency || 'USD', maxlength: 3, size: 4, autocapitalize: 'characters', dataset: { field: 'payCurrency', label: 'Currency' } });
  const basis = selectOf({ name: 'payBasis', id: 'req-pay-basis', dataset: { field: 'payBasis', label: 'Pay basis' } }, [['HOURLY', 'per hour'], ['ANNUAL', 'per year']], initial.payBasis);
  const shift = h('input', { name: 'shift', id: 'req-shift', value: initial.shift || '', maxlength: 200, placeholder: 'e.g. Days (8am–5pm)', dataset: { field: 'shift', label: 'Shift' } });
  const schedule = h('input', { name: 'schedule', id: 'req-schedule', value: initial.schedule || '', maxlength: 400, placeholder: 'e.g. Mon–Fri plus one Saturday a month', dataset: { field: 'schedule', label: 'Schedule' } });
  return {
    element: card('Pay and hours',
      editingApproved ? h('p', { className: 'hint' }, 'Changing the pay of an approved requisition sends it back for approval.') : null,
      h('div', { className: 'form-grid' },
        labelled('Lowest pay', payMin), labelled('Highest pay', payMax), labelled('Currency', currency, 'Three letters, e.g. USD.'), labelled('Pay basis', basis),
        h('div', { className: 'span-2' }, labelled('Shift', shift)), h('div', { className: 'span-2' }, labelled('Schedule', schedule)))),
    read: () => ({ payMin: num(payMin.value), payMax: num(payMax.value), payCurrency: text(currency.value)?.toUpperCase() ?? null,
      payBasis: basis.value, shift: text(shift.value), schedule: text(schedule.value) }),
  };
}

/** Hiring manager, recruiter and interviewers, from the people the caller's directory knows. */
export function peopleSection(initial, people) {
  const hm = selectOf({ name: 'hiringManagerId', id: 'req-hiring-manager', dataset: { field: 'hiringManagerId', label: 'Hiring manager' } },
    [['', '— none —'], ...personOptions(people, 'HIRING_MANAGER', initial.hiringManagerId)], initial.hiringManagerId);
  const recruiter = selectOf({ name: 'recruiterId', id: 'req-recruiter', dataset: { field: 'recruiterId', label: 'Recruiter' } },
    [['', '— none —'], ...personOptions(people, 'RECRUITER', initial.recruiterId)], initial.recruiterId);
  const interviewerOptions = personOptions(people, 'INTERVIEWER');
  const interviewers = h('fieldset', { id: 'req-interviewers', dataset: { field: 'interviewerIds', label: 'Interviewers' } }, h('legend', {}, 'Interviewers'),
    interviewerOptions.length === 0 ? h('p', { className: 'muted' }, 'No interviewers known yet.') :
      h('div', { className: 'choice-grid' }, interviewerOptions.map(([id, name]) => h('label', { className: 'inline' },
        h('input', { type: 'checkbox', name: 'interviewerIds', value: id, checked: initial.interviewerIds.map(String).includes(id) }), name))));
  const partial = people && !people.complete;
  const hint = partial ? h('p', { className: 'hint' },
    'Only people already named on requisitions you can see (and on approval chains) are listed. Ask an admin to add someone new to a requisition first.') : null;
  return {
    element: card('People', hint, h('div', { className: 'form-grid' }, labelled('Hiring manager', hm), labelled('Recruiter', recruiter)), interviewers),
    read: () => ({ hiringManagerId: num(hm.value), recruiterId: num(recruiter.value),
      interviewerIds: [...interviewers.querySelectorAll('input:checked')].map(i => Number(i.value)) }),
  };
}

/** The Markdown description with a live preview. */
export function descriptionSection(initial) {
  const description = h('textarea', { name: 'description', id: 'req-description', rows: 12, maxlength: 20000, dataset: { field: 'description', label: 'Description' } }, initial.description || '');
  const preview = h('div', { className: 'prose preview', id: 'req-description-preview' });
  const renderPreview = () => preview.replaceChildren(...markdownPreview(description.value));
  description.addEventListener('input', renderPreview);
  renderPreview();
  return {
    element: card('Description', h('div', { className: 'two-col' },
      labelled('Description (Markdown: # heading, **bold**, - list)', description),
      h('div', {}, h('h3', { id: 'preview-heading' }, 'Preview'), preview))),
    read: () => ({ description: description.value.trim() === '' ? null : description.value }),
  };
}

const KINDS = [['SKILL', 'Skill'], ['LANGUAGE', 'Language'], ['EXPERIENCE_MONTHS', 'Experience (months)'], ['CONTACT_CENTER_MONTHS', 'Contact-center experience (months)'], ['LICENSE_STATE', 'License in state']];
const PLACEHOLDER = { SKILL: 'e.g. Salesforce', LANGUAGE: 'e.g. Spanish', LICENSE_STATE: 'e.g. TX' };
const isMonths = kind => kind === 'EXPERIENCE_MONTHS' || kind === 'CONTACT_CENTER_MONTHS';

/** What recruiters look for: skills, languages, experience, licenses; must-haves first. */
export function criteriaSection(initial, rows) {
  const criteriaRows = rows.add('criteria', 'Screening criteria');
  const criterionRow = (value = { kind: 'SKILL', value: '', minMonths: null, mustHave: false }) => {
    const row = rowOf('criteria', 'criterion-row', 'Criterion');
    const kind = selectOf({ dataset: { prop: 'kind' } }, KINDS, value.kind);
    const val = h('input', { value: value.value || '', maxlength: 200, dataset: { prop: 'value' } });
    const months = h('input', { type: 'number', min: 0, step: 1, value: value.minMonths ?? '', dataset: { prop: 'minMonths' } });
    const valLabel = labelled('Value', val);
    const monthsLabel = labelled('At least (months)', months);
    const must = h('input', { type: 'checkbox', checked: value.mustHave, dataset: { prop: 'mustHave' } });
    const sync = () => { monthsLabel.hidden = !isMonths(kind.value); valLabel.hidden = isMonths(kind.value); val.placeholder = PLACEHOLDER[kind.value] || ''; };
    kind.addEventListener('change', sync);
    sync();
    row.append(h('div', { className: 'row-fields' }, labelled('Kind', kind), valLabel, monthsLabel,
      h('label', { className: 'inline' }, must, 'Must have'), rows.removeButton(row)));
    return row;
  };
  initial.criteria.forEach(c => criteriaRows.append(criterionRow(c)));
  return {
    element: card('Screening criteria', h('p', { className: 'hint' }, 'What recruiters look for. Must-haves are checked first when screening.'),
      criteriaRows, rows.addButton('add-criterion', 'Add a criterion', criteriaRows, criterionRow)),
    read: () => ({ criteria: [...criteriaRows.children].map(row => {
      const kind = prop(row, 'kind').value;
      return { kind, value: isMonths(kind) ? null : text(prop(row, 'value').value),
        minMonths: isMonths(kind) ? num(prop(row, 'minMonths').value) : null, mustHave: prop(row, 'mustHave').checked };
    }) }),
  };
}

/** Questions applicants answer; a disqualifying answer rejects the application at once. */
export function knockoutSection(initial, rows) {
  const knockoutRows = rows.add('knockoutQuestions', 'Knock-out questions');
  const knockoutRow = (value = { question: '', answerType: 'YES_NO', options: [], disqualifying: ['No'] }) => {
    const row = rowOf('knockoutQuestions', 'knockout-row', 'Question');
    const question = h('input', { value: value.question, maxlength: 500, dataset: { prop: 'question' }, placeholder: 'e.g. Can you work Saturdays?' });
    const type = selectOf({ dataset: { prop: 'answerType' } }, [['YES_NO', 'Yes / No'], ['SINGLE_CHOICE', 'One of several options']], value.answerType);
    const options = h('textarea', { rows: 4, dataset: { prop: 'options' } }, value.answerType === 'SINGLE_CHOICE' ? value.options.join('\n') : '');
    const optionsLabel = labelled('Options, one per line', options);
    const disqualifying = h('fieldset', { className: 'choice-row', dataset: { prop: 'disqualifying' } });
    const choices = () => (type.value === 'YES_NO' ? ['Yes', 'No'] : options.value.split('\n').map(o => o.trim()).filter(Boolean));
    let chosen = value.disqualifying.slice();
    const drawDisqualifying = () => {
      const list = choices();
      const boxes = list.length === 0 ? [h('span', { className: 'muted' }, 'Add options first.')] :
        list.map(option => h('label', { className: 'inline' }, h('input', { type: 'checkbox', value: option,
          checked: chosen.some(c => c.toLowerCase() === option.toLowerCase()),
          onchange: e => { chosen = e.target.checked ? [...chosen, option] : chosen.filter(c => c.toLowerCase() !== option.toLowerCase()); } }), option));
      disqualifying.replaceChildren(h('legend', {}, 'Answers that disqualify'), ...boxes);
    };
    const sync = () => { optionsLabel.hidden = type.value !== 'SINGLE_CHOICE'; drawDisqualifying(); };
    type.addEventListener('change', sync);
    options.addEventListener('input', drawDisqualifying);
    sync();
    row.append(h('div', { className: 'row-fields wide' }, labelled('Question', question), labelled('Answer type', type),
      optionsLabel, disqualifying, rows.removeButton(row)));
    return row;
  };
  initial.knockoutQuestions.forEach(k => knockoutRows.append(knockoutRow(k)));
  return {
    element: card('Knock-out questions',
      h('p', { className: 'hint' }, 'Applicants answer these when applying; a disqualifying answer rejects the application automatically (recruiters can reverse it).'),
      knockoutRows, rows.addButton('add-knockout', 'Add a question', knockoutRows, knockoutRow)),
    read: () => ({ knockoutQuestions: [...knockoutRows.children].map(row => {
      const type = prop(row, 'answerType').value;
      return {
        question: prop(row, 'question').value.trim(),
        answerType: type,
        options: type === 'SINGLE_CHOICE' ? prop(row, 'options').value.split('\n').map(o => o.trim()).filter(Boolean) : [],
        disqualifying: [...row.querySelectorAll('[data-prop=disqualifying] input:checked')].map(i => i.value),
      };
    }) }),
  };
}

// A tiny Markdown preview built from DOM nodes (never HTML strings); the server renders the real thing.
function markdownPreview(source) {
  const out = [];
  let list = null;
  let para = [];
  const flush = () => {
    if (para.length) { out.push(h('p', {}, inline(para.join(' ')))); para = []; }
  };
  for (const raw of (source || '').split('\n')) {
    const line = raw.trimEnd();
    const heading = line.match(/^(#{1,6})\s+(.*)$/);
    const bullet = line.match(/^\s*[-*+]\s+(.*)$/);
    const numbered = line.match(/^\s*\d+[.)]\s+(.*)$/);
    if (heading) { flush(); list = null; out.push(h(`h${Math.min(heading[1].length + 2, 6)}`, {}, inline(heading[2]))); }
    else if (bullet || numbered) {
      flush();
      const tag = bullet ? 'ul' : 'ol';
      if (!list || list.tagName.toLowerCase() !== tag) { list = h(tag); out.push(list); }
      list.append(h('li', {}, inline((bullet || numbered)[1])));
    } else if (line.trim() === '') { flush(); list = null; }
    else { list = null; para.push(line.trim()); }
  }
  flush();
  return out.length ? out : [h('p', { className: 'muted' }, 'Nothing to preview.')];
}

function inline(textLine) {
  const nodes = [];
  const pattern = /(\*\*[^*]+\*\*|__[^_]+__|\*[^*]+\*|_[^_]+_|`[^`]+`|\[[^\]]+\]\([^)\s]+\))/g;
  let last = 0;
  for (const m of textLine.matchAll(pattern)) {
    if (m.index > last) nodes.push(textLine.slice(last, m.index));
    const t = m[0];
    if (t.startsWith('**') || t.startsWith('__')) nodes.push(h('strong', {}, t.slice(2, -2)));
    else if (t.startsWith('`')) nodes.push(h('code', {}, t.slice(1, -1)));
    else if (t.startsWith('[')) {
      const [, label, href] = t.match(/^\[([^\]]+)\]\(([^)\s]+)\)$/);
      nodes.push(/^(https?:|mailto:)/i.test(href) ? h('a', { href, rel: 'noopener noreferrer' }, label) : label);
    } else nodes.push(h('em', {}, t.slice(1, -1)));
    last = m.index + t.length;
  }
  if (last < textLine.length) nodes.push(textLine.slice(last));
  return nodes;
}
