import { api, ApiError } from '../api.js';
import { h, mount as mountAll, table, pager, field, flash, badge, when, problemText, goWithFlash, showPendingFlash, day } from '../ui.js';
import { STATUSES, statusBadge } from './requisition-status.js';
import { hasRole, session } from '../app.js';
import { STATE_CODES, US_STATES, formatDate, formatPay, EMPLOYMENT_TYPES, WORK_MODES } from '../careers/states.js';
import { loadPeople, personOptions } from './people.js';
import { interviewPlansCard } from './interviews.js';
import { licensingDeadlineCard } from './licensing.js';
import { criteriaOnFloorCard } from './quality.js';

const mount = (...nodes) => mountAll(...nodes.filter(Boolean));

export function locationText(r) {
  if (r.workMode === 'REMOTE') return `Remote${r.remoteStates?.length ? ` (${r.remoteStates.join(', ')})` : ''}`;
  if (r.workMode === 'HYBRID') return `${r.site || '—'} (hybrid)`;
  return r.site || '—';
}

const SORTS = [
  ['-statusChangedAt', 'Latest status change'], ['-createdAt', 'Newest'], ['createdAt', 'Oldest'],
  ['title', 'Title A–Z'], ['targetStartDate', 'Target start, soonest'], ['team', 'Team'], ['status', 'Status'],
];

// ---------- List ----------

