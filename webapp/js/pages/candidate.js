// A candidate's profile: the values and where the parser read them, recruiter corrections, applications,
// documents with a text preview, the timeline, and the review of a possible duplicate.
import { api, ApiError } from '../api.js';
import { h, mount as mountAll, table, flash, badge, when, problemText, present } from '../ui.js';
import { US_STATES } from '../careers/states.js';
import { notesCard } from './notes.js';
import { hasRole } from '../app.js';
import { stageBadge, sourceLabel, months, place, listText, lastSearch } from './candidates.js';
import { phoneText, sourceHint } from './candidate-fields.js';
import { profileCard } from './candidate-profile.js';
import { duplicateCard } from './candidate-duplicate.js';
import { shownList, listControls } from './candidate-lists.js';

const mount = (...nodes) => mountAll(...nodes.filter(Boolean));

// "2020-08" → "Aug 2020".
function yearMonth(value) {
  if (!value) return null;
  const [y, m] = value.split('-').map(Number);
  if (!m) return String(y);
  return new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

function spanMonths(start, end) {
  if (!start) return null;
  const [y1, m1] = start.split('-').map(Number);
  const now = new Date();
  const [y2, m2] = end ? end.split('-').map(Number) : [now.getUTCFullYear(), now.getUTCMonth() + 1];
  const total = (y2 - y1) * 12 + ((m2 || 1) - (m1 || 1)) + 1;
  return total > 0 ? total : null;
}

function sizeText(bytes) {
  if (bytes == null) return '—';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}


const DOC_STATUS = { QUEUED: ['being parsed', 'info'], PARSED: ['parsed', 'ok'], NEEDS_OCR: ['no text — needs OCR', 'warn'], FAILED: ['failed', 'bad'] };
const OUTCOMES = { CREATED: 'new candidate', MATCHED: 'matched this candidate', POSSIBLE_DUPLICATE: 'possible duplicate', FAILED: 'failed' };
const EVENTS = {
  APPLIED: 'Applied', KNOCKED_OUT: 'Knocked out', RESUME_PARSED: 'Resume parsed', RESUME_NEEDS_OCR: 'Resume needs OCR',
  RESUME_UNREADABLE: 'Resume unreadable', PROFILE_CORRECTED: 'Profile corrected', CORRECTION_UNDONE: 'Correction undone', MERGED: 'Merged',
  STAGE_CHANGED: 'Stage changed', EMAIL_SENT: 'Email sent', NOTE_ADDED: 'Note', OFFER_ACCEPTED: 'Offer accepted',
};
const eventLabel = type => EVENTS[type] || type.charAt(0) + type.slice(1).toLowerCase().replace(/_/g, ' ');

// ---------- Sections ----------

function alerts(d) {
  const boxes = [];
  const knocked = d.applications.filter(a => a.knockedOut);
  if (knocked.length) {
    boxes.push(h('div', { className: 'problem knockout-alert', id: 'knockout-alert', role: 'note' },
      h('strong', {}, 'Knocked out by a screening answer'),
      h('ul', {}, knocked.map(a => h('li', {}, h('a', { href: `#/requisitions/${a.requisitionId}` }, a.requisition), ': ', a.knockoutReason || 'no reason recorded')))));
  }
  const warnings = d.parsed?.warnings || [];
  const queued = d.documents.filter(x => x.status === 'QUEUED');
  if (warnings.length || queued.length) {
    boxes.push(h('div', { className: 'notice', id: 'parser-warnings', role: 'note' },
      warnings.length ? [h('strong', {}, 'The parser warns'), h('ul', {}, warnings.map(w => h('li', {}, w)))] : null,
      queued.length ? h('p', {}, `${queued.map(x => x.fileName).join(', ')} ${queued.length === 1 ? 'is' : 'are'} still being parsed. `,
        h('button', { type: 'button', className: 'secondary small-button', onclick: () => candidatePage({ id: d.summary.id }) }, 'Reload')) : null));
  }
  return boxes;
}

// Who found this person: recruiters change it (reports count their applications under it).
function sourceLine(d, recruiter, sources, rerender) {
  if (!sources.length) return null;
  const current = sources.find(x => x.id === d.recruitingSourceId);
  if (!recruiter) return h('p', { className: 'small', id: 'candidate-source' }, 'Found through: ', current ? current.name : 'not known');
  const select = h('select', { id: 'candidate-source-select', 'aria-label': 'Found through (recruiting source)' },
    h('option', { value: '' }, 'Not known'),
    sources.filter(x => x.active || x.id === d.recruitingSourceId)
      .map(x => h('option', { value: x.id, selected: x.id === d.recruitingSourceId }, x.active ? x.name : `${x.name} (retired)`)));
  select.addEventListener('change', async () => {
    select.disabled = true;
    try {
      const updated = await api(`candidates/${d.summary.id}/source`, { method: 'PUT', body: { sourceId: select.value ? Number(select.value) : null } });
      await rerender(updated, `Source saved: ${select.value ? select.selectedOptions[0].textContent : 'not known'}.`);
    } catch (err) {
      select.disabled = false;
      flash(problemText(err), 'error');
    }
  });
  return h('p', { className: 'small', id: 'candidate-source' }, h('label', { for: 'candidate-source-select' }, 'Found through '), select);
}

function applicationsCard(d) {
  return h('section', { className: 'card', id: 'applications', 'aria-labelledby': 'applications-heading' },
    h('h2', { id: 'applications-heading' }, `Applications (${d.applications.length})`),
    d.applications.length === 0 ? h('p', { className: 'muted' }, 'No applications: this person is in the talent pool.') :
      h('ul', { className: 'plain application-list' }, d.applications.map(a => h('li', { className: a.knockedOut ? 'knocked-out' : '', dataset: { application: a.id } },
        h('div', {}, h('a', { href: `#/requisitions/${a.requisitionId}` }, a.requisition), ' ', stageBadge(a.stage),
          a.knockedOut ? [' ', badge('knocked out', 'bad')] : null, ' ',
          h('a', { href: `#/applications/${a.id}`, className: 'open-application' }, 'Score, moves and history')),
        a.knockedOut ? h('p', { className: 'knockout-reason' }, h('strong', {}, 'Reason: '), a.knockoutReason || 'not recorded') : null,
        h('div', { className: 'hint' }, `Applied ${when(a.appliedAt)} · ${sourceLabel(a.source)}`)))));
}

// A list card (work history, education, licenses): its heading, correction controls and content.
function listCard(d, key, id, title, content, ctx) {
  const body = h('div', { id: `${id}-body` }, content);
  return h('section', { className: 'card', id, 'aria-labelledby': `${id}-heading` },
    h('div', { className: 'page-head' }, h('h2', { id: `${id}-heading` }, title), listControls(d, key, ctx.rerender, ctx.reload, body)),
    body);
}

// Where the parser read a row: only for rows as parsed, not for a recruiter's correction.
function readFrom(d, key, corrected, i) {
  return corrected || !d.parsed ? null : sourceHint(d.parsed.sources[`${key}[${i}]`]);
}

function educationCard(d, ctx) {
  const { rows: schools, corrected } = shownList(d, 'education');
  return listCard(d, 'education', 'education', 'Education',
    schools.length === 0 ? h('p', { className: 'muted' }, d.parsed || corrected ? 'None.' : 'Not parsed yet.') :
      h('ul', { className: 'plain' }, schools.map((e, i) => h('li', {},
        h('div', {}, [e.credential, e.institution].filter(Boolean).join(', ') || '—', e.year ? ` (${e.year})` : ''),
        readFrom(d, 'education', corrected, i)))), ctx);
}

function workCard(d, ctx) {
  const { rows: jobs, corrected } = shownList(d, 'workHistory');
  return listCard(d, 'workHistory', 'work-history', 'Work history',
    jobs.length === 0 ? h('p', { className: 'muted' }, d.parsed || corrected ? 'No dated jobs.' : 'Not parsed yet.') :
      h('ol', { className: 'plain work-list' }, jobs.map((j, i) => h('li', {},
        h('div', { className: 'job-title' }, h('strong', {}, j.title || 'Untitled job'), j.employer ? ` · ${j.employer}` : ''),
        h('div', { className: 'muted small' }, `${yearMonth(j.start) || '?'} – ${j.end ? yearMonth(j.end) : 'present'}`,
          spanMonths(j.start, j.end) ? ` · ${months(spanMonths(j.start, j.end))}` : ''),
        readFrom(d, 'workHistory', corrected, i)))), ctx);
}

function licensesCard(d, ctx) {
  const { rows: licenses, corrected } = shownList(d, 'licenses');
  const npn = d.corrections?.npn ?? d.parsed?.npn;
  return listCard(d, 'licenses', 'licenses', 'Licenses', [
    npn ? h('p', {}, 'NPN ', h('strong', { id: 'licenses-npn' }, npn)) : null,
    licenses.length === 0 ? h('p', { className: 'muted' }, d.parsed || corrected ? 'No insurance licenses.' : 'Not parsed yet.') :
      table([
        { label: 'State', render: l => h('span', { title: US_STATES[l.state] || l.state }, l.state) },
        { label: 'Lines', render: l => l.linesOfAuthority.join(', ') || '—' },
        { label: 'Number', render: l => l.number || '—' },
        { label: 'Residency', render: l => (l.resident === true ? 'Resident' : l.resident === false ? 'Non-resident' : 'Not stated') },
        { label: 'Status', render: l => (l.status === 'active' ? badge('active', 'ok') : l.status === 'lapsed' ? badge('lapsed', 'bad') : l.status ? badge(l.status, 'warn') : '—') },
        { label: 'Read from', render: l => readFrom(d, 'licenses', corrected, licenses.indexOf(l)) || (corrected ? 'corrected' : '—') },
      ], licenses)], ctx);
}

function documentsCard(d) {
  const preview = h('section', { className: 'doc-preview', id: 'document-preview', hidden: true, 'aria-live': 'polite' });
  let open = null;
  async function toggle(doc, button) {
    document.querySelectorAll('[data-testid=preview-text]').forEach(b => b.setAttribute('aria-expanded', 'false'));
    if (open === doc.id) { open = null; preview.hidden = true; preview.replaceChildren(); return; }
    open = doc.id;
    button.setAttribute('aria-expanded', 'true');
    preview.hidden = false;
    preview.replaceChildren(h('p', { className: 'muted' }, `Loading the text of ${doc.fileName}…`));
    try {
      // Not api(): it asks for JSON, and this endpoint only produces text/plain (406 otherwise).
      const response = await fetch(new URL(`../../api/v1/candidates/${d.summary.id}/documents/${doc.id}/text`, import.meta.url),
        { headers: { Accept: 'text/plain' }, credentials: 'same-origin' });
      if (!response.ok) throw new Error(`The text could not be loaded (${response.status}).`);
      const text = await response.text();
      if (open !== doc.id) return;
      preview.replaceChildren(...present([
        h('div', { className: 'page-head' }, h('h3', {}, `Text of ${doc.fileName}`),
          h('button', { type: 'button', className: 'secondary small-button', onclick: () => toggle(doc, button) }, 'Close preview')),
        text.trim() ? h('pre', { className: 'doc-text', id: 'document-text', tabindex: 0, 'aria-label': `Text of ${doc.fileName}` }, text)
          : h('p', { className: 'muted' }, doc.status === 'NEEDS_OCR' ? 'No text layer: the document needs OCR. Download it to read it.' : 'No text was extracted from this document.')]));
    } catch (err) {
      preview.replaceChildren(h('p', { className: 'problem' }, problemText(err)));
    }
  }
  return h('section', { className: 'card', id: 'documents', 'aria-labelledby': 'documents-heading' },
    h('h2', { id: 'documents-heading' }, `Documents (${d.documents.length})`),
    table([
      { label: 'File', render: doc => h('a', { href: `api/v1/candidates/${d.summary.id}/documents/${doc.id}`, download: doc.fileName,
        dataset: { testid: 'document-download' } }, doc.fileName) },
      { label: 'Status', render: doc => { const [l, k] = DOC_STATUS[doc.status] || [doc.status, '']; return badge(l, k); } },
      { label: 'Outcome', render: doc => OUTCOMES[doc.outcome] || '—' },
      { label: 'Size', render: doc => sizeText(doc.sizeBytes) },
      { label: 'Uploaded', render: doc => when(doc.uploadedAt) },
      { label: 'Parsed', render: doc => when(doc.parsedAt) },
      { label: 'Problem', render: doc => doc.error || '—' },
      { label: 'Text', render: doc => {
        const button = h('button', { type: 'button', className: 'secondary small-button', 'aria-controls': 'document-preview',
          'aria-expanded': 'false', dataset: { testid: 'preview-text', document: doc.id }, disabled: doc.status === 'QUEUED' || doc.status === 'FAILED' }, 'Preview text');
        button.addEventListener('click', () => toggle(doc, button));
        return button;
      } },
    ], d.documents),
    preview);
}

function timelineCard(d) {
  const requisitionOf = id => d.applications.find(a => a.id === id);
  return h('section', { className: 'card', id: 'timeline', 'aria-labelledby': 'timeline-heading' },
    h('h2', { id: 'timeline-heading' }, 'Timeline'),
    table([
      { label: 'When', render: e => when(e.at) },
      { label: 'Who', render: e => e.actorName || e.actor || '—' },
      { label: 'What', render: e => (e.type === 'KNOCKED_OUT' ? badge(eventLabel(e.type), 'bad') : eventLabel(e.type)) },
      { label: 'Detail', render: e => e.detail || '—' },
      { label: 'Application', render: e => { const a = requisitionOf(e.applicationId); return a ? h('a', { href: `#/requisitions/${a.requisitionId}` }, a.requisition) : '—'; } },
    ], d.timeline));
}

// ---------- Page ----------

export async function candidatePage({ id }) {
  let detail;
  try {
    detail = await api(`candidates/${id}`);
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 400)) {
      mount(h('p', {}, h('a', { href: lastSearch }, '← Candidates')), h('h1', {}, 'Candidate not found'),
        h('p', {}, `There is no candidate ${id}.`));
      return;
    }
    throw e;
  }
  await render(detail);
}

