import { api, ApiError } from '../api.js';
import { h, mount as mountAll, clearFlash, problemText, goWithFlash, present } from '../ui.js';
import { session, hasRole } from '../app.js';
import { statusBadge } from './requisition-status.js';
import { loadPeople } from './people.js';
import { RowLists, nextId, jobSection, whereSection, paySection, peopleSection, descriptionSection, criteriaSection,
  knockoutSection } from './requisition-form-sections.js';

const mount = (...nodes) => mountAll(...nodes.filter(Boolean));

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

/** The values the form starts with: the requisition's, or a new draft's. */
function initialValues(r) {
  if (!r) {
    return {
      title: '', teamId: '', workMode: 'ON_SITE', site: '', remoteStates: [], licenses: [], openings: 1,
      targetStartDate: '', payMin: '', payMax: '', payCurrency: 'USD', payBasis: 'HOURLY', shift: '', schedule: '',
      employmentType: 'FULL_TIME', hiringManagerId: '', recruiterId: hasRole('RECRUITER') ? session.me.id : '',
      interviewerIds: [], description: '', criteria: [], knockoutQuestions: [],
    };
  }
  const s = r.summary;
  return {
    title: s.title, teamId: s.teamId, workMode: s.workMode, site: s.site, remoteStates: r.remoteStates,
    licenses: Object.entries(r.licenses).map(([state, lines]) => ({ state, lines })), openings: s.openings,
    targetStartDate: s.targetStartDate, payMin: r.payMin, payMax: r.payMax, payCurrency: r.payCurrency,
    payBasis: r.payBasis, shift: r.shift, schedule: r.schedule, employmentType: r.employmentType,
    hiringManagerId: s.hiringManager?.id, recruiterId: s.recruiter?.id, interviewerIds: r.interviewers.map(p => p.id),
    description: r.description, criteria: r.criteria, knockoutQuestions: r.knockoutQuestions,
  };
}

async function formPage(r) {
  const editing = !!r;
  const s = r?.summary;
  const editingApproved = editing && s.status !== 'DRAFT';
  const [teams, people] = await Promise.all([api('teams'), loadPeople({ interviewers: true }).catch(() => null)]);
  if (r && people) {
    // Keep the people already on the requisition pickable even if the directory does not know them.
    if (s.hiringManager) people.HIRING_MANAGER.set(s.hiringManager.id, s.hiringManager);
    if (s.recruiter) people.RECRUITER.set(s.recruiter.id, s.recruiter);
    r.interviewers.forEach(p => people.INTERVIEWER.set(p.id, p));
  }
  const initial = initialValues(r);
  const rows = new RowLists();
  const job = jobSection(initial, teams, editingApproved, team => {
    if (team && team.site && team.site.toLowerCase() !== 'remote') where.suggestSite(team.site);
  });
  const where = whereSection(initial, rows);
  const sections = [job, where, paySection(initial, editingApproved), peopleSection(initial, people),
    descriptionSection(initial), criteriaSection(initial, rows), knockoutSection(initial, rows)];
  rows.renumber();

  const summary = h('div', { className: 'error-summary', id: 'form-errors', role: 'alert', tabindex: -1, hidden: true });
  const save = h('button', { type: 'submit', id: 'req-save' }, editing ? 'Save changes' : 'Create draft');
  const form = h('form', { className: 'requisition-form', id: 'requisition-form', novalidate: true },
    summary, sections.map(section => section.element),
    h('div', { className: 'actions form-actions' }, save,
      h('a', { className: 'button secondary', href: editing ? `#/requisitions/${s.id}` : '#/requisitions' }, 'Cancel')));

  form.addEventListener('submit', async e => {
    e.preventDefault();
    rows.renumber();
    clearErrors(form, summary);
    save.disabled = true;
    const body = Object.assign({ version: editing ? r.version : null }, ...sections.map(section => section.read()));
    try {
      const saved = editing
        ? await api(`requisitions/${s.id}`, { method: 'PUT', body })
        : await api('requisitions', { method: 'POST', body });
      const sentBack = editing && s.status !== 'PENDING_APPROVAL' && saved.summary.status === 'PENDING_APPROVAL';
      goWithFlash(`#/requisitions/${saved.summary.id}`, editing
        ? (sentBack ? 'Saved. Openings or pay changed, so it went back for approval.' : 'Saved.')
        : 'Draft created. Submit it for approval when it is ready.');
    } catch (err) {
      showFormProblem(form, summary, err, where.mode(), editing ? () => editRequisitionPage({ id: s.id }) : null);
    } finally {
      save.disabled = false;
    }
  });

  mount(
    h('p', {}, h('a', { href: editing ? `#/requisitions/${s.id}` : '#/requisitions' }, editing ? '← Back to the requisition' : '← Requisitions')),
    h('h1', {}, editing ? ['Edit requisition ', statusBadge(s.status)] : 'New requisition'),
    editing ? h('p', { className: 'muted' }, `${s.title} · requisition ${s.id}`) : null,
    form);
  job.title.focus();
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
    summary.replaceChildren(...present([h('h2', {}, 'Not saved'), h('p', {}, err.message),
      ...(reloadLatest ? [h('button', { type: 'button', className: 'secondary', onclick: reloadLatest }, 'Load the latest version (your changes here are dropped)')] : [])]));
  } else {
    summary.replaceChildren(h('h2', {}, 'Not saved'), h('p', {}, problemText(err)));
  }
  summary.hidden = false;
  summary.focus();
  summary.scrollIntoView({ block: 'start' });
}