export async function requisitionsPage(params, query) {
  const state = {
    status: query.get('status') || '', teamId: query.get('teamId') || '', recruiterId: query.get('recruiterId') || '',
    hiringManagerId: query.get('hiringManagerId') || '', state: query.get('state') || '', q: query.get('q') || '',
    sort: query.get('sort') || '-statusChangedAt', page: Number(query.get('page') || 0),
  };
  const [teams, people] = await Promise.all([api('teams'), loadPeople().catch(() => null)]);
  const select = (name, options, value, id) => h('select', { name, id },
    options.map(([v, label]) => h('option', { value: v, selected: String(v) === String(value) }, label)));
  const inputs = {
    status: select('status', [['', 'Any status'], ...Object.entries(STATUSES).map(([k, [l]]) => [k, l])], state.status, 'filter-status'),
    teamId: select('teamId', [['', 'Any team'], ...teams.map(t => [t.id, t.name])], state.teamId, 'filter-team'),
    recruiterId: select('recruiterId', [['', 'Any recruiter'], ...personOptions(people, 'RECRUITER', state.recruiterId)], state.recruiterId, 'filter-recruiter'),
    hiringManagerId: select('hiringManagerId', [['', 'Any hiring manager'], ...personOptions(people, 'HIRING_MANAGER', state.hiringManagerId)], state.hiringManagerId, 'filter-hiring-manager'),
    state: select('state', [['', 'Any state'], ...STATE_CODES.map(c => [c, `${c} — ${US_STATES[c]}`])], state.state, 'filter-state'),
    q: h('input', { name: 'q', type: 'search', value: state.q, placeholder: 'Words in the title', id: 'filter-q' }),
    sort: select('sort', SORTS, state.sort, 'filter-sort'),
  };
  const results = h('div', { id: 'requisition-results', 'aria-live': 'polite' });

  function remember() {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(state)) if (v !== '' && !(k === 'page' && v === 0) && !(k === 'sort' && v === '-statusChangedAt')) q.set(k, v);
    const text = q.toString();
    history.replaceState(null, '', `#/requisitions${text ? `?${text}` : ''}`);
  }

  // the people in the pipeline, stage by stage ("Applied 9 · Screen 5 …"), linking to the board
  const applicantsCell = r => {
    const stages = (r.applicants || []).filter(st => st.count > 0);
    if (stages.length === 0) return h('span', { className: 'muted' }, 'none yet');
    const total = stages.reduce((sum, st) => sum + st.count, 0);
    return h('a', { href: `#/pipelines/${r.id}`, className: 'stage-counts', onclick: e => e.stopPropagation(),
      'aria-label': `${total} in the pipeline: ${stages.map(st => `${st.count} in ${st.name}`).join(', ')}` },
    stages.map(st => h('span', { className: 'stage-count' }, `${st.name} ${st.count}`)));
  };

  async function load() {
    remember();
    const page = await api('requisitions', { query: state });
    results.replaceChildren(table([
      { label: 'Title', sort: 'title', render: r => h('a', { href: `#/requisitions/${r.id}`, dataset: { testid: 'requisition-link' } }, r.title) },
      { label: 'Status', sort: 'status', render: r => statusBadge(r.status) },
      { label: 'Team', sort: 'team', key: 'team' },
      { label: 'Location', render: r => locationText(r) },
      { label: 'States', render: r => r.licensedStates.join(', ') || '—' },
      { label: 'Openings', render: r => `${r.openOpenings} open of ${r.openings}` },
      { label: 'Applicants', render: applicantsCell },
      { label: 'Target start', sort: 'targetStartDate', render: r => h('span', { className: 'nowrap' }, formatDate(r.targetStartDate)) },
      { label: 'Hiring manager', render: r => r.hiringManager?.name || '—' },
      { label: 'Recruiter', render: r => r.recruiter?.name || '—' },
      { label: 'Status changed', sort: 'statusChangedAt', render: r => h('span', { className: 'nowrap', title: when(r.statusChangedAt) }, day(r.statusChangedAt)) },
    ], page.items, {
      sort: state.sort,
      onSort: s => { state.sort = s; inputs.sort.value = s; state.page = 0; reload(); },
      onRowClick: r => { location.hash = `#/requisitions/${r.id}`; },
      empty: ['status', 'teamId', 'recruiterId', 'hiringManagerId', 'state', 'q'].some(k => state[k]) ? 'No requisitions match these filters.' : 'No requisitions yet.',
    }), pager(page, p => { state.page = p; reload(); }));
  }

  const reload = () => load().catch(err => flash(problemText(err), 'error'));

  const filters = h('form', { className: 'filters', id: 'requisition-filters', role: 'search', onsubmit: e => {
    e.preventDefault();
    for (const [k, input] of Object.entries(inputs)) state[k] = input.value;
    state.page = 0;
    reload();
  } },
  field('Status', inputs.status), field('Team', inputs.teamId), field('Recruiter', inputs.recruiterId),
  field('Hiring manager', inputs.hiringManagerId), field('License state', inputs.state), field('Search', inputs.q),
  field('Sort by', inputs.sort), h('button', { type: 'submit', id: 'filter-apply' }, 'Filter'),
  h('button', { type: 'button', className: 'secondary', onclick: () => {
    Object.assign(state, { status: '', teamId: '', recruiterId: '', hiringManagerId: '', state: '', q: '', page: 0, sort: '-statusChangedAt' });
    for (const [k, input] of Object.entries(inputs)) input.value = state[k];
    reload();
  } }, 'Clear'));

  mount(
    h('div', { className: 'page-head' },
      h('h1', {}, 'Requisitions'),
      h('div', { className: 'actions' },
        hasRole('RECRUITER', 'ADMIN') ? h('a', { className: 'button', href: '#/requisitions/new', id: 'new-requisition' }, 'New requisition') : null,
        h('a', { className: 'button secondary', href: 'careers/', target: '_blank', rel: 'noopener' }, 'Public careers page'))),
    filters, results);
  await load();
}

// ---------- Detail ----------

function facts(pairs) {
  return h('dl', { className: 'facts' }, pairs.filter(Boolean).map(([term, value]) =>
    [h('dt', {}, term), h('dd', {}, value === null || value === undefined || value === '' ? '—' : value)]));
}

const CRITERION_LABELS = {
  SKILL: 'Skill', LANGUAGE: 'Language', EXPERIENCE_MONTHS: 'Experience', CONTACT_CENTER_MONTHS: 'Contact-center experience',
  LICENSE_STATE: 'License in state',
};

export function criterionText(c) {
  const what = c.minMonths != null && (c.kind === 'EXPERIENCE_MONTHS' || c.kind === 'CONTACT_CENTER_MONTHS')
    ? `at least ${c.minMonths} month${c.minMonths === 1 ? '' : 's'}` : c.value;
  return `${CRITERION_LABELS[c.kind] || c.kind}: ${what}`;
}

