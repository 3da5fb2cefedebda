import { api, ApiError } from '../api.js';
import { h, mount as mountAll, clearFlash } from '../ui.js';
import { session, hasRole } from '../app.js';
import { STATE_CODES, US_STATES, EMPLOYMENT_TYPES, WORK_MODES } from '../careers/states.js';
import { goWithFlash, statusBadge, problemText } from './requisitions.js';

const mount = (...nodes) => mountAll(...nodes.filter(Boolean));

// ---------- People for the pickers ----------
// GET /people?role=… lists active colleagues by role. Where it is not available (interviewers may not call
// it, older servers lack it) the pickers fall back to people the caller may already see: themselves, people
// named on visible requisitions and the teams' approval chains.

const PICKER_ROLES = ['HIRING_MANAGER', 'RECRUITER', 'INTERVIEWER'];
let peopleCache = null;

export function loadPeople({ interviewers = false } = {}) {
  const fresh = peopleCache && Date.now() - peopleCache.at < 120000 && peopleCache.userId === session.me?.id
    && (!interviewers || peopleCache.interviewers);
  if (!fresh) {
    const entry = { at: Date.now(), userId: session.me?.id, interviewers, promise: fetchPeople(interviewers) };
    entry.promise.catch(() => { if (peopleCache === entry) peopleCache = null; });
    peopleCache = entry;
  }
  return peopleCache.promise;
}

async function fetchPeople(withInterviewers) {
  const people = { complete: false };
  PICKER_ROLES.forEach(role => { people[role] = new Map(); });
  const add = (role, p) => { if (p && p.id != null && !people[role].has(p.id)) people[role].set(p.id, { id: p.id, name: p.name, email: p.email }); };
  const me = session.me;
  PICKER_ROLES.forEach(role => { if (me.roles.includes(role)) add(role, { id: me.id, name: me.displayName, email: me.email }); });
  if (hasRole('ADMIN', 'RECRUITER', 'HIRING_MANAGER', 'TRAINER')) {
    try {
      const lists = await Promise.all(PICKER_ROLES.map(role => api('people', { query: { role } })));
      lists.forEach((list, i) => list.forEach(p => add(PICKER_ROLES[i], p)));
      people.complete = true;
      return people;
    } catch (e) { /* not available here: fall back below */ }
  }
  if (hasRole('ADMIN')) {
    await Promise.all(PICKER_ROLES.map(async role => {
      const page = await api('users', { query: { role, enabled: true, size: 500, sort: 'displayName' } });
      page.items.forEach(u => add(role, { id: u.id, name: u.displayName, email: u.email }));
    }));
    people.complete = true;
    return people;
  }
  const list = await api('requisitions', { query: { size: 500, sort: '-createdAt' } });
  list.items.forEach(r => { add('HIRING_MANAGER', r.hiringManager); add('RECRUITER', r.recruiter); });
  if (hasRole('RECRUITER', 'HIRING_MANAGER')) {
    const teams = await api('teams');
    const chains = await Promise.all(teams.map(t => api(`approvals/chains/${t.id}`).catch(() => [])));
    chains.flat().forEach(step => { if (step.userId) add('HIRING_MANAGER', { id: step.userId, name: step.userName }); });
  }
  if (withInterviewers) {
    const details = await Promise.all(list.items.slice(0, 25).map(r => api(`requisitions/${r.id}`).catch(() => null)));
    details.forEach(d => d && d.interviewers.forEach(p => add('INTERVIEWER', p)));
  }
  return people;
}

/** [[id, label]] of the people known in a role, sorted by name; keeps a current id that is not among them. */
export function personOptions(people, role, current) {
  const list = people ? [...people[role].values()].sort((a, b) => a.name.localeCompare(b.name)) : [];
  const options = list.map(p => [String(p.id), p.name]);
  if (current && !options.some(([id]) => id === String(current))) options.push([String(current), `Person ${current}`]);
  return options;
}

// ---------- Small builders ----------

let uid = 0;
const nextId = prefix => `${prefix}-${++uid}`;