async function render(d, message) {
  const s = d.summary;
  // A corrected email or phone is the one to use, though the API keeps the first one known as primary.
  const email = d.corrections?.email ?? s.email;
  const phone = d.corrections?.phone ?? s.phone;
  const rerender = (updated, text) => render(updated, text).catch(err => flash(problemText(err), 'error'));
  const contact = [
    email ? h('a', { href: `mailto:${email}`, id: 'candidate-email' }, email) : null,
    phone ? h('a', { href: `tel:${phone}`, id: 'candidate-phone' }, phoneText(phone)) : null,
    h('span', { id: 'candidate-location' }, place(s.city, s.region)),
  ].filter(Boolean);
  // hiring managers and interviewers read the profile of the people they judge; recruiters also correct and merge
  const recruiter = hasRole('RECRUITER', 'ADMIN');
  const duplicate = recruiter ? await duplicateCard(d, rerender) : null;
  const reload = () => candidatePage({ id: s.id });
  const ctx = { rerender, reload };
  const sources = hasRole('RECRUITER', 'ADMIN', 'HIRING_MANAGER') ? await api('sources').catch(() => []) : [];
  mount(
    recruiter ? h('p', {}, h('a', { href: lastSearch }, '← Candidates')) : null,
    h('div', { className: 'page-head' },
      h('h1', { id: 'candidate-name' }, s.name || `Candidate ${s.id}`,
        s.possibleDuplicateOf ? [' ', badge('possible duplicate', 'warn')] : null)),
    h('p', { className: 'contact-line' }, contact.flatMap((x, i) => (i ? [' · ', x] : [x]))),
    h('p', { className: 'muted small' }, `Candidate ${s.id} · ${sourceLabel(s.source)} · updated ${when(s.updatedAt)}`,
      s.experienceMonths != null ? ` · ${months(s.experienceMonths)} experience` : '',
      s.licensedStates.length ? ` · licensed in ${listText(s.licensedStates)}` : ''),
    sourceLine(d, recruiter, sources, rerender),
    ...alerts(d),
    duplicate,
    h('div', { className: 'two-col' }, profileCard(d, rerender, reload),
      h('div', { className: 'stack' }, applicationsCard(d), workCard(d, ctx), educationCard(d, ctx))),
    licensesCard(d, ctx),
    documentsCard(d),
    hasRole('RECRUITER', 'ADMIN', 'HIRING_MANAGER') ? await notesCard(s.id) : null,
    timelineCard(d));
  document.getElementById('main').classList.toggle('read-only', !recruiter);
  if (message) flash(message);
}