const EVENT_LABELS = {
  CREATED: 'Created', EDITED: 'Edited', SUBMITTED: 'Submitted for approval', APPROVED_STEP: 'Approval given',
  REJECTED: 'Rejected', OPENED: 'Opened', HELD: 'Put on hold', RESUMED: 'Resumed', CANCELLED: 'Cancelled',
  REOPENED: 'Reopened', OPENING_FILLED: 'Opening filled', FILLED: 'Filled', CLONED: 'Cloned',
  SENT_BACK_FOR_APPROVAL: 'Sent back for approval',
};
const eventLabel = type => EVENT_LABELS[type] || type.charAt(0) + type.slice(1).toLowerCase().replace(/_/g, ' ');
const STEP_KIND = { APPROVED: 'ok', REJECTED: 'bad', PENDING: 'warn', WAITING: '', SKIPPED: '' };
const statusWords = s => (STATUSES[s] ? STATUSES[s][0] : s ? s.toLowerCase() : '');

// Lifecycle actions: label, what to ask, which endpoint.
const ACTIONS = {
  approve: { label: 'Approve', ask: 'comment', prompt: 'Comment (optional)', confirm: 'Approve', path: 'approve', done: 'Approved.' },
  reject: { label: 'Reject…', ask: 'comment', required: true, prompt: 'Why are you rejecting it? (required; the requester reads this)', confirm: 'Reject', danger: true, path: 'reject', done: 'Rejected: the requisition is back in draft.' },
  submit: { label: 'Submit for approval', path: 'submit', done: 'Submitted for approval; the first approver was emailed.' },
  hold: { label: 'Put on hold…', ask: 'comment', prompt: 'Reason (optional)', confirm: 'Put on hold', path: 'hold', done: 'Put on hold; it is no longer on the careers page.' },
  resume: { label: 'Resume', path: 'resume', done: 'Resumed.' },
  cancel: { label: 'Cancel requisition…', ask: 'comment', required: true, prompt: 'Why is it cancelled? (required)', confirm: 'Cancel requisition', danger: true, path: 'cancel', done: 'Cancelled.' },
  reopen: { label: 'Reopen…', ask: 'comment', prompt: 'Reason (optional)', confirm: 'Reopen', path: 'reopen', done: 'Reopened.' },
  clone: { label: 'Clone…', ask: 'date', prompt: 'Target start date of the copy (optional; empty keeps this one’s)', confirm: 'Clone as a new draft', path: 'clone' },
};
const ACTION_ORDER = ['approve', 'reject', 'edit', 'submit', 'fill', 'hold', 'resume', 'reopen', 'clone', 'cancel'];