function labelled(text, input, hint) {
  const hintEl = hint ? h('span', { className: 'hint', id: nextId('hint') }, hint) : null;
  if (hintEl) input.setAttribute('aria-describedby', hintEl.id);
  return h('label', {}, text, input, hintEl);
}

function selectOf(attrs, options, value) {
  return h('select', attrs, options.map(([v, label]) => h('option', { value: v, selected: String(v) === String(value ?? '') }, label)));
}

const num = v => (v === '' || v == null ? null : Number(v));
const text = v => (v == null || v.trim() === '' ? null : v.trim());

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

// ---------- Pages ----------

export async function newRequisitionPage() {
  await formPage(null);
}

export async function editRequisitionPage({ id }) {
  const r = await api(`requisitions/${id}`);
  if (!r.actions.includes('edit')) {
    mount(h('p', {}, h('a', { href: `#/requisitions/${id}` }, '← Back to the requisition')),
      h('h1', {}, 'This requisition cannot be edited'),
      h('p', {}, `It is ${r.summary.status.toLowerCase().replace('_', ' ')}. `,
        r.actions.includes('reopen') ? 'Reopen it first.' : 'Only recruiters and admins edit requisitions.'));
    return;
  }
  await formPage(r);
}

async function formPage(r) {
  const editing = !!r;
  const s = r?.summary;
  const [teams, people] = await Promise.all([api('teams'), loadPeople({ interviewers: true }).catch(() => null)]);
  const summary = h('div', { className: 'error-summary', id: 'form-errors', role: 'alert', tabindex: -1, hidden: true });
  const initial = r ? {
    title: s.title, teamId: s.teamId, workMode: s.workMode, site: s.site, remoteStates: r.remoteStates,
    licenses: Object.entries(r.licenses).map(([state, lines]) => ({ state, lines })), openings: s.openings,
    targetStartDate: s.targetStartDate, payMin: r.payMin, payMax: r.payMax, payCurrency: r.payCurrency,
    payBasis: r.payBasis, shift: r.shift, schedule: r.schedule, employmentType: r.employmentType,
    hiringManagerId: s.hiringManager?.id, recruiterId: s.recruiter?.id, interviewerIds: r.interviewers.map(p => p.id),
    description: r.description, criteria: r.criteria, knockoutQuestions: r.knockoutQuestions,
  } : {
    title: '', teamId: '', workMode: 'ON_SITE', site: '', remoteStates: [], licenses: [], openings: 1,
    targetStartDate: '', payMin: '', payMax: '', payCurrency: 'USD', payBasis: 'HOURLY', shift: '', schedule: '',
    employmentType: 'FULL_TIME', hiringManagerId: '', recruiterId: hasRole('RECRUITER') ? session.me.id : '',
    interviewerIds: [], description: '', criteria: [], knockoutQuestions: [],
  };
  if (r && people) {
    // Keep the people already on the requisition pickable even if the directory does not know them.
    if (s.hiringManager) people.HIRING_MANAGER.set(s.hiringManager.id, s.hiringManager);
    if (s.recruiter) people.RECRUITER.set(s.recruiter.id, s.recruiter);
    r.interviewers.forEach(p => people.INTERVIEWER.set(p.id, p));
  }

  // --- Basics
  const title = h('input', { name: 'title', id: 'req-title', value: initial.title, maxlength: 200, required: true, 'aria-required': 'true', dataset: { field: 'title', label: 'Title' } });
  const team = selectOf({ name: 'teamId', id: 'req-team', required: true, 'aria-required': 'true', dataset: { field: 'teamId', label: 'Team' } },
    [['', '— choose a team —'], ...teams.map(t => [t.id, t.name])], initial.teamId);
  const chainHint = h('p', { className: 'hint', id: 'approval-chain', 'aria-live': 'polite' });
  const openings = h('input', { name: 'openings', id: 'req-openings', type: 'number', min: 1, max: 500, step: 1, value: initial.openings, required: true, 'aria-required': 'true', dataset: { field: 'openings', label: 'Openings' } });
  const start = h('input', { name: 'targetStartDate', id: 'req-start', type: 'date', value: initial.targetStartDate || '', dataset: { field: 'targetStartDate', label: 'Target start date' } });
  const employment = selectOf({ name: 'employmentType', id: 'req-employment', dataset: { field: 'employmentType', label: 'Employment type' } },
    Object.entries(EMPLOYMENT_TYPES), initial.employmentType);

  // --- Where
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

  // --- Licenses
  const licenseRows = h('div', { className: 'rows', dataset: { field: 'licenses', label: 'Licenses' } });
  const LINES = ['Property', 'Casualty', 'Personal Lines'];
  function licenseRow(value = { state: '', lines: ['Property', 'Casualty'] }) {
    const row = h('fieldset', { className: 'row-item license-row', dataset: { list: 'licenses' } }, h('legend', {}, 'License'));
    const state = selectOf({ name: 'licenseState', dataset: { prop: 'state' } },
      [['', '— state —'], ...STATE_CODES.map(c => [c, `${c} — ${US_STATES[c]}`])], value.state);
    const lines = h('fieldset', { className: 'choice-row', dataset: { prop: 'lines' } }, h('legend', {}, 'Lines of authority'),
      LINES.map(line => h('label', { className: 'inline' }, h('input', { type: 'checkbox', value: line, checked: value.lines.includes(line) }), line)));
    row.append(h('div', { className: 'row-fields' }, labelled('State', state), lines, removeButton(row, renumber)));
    return row;
  }
  const addLicense = h('button', { type: 'button', className: 'secondary', id: 'add-license', onclick: () => {
    const row = licenseRow(); licenseRows.append(row); renumber(); row.querySelector('select').focus();
  } }, 'Add a state');
  initial.licenses.forEach(l => licenseRows.append(licenseRow(l)));

  // --- Pay
  const payMin = h('input', { name: 'payMin', id: 'req-pay-min', type: 'number', min: 0, step: '0.01', value: initial.payMin ?? '', dataset: { field: 'payMin', label: 'Lowest pay' } });
  const payMax = h('input', { name: 'payMax', id: 'req-pay-max', type: 'number', min: 0, step: '0.01', value: initial.payMax ?? '', dataset: { field: 'payMax', label: 'Highest pay' } });
  const currency = h('input', { name: 'payCurrency', id: 'req-currency', value: initial.payCurrency || 'USD', maxlength: 3, size: 4, autocapitalize: 'characters', dataset: { field: 'payCurrency', label: 'Currency' } });
  const basis = selectOf({ name: 'payBasis', id: 'req-pay-basis', dataset: { field: 'payBasis', label: 'Pay basis' } }, [['HOURLY', 'per hour'], ['ANNUAL', 'per year']], initial.payBasis);
  const shift = h('input', { name: 'shift', id: 'req-shift', value: initial.shift || '', maxlength: 200, placeholder: 'e.g. Days (8am–5pm)', dataset: { field: 'shift', label: 'Shift' } });
  const schedule = h('input', { name: 'schedule', id: 'req-schedule', value: initial.schedule || '', maxlength: 400, placeholder: 'e.g. Mon–Fri plus one Saturday a month', dataset: { field: 'schedule', label: 'Schedule' } });

  // --- People
  const partial = people && !people.complete;
  const hm = selectOf({ name: 'hiringManagerId', id: 'req-hiring-manager', dataset: { field: 'hiringManagerId', label: 'Hiring manager' } },
    [['', '— none —'], ...personOptions(people, 'HIRING_MANAGER', initial.hiringManagerId)], initial.hiringManagerId);
  const recruiter = selectOf({ name: 'recruiterId', id: 'req-recruiter', dataset: { field: 'recruiterId', label: 'Recruiter' } },
    [['', '— none —'], ...personOptions(people, 'RECRUITER', initial.recruiterId)], initial.recruiterId);
  const interviewerOptions = personOptions(people, 'INTERVIEWER');
  const interviewers = h('fieldset', { id: 'req-interviewers', dataset: { field: 'interviewerIds', label: 'Interviewers' } }, h('legend', {}, 'Interviewers'),
    interviewerOptions.length === 0 ? h('p', { className: 'muted' }, 'No interviewers known yet.') :
      h('div', { className: 'choice-grid' }, interviewerOptions.map(([id, name]) => h('label', { className: 'inline' },
        h('input', { type: 'checkbox', name: 'interviewerIds', value: id, checked: initial.interviewerIds.map(String).includes(id) }), name))));
  const peopleHint = partial ? h('p', { className: 'hint' },
    'Only people already named on requisitions you can see (and on approval chains) are listed. Ask an admin to add someone new to a requisition first.') : null;

  // --- Description
  const description = h('textarea', { name: 'description', id: 'req-description', rows: 12, maxlength: 20000, dataset: { field: 'description', label: 'Description' } }, initial.description || '');
  const preview = h('div', { className: 'prose preview', id: 'req-description-preview' });
  const renderPreview = () => preview.replaceChildren(...markdownPreview(description.value));
  description.addEventListener('input', renderPreview);
  renderPreview();

  // --- Screening criteria
  const criteriaRows = h('div', { className: 'rows', dataset: { field: 'criteria', label: 'Screening criteria' } });
  const KINDS = [['SKILL', 'Skill'], ['LANGUAGE', 'Language'], ['EXPERIENCE_MONTHS', 'Experience (months)'], ['CONTACT_CENTER_MONTHS', 'Contact-center experience (months)'], ['LICENSE_STATE', 'License in state']];
  const PLACEHOLDER = { SKILL: 'e.g. Salesforce', LANGUAGE: 'e.g. Spanish', LICENSE_STATE: 'e.g. TX' };
  const isMonths = kind => kind === 'EXPERIENCE_MONTHS' || kind === 'CONTACT_CENTER_MONTHS';
  function criterionRow(value = { kind: 'SKILL', value: '', minMonths: null, mustHave: false }) {
    const row = h('fieldset', { className: 'row-item criterion-row', dataset: { list: 'criteria' } }, h('legend', {}, 'Criterion'));
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
      h('label', { className: 'inline' }, must, 'Must have'), removeButton(row, renumber)));
    return row;
  }
  initial.criteria.forEach(c => criteriaRows.append(criterionRow(c)));
  const addCriterion = h('button', { type: 'button', className: 'secondary', id: 'add-criterion', onclick: () => {
    const row = criterionRow(); criteriaRows.append(row); renumber(); row.querySelector('select').focus();
  } }, 'Add a criterion');

  // --- Knock-out questions
  const knockoutRows = h('div', { className: 'rows', dataset: { field: 'knockoutQuestions', label: 'Knock-out questions' } });
  function knockoutRow(value = { question: '', answerType: 'YES_NO', options: [], disqualifying: ['No'] }) {
    const row = h('fieldset', { className: 'row-item knockout-row', dataset: { list: 'knockoutQuestions' } }, h('legend', {}, 'Question'));
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
      optionsLabel, disqualifying, removeButton(row, renumber)));
    return row;
  }
  initial.knockoutQuestions.forEach(k => knockoutRows.append(knockoutRow(k)));
  const addKnockout = h('button', { type: 'button', className: 'secondary', id: 'add-knockout', onclick: () => {
    const row = knockoutRow(); knockoutRows.append(row); renumber(); row.querySelector('input').focus();
  } }, 'Add a question');

  // Rows carry their index in data-field (e.g. knockoutQuestions[1].disqualifying) so violations find them.
  const NOUN = { licenses: 'License', criteria: 'Criterion', knockoutQuestions: 'Question' };
  const PROP_LABELS = { state: 'state', lines: 'lines of authority', kind: 'kind', value: 'value', minMonths: 'months',
    mustHave: 'must have', question: 'question', answerType: 'answer type', options: 'options', disqualifying: 'disqualifying answers' };
  function renumber() {
    for (const container of [licenseRows, criteriaRows, knockoutRows]) {
      [...container.children].forEach((row, i) => {
        const list = row.dataset.list;
        row.dataset.field = `${list}[${i}]`;
        row.dataset.label = `${NOUN[list]} ${i + 1}`;
        row.querySelector(':scope > legend').textContent = `${NOUN[list]} ${i + 1}`;
        row.querySelectorAll('[data-prop]').forEach(el => {
          el.dataset.field = `${list}[${i}].${el.dataset.prop}`;
          el.dataset.label = `${NOUN[list]} ${i + 1}, ${PROP_LABELS[el.dataset.prop] || el.dataset.prop}`;
        });
        const remove = row.querySelector('[data-testid=remove-row]');
        remove.setAttribute('aria-label', `Remove ${NOUN[list].toLowerCase()} ${i + 1}`);
      });
    }
  }
  renumber();

  team.addEventListener('change', () => {
    const chosen = teams.find(t => String(t.id) === team.value);
    if (chosen && !site.value.trim() && chosen.site && chosen.site.toLowerCase() !== 'remote') site.value = chosen.site;
    showChain();
  });
  async function showChain() {
    if (!team.value) { chainHint.textContent = ''; return; }
    try {
      const chain = await api(`approvals/chains/${team.value}`);
      chainHint.textContent = chain.length === 0
        ? 'Approval: the hiring manager you name below approves it.'
        : `Approval: ${chain.map(step => step.userName || `any ${String(step.role).toLowerCase().replace('_', ' ')}`).join(' → ')}.`;
    } catch (e) { chainHint.textContent = ''; }
  }
  showChain();

  function body() {
    const m = mode();
    return {
      title: text(title.value) ?? '',
      teamId: num(team.value),
      workMode: m,
      site: m === 'REMOTE' ? null : text(site.value),
      remoteStates: m === 'REMOTE' ? [...remoteSet.querySelectorAll('input:checked')].map(i => i.value) : [],
      licenses: [...licenseRows.children].map(row => ({
        state: row.querySelector('[data-prop=state]').value || null,
        lines: [...row.querySelectorAll('[data-prop=lines] input:checked')].map(i => i.value),
      })),
      openings: num(openings.value),
      targetStartDate: start.value || null,
      payMin: num(payMin.value),
      payMax: num(payMax.value),
      payCurrency: text(currency.value)?.toUpperCase() ?? null,
      payBasis: basis.value,
      shift: text(shift.value),
      schedule: text(schedule.value),
      employmentType: employment.value,
      hiringManagerId: num(hm.value),
      recruiterId: num(recruiter.value),
      interviewerIds: [...interviewers.querySelectorAll('input:checked')].map(i => Number(i.value)),
      description: description.value.trim() === '' ? null : description.value,
      criteria: [...criteriaRows.children].map(row => {
        const kind = row.querySelector('[data-prop=kind]').value;
        return {
          kind,
          value: isMonths(kind) ? null : text(row.querySelector('[data-prop=value]').value),
          minMonths: isMonths(kind) ? num(row.querySelector('[data-prop=minMonths]').value) : null,
          mustHave: row.querySelector('[data-prop=mustHave]').checked,
        };
      }),
      knockoutQuestions: [...knockoutRows.children].map(row => {
        const type = row.querySelector('[data-prop=answerType]').value;
        return {
          question: row.querySelector('[data-prop=question]').value.trim(),
          answerType: type,
          options: type === 'SINGLE_CHOICE' ? row.querySelector('[data-prop=options]').value.split('\n').map(o => o.trim()).filter(Boolean) : [],
          disqualifying: [...row.querySelectorAll('[data-prop=disqualifying] input:checked')].map(i => i.value),
        };
      }),
      version: editing ? r.version : null,
    };
  }

  const save = h('button', { type: 'submit', id: 'req-save' }, editing ? 'Save changes' : 'Create draft');
  const form = h('form', { className: 'requisition-form', id: 'requisition-form', novalidate: true },
    summary,
    h('section', { className: 'card form-section' }, h('h2', {}, 'The job'),
      h('div', { className: 'form-grid' },
        h('div', { className: 'span-2' }, labelled('Title', title, 'As applicants will see it on the careers page.')),
        h('div', {}, labelled('Team', team), chainHint),
        labelled('Openings', openings, editing && s.status !== 'DRAFT' ? 'Changing the number sends it back for approval.' : null),
        labelled('Target start date', start, 'Usually the first day of a training class.'),
        labelled('Employment type', employment))),
    h('section', { className: 'card form-section' }, h('h2', {}, 'Where and which licenses'),
      modeSet, siteLabel, remoteSet,
      h('h3', {}, 'State licenses the hires need'),
      h('p', { className: 'hint' }, 'For each state, the lines of authority (P&C agents usually need Property and Casualty).'),
      licenseRows, addLicense),
    h('section', { className: 'card form-section' }, h('h2', {}, 'Pay and hours'),
      editing && s.status !== 'DRAFT' ? h('p', { className: 'hint' }, 'Changing the pay of an approved requisition sends it back for approval.') : null,
      h('div', { className: 'form-grid' },
        labelled('Lowest pay', payMin), labelled('Highest pay', payMax), labelled('Currency', currency, 'Three letters, e.g. USD.'), labelled('Pay basis', basis),
        h('div', { className: 'span-2' }, labelled('Shift', shift)), h('div', { className: 'span-2' }, labelled('Schedule', schedule)))),
    h('section', { className: 'card form-section' }, h('h2', {}, 'People'), peopleHint,
      h('div', { className: 'form-grid' }, labelled('Hiring manager', hm), labelled('Recruiter', recruiter)), interviewers),
    h('section', { className: 'card form-section' }, h('h2', {}, 'Description'),
      h('div', { className: 'two-col' },
        labelled('Description (Markdown: # heading, **bold**, - list)', description),
        h('div', {}, h('h3', { id: 'preview-heading' }, 'Preview'), preview))),
    h('section', { className: 'card form-section' }, h('h2', {}, 'Screening criteria'),
      h('p', { className: 'hint' }, 'What recruiters look for. Must-haves are checked first when screening.'), criteriaRows, addCriterion),
    h('section', { className: 'card form-section' }, h('h2', {}, 'Knock-out questions'),
      h('p', { className: 'hint' }, 'Applicants answer these when applying; a disqualifying answer rejects the application automatically (recruiters can reverse it).'),
      knockoutRows, addKnockout),
    h('div', { className: 'actions form-actions' }, save,
      h('a', { className: 'button secondary', href: editing ? `#/requisitions/${s.id}` : '#/requisitions' }, 'Cancel')));

  form.addEventListener('submit', async e => {
    e.preventDefault();
    renumber();
    clearErrors(form, summary);
    save.disabled = true;
    try {
      const saved = editing
        ? await api(`requisitions/${s.id}`, { method: 'PUT', body: body() })
        : await api('requisitions', { method: 'POST', body: body() });
      const sentBack = editing && s.status !== 'PENDING_APPROVAL' && saved.summary.status === 'PENDING_APPROVAL';
      goWithFlash(`#/requisitions/${saved.summary.id}`, editing
        ? (sentBack ? 'Saved. Openings or pay changed, so it went back for approval.' : 'Saved.')
        : 'Draft created. Submit it for approval when it is ready.');
    } catch (err) {
      showFormProblem(form, summary, err, mode(), editing ? () => editRequisitionPage({ id: s.id }) : null);
    } finally {
      save.disabled = false;
    }
  });

  mount(
    h('p', {}, h('a', { href: editing ? `#/requisitions/${s.id}` : '#/requisitions' }, editing ? '← Back to the requisition' : '← Requisitions')),
    h('h1', {}, editing ? ['Edit requisition ', statusBadge(s.status)] : 'New requisition'),
    editing ? h('p', { className: 'muted' }, `${s.title} · requisition ${s.id}`) : null,
    form);
  title.focus();
}