export async function requisitionPage({ id }) {
  let r;
  try {
    r = await api(`requisitions/${id}`);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      mount(h('p', {}, h('a', { href: '#/requisitions' }, '← Requisitions')), h('h1', {}, 'Requisition not found'),
        h('p', {}, `There is no requisition ${id}, or you may not see it.`));
      return;
    }
    throw e;
  }
  const s = r.summary;
  const can = a => r.actions.includes(a);
  const errorBox = h('div', { className: 'problem', id: 'action-error', role: 'alert', hidden: true });
  const panel = h('div', { id: 'action-panel' });

  async function reload(message) {
    await requisitionPage({ id });
    if (message) flash(message);
  }

  function showError(err) {
    errorBox.replaceChildren(h('strong', {}, err instanceof ApiError && err.status === 409 ? 'Not possible right now: ' : 'That did not work: '),
      problemText(err));
    errorBox.hidden = false;
    errorBox.scrollIntoView({ block: 'nearest' });
  }

  async function run(name, body) {
    const action = ACTIONS[name];
    errorBox.hidden = true;
    try {
      const result = await api(`requisitions/${id}/${action.path}`, { method: 'POST', body });
      if (name === 'clone') {
        goWithFlash(`#/requisitions/${result.summary.id}`, `Cloned as a new draft (requisition ${result.summary.id}).`);
        return;
      }
      await reload(action.done);
    } catch (err) {
      showError(err);
    }
  }

  function openPanel(name, opener) {
    const action = ACTIONS[name];
    errorBox.hidden = true;
    if (!action.ask) { run(name); return; }
    const inputId = `action-${name}-input`;
    const input = action.ask === 'date'
      ? h('input', { type: 'date', id: inputId, name: 'targetStartDate', value: s.targetStartDate || '' })
      : h('textarea', { id: inputId, name: 'comment', rows: 3, required: action.required, 'aria-required': action.required ? 'true' : null });
    const error = h('span', { className: 'field-error', id: `${inputId}-error`, hidden: true });
    const close = () => { panel.replaceChildren(); opener.focus(); };
    const submit = h('button', { type: 'submit', className: action.danger ? 'danger' : '', dataset: { testid: `confirm-${name}` } }, action.confirm);
    const form = h('form', { className: 'action-form card', id: 'action-form', novalidate: true, dataset: { action: name }, onsubmit: async e => {
      e.preventDefault();
      const value = input.value.trim();
      if (action.required && !value) {
        error.textContent = 'Please write a reason.';
        error.hidden = false;
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', error.id);
        input.focus();
        return;
      }
      submit.disabled = true;
      const body = action.ask === 'date' ? { targetStartDate: value || null } : { comment: value || null };
      await run(name, body);
      submit.disabled = false;
    }, onkeydown: e => { if (e.key === 'Escape') close(); } },
    h('label', { for: inputId }, action.prompt, input, error),
    h('div', { className: 'actions' }, submit, h('button', { type: 'button', className: 'secondary', onclick: close }, 'Never mind')));
    panel.replaceChildren(form);
    input.focus();
  }

  const buttons = ACTION_ORDER.filter(can).map(name => {
    if (name === 'edit') return h('a', { className: 'button secondary', href: `#/requisitions/${id}/edit`, dataset: { testid: 'action-edit' } }, 'Edit');
    if (name === 'fill') {
      return h('button', { type: 'button', className: 'secondary', dataset: { testid: 'action-fill' }, onclick: () => {
        const first = document.querySelector('[data-testid=fill-opening]');
        if (first) { first.scrollIntoView({ block: 'center' }); first.focus(); } else flash('Every opening is filled.');
      } }, 'Fill an opening…');
    }
    const action = ACTIONS[name];
    const button = h('button', { type: 'button', className: action.danger ? 'danger' : name === 'approve' || name === 'submit' ? '' : 'secondary',
      dataset: { testid: `action-${name}` } }, action.label);
    button.addEventListener('click', () => openPanel(name, button));
    return button;
  });

  const pay = formatPay(r.payMin, r.payMax, r.payCurrency, r.payBasis);
  const licenses = Object.entries(r.licenses);
  const publicLink = s.status === 'OPEN' ? h('a', { href: `careers/${encodeURIComponent(s.slug)}`, target: '_blank', rel: 'noopener', id: 'public-link' }, `/careers/${s.slug}`) : 'Not public (only open requisitions are on the careers page)';

  mount(
    h('p', {}, h('a', { href: '#/requisitions' }, '← Requisitions')),
    h('div', { className: 'page-head' },
      h('h1', { id: 'requisition-title' }, s.title, ' ', statusBadge(s.status, { id: 'requisition-status' })),
      hasRole('RECRUITER', 'ADMIN', 'HIRING_MANAGER') ? h('div', { className: 'actions', id: 'requisition-candidate-links' },
        h('a', { className: 'button secondary', href: `#/pipelines/${id}`, id: 'requisition-pipeline' }, 'Pipeline board'),
        hasRole('RECRUITER', 'ADMIN') ? h('a', { className: 'button secondary', href: `#/candidates?requisitionId=${id}`, id: 'requisition-applicants' }, 'Applicants') : null,
        hasRole('RECRUITER', 'ADMIN') ? h('a', { className: 'button secondary', href: `#/uploads?requisitionId=${id}`, id: 'requisition-upload' }, 'Upload resumes') : null) : null),
    h('p', { className: 'muted' }, `Requisition ${s.id} · ${s.team} · created by ${r.createdBy} on ${when(r.createdAt)}`,
      r.clonedFromId ? [' · cloned from ', h('a', { href: `#/requisitions/${r.clonedFromId}` }, `requisition ${r.clonedFromId}`)] : null),
    buttons.length ? h('div', { className: 'actions', id: 'requisition-actions', role: 'group', 'aria-label': 'Actions' }, buttons) : null,
    errorBox, panel,
    h('div', { className: 'two-col' },
      h('section', { className: 'card', 'aria-labelledby': 'job-heading' }, h('h2', { id: 'job-heading' }, 'The job'), facts([
        ['Team', s.team],
        ['Work mode', WORK_MODES[s.workMode] || s.workMode],
        ['Location', locationText({ ...s, remoteStates: r.remoteStates })],
        ['Licenses needed', licenses.length ? h('ul', { className: 'plain' }, licenses.map(([st, lines]) => h('li', {}, `${st}: ${lines.join(', ')}`))) : null],
        ['Openings', `${s.openings} (${s.openOpenings} open)`],
        ['Target start', formatDate(s.targetStartDate)],
        ['Pay', pay],
        ['Shift', r.shift], ['Schedule', r.schedule],
        ['Employment', EMPLOYMENT_TYPES[r.employmentType] || r.employmentType],
        ['Public page', publicLink],
      ])),
      h('section', { className: 'card', 'aria-labelledby': 'people-heading' }, h('h2', { id: 'people-heading' }, 'People and dates'), facts([
        ['Hiring manager', s.hiringManager ? `${s.hiringManager.name} (${s.hiringManager.email})` : null],
        ['Recruiter', s.recruiter ? `${s.recruiter.name} (${s.recruiter.email})` : null],
        ['Interviewers', r.interviewers.length ? r.interviewers.map(p => p.name).join(', ') : null],
        ['Created', `${when(r.createdAt)} by ${r.createdBy}`],
        ['First opened', when(r.firstOpenedAt)],
        ['Status changed', when(s.statusChangedAt)],
        ['Approval round', r.approvalRound ? String(r.approvalRound) : null],
      ]))),
    descriptionSection(r),
    screeningSection(r),
    r.criteria.length && hasRole('ADMIN', 'RECRUITER', 'HIRING_MANAGER') ? criteriaOnFloorCard(id) : null,
    hasRole('RECRUITER', 'ADMIN', 'HIRING_MANAGER') ? await interviewPlansCard(id).catch(() => null) : null,
    hasRole('RECRUITER', 'ADMIN', 'HIRING_MANAGER', 'TRAINER') ? await licensingDeadlineCard(id).catch(() => null) : null,
    openingsSection(r, can('fill'), id, reload, showError),
    approvalsSection(r),
    historySection(r),
    hasRole('ADMIN') ? h('p', {}, h('a', { href: `#/admin/audit?entityType=Requisition&entityId=${id}` }, 'Audit log of this requisition')) : null);
  showPendingFlash();
}

function descriptionSection(r) {
  const body = h('div', { className: 'prose', id: 'requisition-description' });
  // descriptionHtml was sanitized by the server (MarkdownRenderer.toSafeHtml); it is the only HTML we insert.
  if (r.descriptionHtml) body.innerHTML = r.descriptionHtml;
  else body.append(h('p', { className: 'muted' }, 'No description yet.'));
  return h('section', { className: 'card', 'aria-labelledby': 'description-heading' }, h('h2', { id: 'description-heading' }, 'Description'), body);
}

function screeningSection(r) {
  return h('section', { className: 'card', 'aria-labelledby': 'screening-heading' }, h('h2', { id: 'screening-heading' }, 'Screening'),
    h('div', { className: 'two-col' },
      h('div', {}, h('h3', {}, 'Criteria'),
        r.criteria.length === 0 ? h('p', { className: 'muted' }, 'None.') :
          h('ul', {}, r.criteria.map(c => h('li', {}, criterionText(c), ' ', c.mustHave ? badge('must have', 'warn') : badge('nice to have'))))),
      h('div', {}, h('h3', {}, 'Knock-out questions'),
        r.knockoutQuestions.length === 0 ? h('p', { className: 'muted' }, 'None.') :
          h('ol', {}, r.knockoutQuestions.map(k => h('li', {}, k.question,
            h('div', { className: 'muted small' }, `Answers: ${k.options.join(' / ')} · disqualifying: ${k.disqualifying.join(', ')}`)))))));
}