function removeButton(row, after) {
  return h('button', { type: 'button', className: 'secondary small-button', dataset: { testid: 'remove-row' }, onclick: () => {
    const container = row.parentElement;
    const next = row.nextElementSibling || row.previousElementSibling;
    row.remove();
    after();
    (next?.querySelector('select, input') || container.nextElementSibling)?.focus();
  } }, 'Remove');
}

function clearErrors(form, summary) {
  form.querySelectorAll('.field-error').forEach(e => e.remove());
  form.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
  form.querySelectorAll('[data-error-described]').forEach(e => {
    e.setAttribute('aria-describedby', e.dataset.errorDescribed);
    if (!e.dataset.errorDescribed) e.removeAttribute('aria-describedby');
    delete e.dataset.errorDescribed;
  });
  summary.hidden = true;
  summary.replaceChildren();
  clearFlash();
}

const LISTS = ['licenses', 'criteria', 'knockoutQuestions'];

// Violation paths come as "knockoutQuestions[0].disqualifying" or "knockoutQuestions.disqualifying[0]"
// (Hibernate Validator puts the index on the element's property); both point at the same row.
export function fieldKey(path, workMode, form) {
  const parts = path.split('.').map(part => {
    const m = part.match(/^(.*?)((?:\[\d*\])*)$/);
    return { name: m[1], index: (m[2].match(/\[(\d+)\]/) || [])[1] };
  });
  const top = parts[0].name;
  if (LISTS.includes(top)) {
    const index = parts[0].index ?? parts[1]?.index;
    let prop = parts[1] && !parts[1].name.startsWith('<') ? parts[1].name : null;
    if (index == null) return top;
    if (prop === 'complete') {
      const kind = form.querySelector(`[data-field="criteria[${index}].kind"]`)?.value;
      prop = kind === 'EXPERIENCE_MONTHS' || kind === 'CONTACT_CENTER_MONTHS' ? 'minMonths' : 'value';
    }
    if (prop === 'consistent') prop = 'disqualifying';
    return prop ? `${top}[${index}].${prop}` : `${top}[${index}]`;
  }
  if (top === 'payRangeOrdered') return 'payMax';
  if (top === 'locationComplete') return workMode === 'REMOTE' ? 'remoteStates' : 'site';
  return top;
}