function openingsSection(r, canFill, id, reload, showError) {
  const OPENING_KIND = { OPEN: 'ok', FILLED: 'info' };
  function fillCell(o) {
    if (!canFill || o.status !== 'OPEN') return '';
    const cell = h('div');
    const start = h('button', { type: 'button', className: 'secondary', dataset: { testid: 'fill-opening', opening: o.id } }, 'Fill…');
    start.addEventListener('click', () => {
      const inputId = `hire-${o.id}`;
      const input = h('input', { id: inputId, name: 'hire', required: true, autocomplete: 'off' });
      const form = h('form', { className: 'inline-form', onsubmit: async e => {
        e.preventDefault();
        if (!input.value.trim()) { input.setAttribute('aria-invalid', 'true'); input.focus(); return; }
        try {
          await api(`requisitions/${id}/openings/${o.id}/fill`, { method: 'POST', body: { hire: input.value.trim() } });
          await reload(`Opening ${o.number} filled by ${input.value.trim()}.`);
        } catch (err) {
          showError(err);
        }
      }, onkeydown: e => { if (e.key === 'Escape') { cell.replaceChildren(start); start.focus(); } } },
      h('label', { for: inputId }, `Hire’s name for opening ${o.number}`, input),
      h('button', { type: 'submit', dataset: { testid: 'confirm-fill' } }, 'Fill'),
      h('button', { type: 'button', className: 'secondary', onclick: () => { cell.replaceChildren(start); start.focus(); } }, 'Never mind'));
      cell.replaceChildren(form);
      input.focus();
    });
    cell.append(start);
    return cell;
  }
  return h('section', { className: 'card', 'aria-labelledby': 'openings-heading', id: 'openings' },
    h('h2', { id: 'openings-heading' }, `Openings (${r.summary.openOpenings} open of ${r.summary.openings})`),
    table([
      { label: '#', render: o => String(o.number) },
      { label: 'Status', render: o => badge(o.status.toLowerCase(), OPENING_KIND[o.status] || '') },
      { label: 'Opened', render: o => when(o.openedAt) },
      { label: 'Filled', render: o => when(o.filledAt) },
      { label: 'Hire', render: o => o.filledBy || '—' },
      { label: 'Days to fill', render: o => (o.daysToFill == null ? '—' : String(o.daysToFill)) },
      { label: canFill ? 'Fill' : '', render: fillCell },
    ], r.openings));
}

function approvalsSection(r) {
  const rounds = [...new Set(r.approvals.map(a => a.round))].sort((a, b) => b - a);
  return h('section', { className: 'card', 'aria-labelledby': 'approvals-heading', id: 'approvals' },
    h('h2', { id: 'approvals-heading' }, 'Approvals'),
    rounds.length === 0 ? h('p', { className: 'muted' }, 'Not submitted for approval yet.') :
      rounds.map(round => h('div', { className: 'round' },
        h('h3', {}, `Round ${round}${round === r.approvalRound ? ' (latest)' : ''}`),
        table([
          { label: 'Step', render: a => String(a.position) },
          { label: 'Approver', key: 'approver' },
          { label: 'Status', render: a => badge(a.status.toLowerCase(), STEP_KIND[a.status] ?? '') },
          { label: 'Decided by', render: a => a.decidedBy || '—' },
          { label: 'When', render: a => when(a.decidedAt) },
          { label: 'Comment', render: a => a.comment || '—' },
        ], r.approvals.filter(a => a.round === round).sort((a, b) => a.position - b.position)))));
}

function historySection(r) {
  return h('section', { className: 'card', 'aria-labelledby': 'history-heading', id: 'history' },
    h('h2', { id: 'history-heading' }, 'History'),
    table([
      { label: 'When', render: e => when(e.at) },
      { label: 'Who', key: 'actor' },
      { label: 'What', render: e => eventLabel(e.type) },
      { label: 'Status', render: e => (e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus
        ? `${statusWords(e.fromStatus)} → ${statusWords(e.toStatus)}` : statusWords(e.toStatus) || '—') },
      { label: 'Detail', render: e => e.detail || '—' },
    ], [...r.history].reverse()));
}