function findField(form, key) {
  const candidates = [key, key.replace(/\.[^.[\]]+$/, ''), key.replace(/\[\d+\].*$/, '')];
  for (const candidate of candidates) {
    const el = form.querySelector(`[data-field="${CSS.escape(candidate)}"]`);
    if (el && !el.closest('[hidden]')) return el;
  }
  return null;
}

function markInvalid(el, message) {
  const error = h('span', { className: 'field-error', id: nextId('error') }, message);
  const control = ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName);
  if (control) {
    if (!('errorDescribed' in el.dataset)) el.dataset.errorDescribed = el.getAttribute('aria-describedby') || '';
    el.setAttribute('aria-invalid', 'true');
    el.setAttribute('aria-describedby', `${el.dataset.errorDescribed} ${error.id}`.trim());
    (el.closest('label') || el.parentElement).append(error);
  } else {
    const legend = el.querySelector(':scope > legend');
    if (legend) legend.after(error); else el.prepend(error);
    el.setAttribute('aria-invalid', 'true');
  }
  return el;
}

function showFormProblem(form, summary, err, workMode, reloadLatest) {
  const items = [];
  if (err instanceof ApiError && err.violations.length) {
    for (const v of err.violations) {
      const el = findField(form, fieldKey(v.field, workMode, form));
      if (el) {
        markInvalid(el, v.message);
        const target = ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName) ? el : el.querySelector('input, select, textarea') || el;
        items.push(h('li', {}, h('a', { href: '#', onclick: e => { e.preventDefault(); target.focus(); } },
          `${el.dataset.label || v.field}: ${v.message}`)));
      } else {
        items.push(h('li', { className: 'unmatched' }, `${v.field}: ${v.message}`));
      }
    }
    summary.replaceChildren(h('h2', {}, `Please fix ${err.violations.length === 1 ? 'this problem' : `these ${err.violations.length} problems`}`), h('ul', {}, items));
  } else if (err instanceof ApiError && err.status === 409) {
    summary.replaceChildren(h('h2', {}, 'Not saved'), h('p', {}, err.message),
      ...(reloadLatest ? [h('button', { type: 'button', className: 'secondary', onclick: reloadLatest }, 'Load the latest version (your changes here are dropped)')] : []));
  } else {
    summary.replaceChildren(h('h2', {}, 'Not saved'), h('p', {}, problemText(err)));
  }
  summary.hidden = false;
  summary.focus();
  summary.scrollIntoView({ block: 'start' });
}
