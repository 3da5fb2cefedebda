// A candidate's profile: the values and where the parser read them, recruiter corrections, applications,
// documents with a text preview, the timeline, and the review of a possible duplicate.
import { api, ApiError } from '../api.js';
import { h, mount as mountAll, table, flash, badge, showViolations } from '../ui.js';
import { STATE_CODES, US_STATES } from '../careers/states.js';
import { when, problemText } from './requisitions.js';
import { notesCard } from './notes.js';
import { stageBadge, sourceLabel, months, place, listText, lastSearch } from './candidates.js';

const mount = (...nodes) => mountAll(...nodes.filter(Boolean));

// "+14025550119" → "(402) 555-0119"; other numbers stay as stored.
export function phoneText(value) {
  if (!value) return '—';
  const m = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(value);
  return m ? `(${m[1]}) ${m[2]}-${m[3]}` : value;
}

// What a person types → E.164 as the API stores phones (US numbers need no country code).
function e164(typed) {
  const digits = typed.replace(/\D/g, '');
  if (typed.trim().startsWith('+')) return `+${digits}`;
  if (digits.length === 10) return `+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `+${digits}`;
  return typed.trim();
}

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

const same = (a, b) => String(a ?? '').trim().toLowerCase() === String(b ?? '').trim().toLowerCase();
const sameList = (a, b) => (a || []).map(x => x.toLowerCase()).sort().join('|') === (b || []).map(x => x.toLowerCase()).sort().join('|');

const DOC_STATUS = { QUEUED: ['being parsed', 'info'], PARSED: ['parsed', 'ok'], NEEDS_OCR: ['no text — needs OCR', 'warn'], FAILED: ['failed', 'bad'] };
const OUTCOMES = { CREATED: 'new candidate', MATCHED: 'matched this candidate', POSSIBLE_DUPLICATE: 'possible duplicate', FAILED: 'failed' };
const EVENTS = {
  APPLIED: 'Applied', KNOCKED_OUT: 'Knocked out', RESUME_PARSED: 'Resume parsed', RESUME_NEEDS_OCR: 'Resume needs OCR',
  RESUME_UNREADABLE: 'Resume unreadable', PROFILE_CORRECTED: 'Profile corrected', MERGED: 'Merged',
  STAGE_CHANGED: 'Stage changed', EMAIL_SENT: 'Email sent', NOTE_ADDED: 'Note', OFFER_ACCEPTED: 'Offer accepted',
};
const eventLabel = type => EVENTS[type] || type.charAt(0) + type.slice(1).toLowerCase().replace(/_/g, ' ');

function sourceHint(text) {
  return text ? h('span', { className: 'source-hint' }, h('span', { className: 'visually-hidden' }, 'Read from the resume line: '),
    h('span', { 'aria-hidden': 'true' }, 'from: '), h('q', {}, text)) : null;
}

// Several source lines (a list field): one line inline, more in a disclosure.
function sourceHints(lines) {
  const unique = [...new Set(lines.filter(Boolean))];
  if (unique.length === 0) return null;
  if (unique.length === 1) return sourceHint(unique[0]);
  return h('details', { className: 'source-hint' }, h('summary', {}, `from: ${unique.length} lines of the resume`),
    h('ul', {}, unique.map(line => h('li', {}, h('q', {}, line)))));
}

// ---------- The editable fields ----------

function parsedLicensedStates(p) {
  return [...new Set(p.licenses.filter(l => l.status === 'active' && l.linesOfAuthority.some(x => ['Property', 'Casualty', 'Personal Lines'].includes(x)))
    .map(l => l.state))].sort();
}

function indexedSources(p, prefix, parsedValues, values) {
  return values.map(v => {
    const i = parsedValues.findIndex(x => same(x, v));
    return i < 0 ? null : p.sources[`${prefix}[${i}]`];
  });
}

const FIELDS = [
  { key: 'name', label: 'Name', input: { type: 'text', maxlength: 200, autocomplete: 'off' },
    current: d => d.summary.name, parsed: p => p.name, sources: p => [p.sources.name] },
  { key: 'email', label: 'Email', input: { type: 'email', maxlength: 320, autocomplete: 'off' },
    current: d => d.corrections?.email ?? d.summary.email, parsed: p => p.emails[0], sources: (p, v) => indexedSources(p, 'emails', p.emails, [v]),
    also: d => d.emails.filter(e => !same(e, d.corrections?.email ?? d.summary.email)) },
  { key: 'phone', label: 'Phone', input: { type: 'tel', maxlength: 40, autocomplete: 'off' }, show: phoneText,
    current: d => d.corrections?.phone ?? d.summary.phone, parsed: p => p.phones[0], sources: (p, v) => indexedSources(p, 'phones', p.phones, [v]),
    also: d => d.phones.filter(x => x !== (d.corrections?.phone ?? d.summary.phone)).map(phoneText) },
  { key: 'city', label: 'City', input: { type: 'text', maxlength: 200 },
    current: d => d.summary.city, parsed: p => p.location?.city, sources: p => [p.sources.location] },
  { key: 'region', label: 'State', input: { type: 'text', maxlength: 60, placeholder: 'e.g. NE' },
    show: v => (v && US_STATES[v] ? `${v} — ${US_STATES[v]}` : v),
    current: d => d.summary.region, parsed: p => p.location?.region, sources: p => [p.sources.location] },
  { key: 'experienceMonths', label: 'Work experience', number: true, input: { type: 'number', min: 0, max: 900, step: 1 },
    show: v => `${months(v)} (${v} months)`, current: d => d.summary.experienceMonths, parsed: p => p.experienceMonths,
    derived: 'worked out from the dated work history' },
  { key: 'contactCenterMonths', label: 'Contact-center experience', number: true, input: { type: 'number', min: 0, max: 900, step: 1 },
    show: v => `${months(v)} (${v} months)`, current: d => d.summary.contactCenterMonths, parsed: p => p.contactCenterExperienceMonths,
    derived: 'worked out from the contact-center jobs in the work history' },
  { key: 'npn', label: 'NPN', input: { type: 'text', maxlength: 20, inputmode: 'numeric' },
    current: d => d.npn, parsed: p => p.npn, sources: p => [p.sources.npn] },
  { key: 'licensedStates', label: 'Licensed in (active P&C)', list: true, states: true, input: { type: 'text', placeholder: 'e.g. NE, IA' },
    current: d => d.summary.licensedStates, parsed: parsedLicensedStates,
    sources: (p, v) => v.map(state => { const i = p.licenses.findIndex(l => l.state === state); return i < 0 ? null : p.sources[`licenses[${i}]`]; }) },
  { key: 'languages', label: 'Languages (besides English)', list: true, input: { type: 'text', placeholder: 'e.g. Spanish, Tagalog' },
    current: d => d.summary.languages, parsed: p => p.languages.filter(l => !same(l, 'English')),
    sources: (p, v) => indexedSources(p, 'languages', p.languages, v) },
  { key: 'skills', label: 'Skills and tools', list: true, input: { type: 'text', placeholder: 'e.g. Five9, Salesforce' },
    current: d => d.summary.skills, parsed: p => p.skills, sources: (p, v) => indexedSources(p, 'skills', p.skills, v) },
];

const isSet = v => v !== null && v !== undefined;

function valueText(f, v) {
  if (f.list) return v && v.length ? v.join(', ') : '—';
  if (!isSet(v) || v === '') return '—';
  return f.show ? f.show(v) : String(v);
}

function fieldRow(f, d) {
  const p = d.parsed;
  const value = f.current(d);
  const corrected = isSet(d.corrections?.[f.key]);
  const parsedValue = p ? f.parsed(p) : undefined;
  const fromParser = p && !corrected && (f.list ? sameList(parsedValue, value) && value.length > 0 : isSet(parsedValue) && same(parsedValue, value));
  const notes = [];
  if (corrected && p) notes.push(h('span', { className: 'hint' }, `parser read: ${valueText(f, parsedValue)}`));
  if (p && (fromParser || corrected) && f.sources) notes.push(sourceHints(f.sources(p, f.list ? (corrected ? parsedValue : value) : parsedValue) || []));
  if (p && fromParser && f.derived) notes.push(h('span', { className: 'hint' }, f.derived));
  const also = f.also ? f.also(d) : [];
  return [
    h('dt', { id: `field-${f.key}-label` }, f.label),
    h('dd', { dataset: { field: f.key, corrected: corrected ? 'true' : 'false' } },
      h('div', { className: 'field-line' },
        h('span', { className: 'field-value', id: `field-${f.key}` }, valueText(f, value)),
        corrected ? badge('corrected', 'info') : fromParser ? badge('as parsed') : null),
      also.length ? h('span', { className: 'hint' }, `also: ${also.join(', ')}`) : null,
      notes.filter(Boolean)),
  ];
}

function profileCard(d, rerender) {
  const body = h('div', { id: 'profile-fields' });
  const edit = h('button', { type: 'button', className: 'secondary small-button', id: 'correct-fields', 'aria-expanded': 'false' }, 'Correct fields…');

  function show() {
    edit.hidden = false;
    edit.setAttribute('aria-expanded', 'false');
    body.replaceChildren(...[h('dl', { className: 'facts profile-facts' }, FIELDS.map(f => fieldRow(f, d))),
      d.parsed ? null : h('p', { className: 'hint' }, 'No resume has been parsed for this person yet; these are the values from the application form.')].filter(Boolean));
  }

  function editForm() {
    edit.hidden = true;
    edit.setAttribute('aria-expanded', 'true');
    const inputs = {};
    const rows = FIELDS.map(f => {
      const value = f.current(d);
      const id = `correct-${f.key}`;
      const text = f.list ? (value || []).join(', ') : !isSet(value) ? '' : f.key === 'phone' ? phoneText(value) : String(value);
      const input = h('input', { id, name: f.key, value: text, ...f.input });
      inputs[f.key] = input;
      const corrected = isSet(d.corrections?.[f.key]);
      const parsedValue = d.parsed ? f.parsed(d.parsed) : undefined;
      return h('label', { for: id }, f.label, input,
        h('span', { className: 'hint' },
          corrected ? 'Corrected before. ' : '',
          d.parsed ? `Parser read: ${valueText(f, parsedValue)}` : 'Not parsed yet.',
          f.list ? ' · separate with commas' : ''));
    });
    const problem = h('div', { className: 'problem', role: 'alert', hidden: true, id: 'correction-error' });
    const save = h('button', { type: 'submit', id: 'save-corrections' }, 'Save corrections');
    const form = h('form', { className: 'correction-form', id: 'correction-form', novalidate: true, onsubmit: async e => {
      e.preventDefault();
      problem.hidden = true;
      form.querySelectorAll('.field-error').forEach(x => x.remove());
      form.querySelectorAll('[aria-invalid]').forEach(x => x.removeAttribute('aria-invalid'));
      const changes = {};
      const invalid = [];
      for (const f of FIELDS) {
        const raw = inputs[f.key].value.trim();
        const current = f.current(d);
        if (f.list) {
          let values = raw.split(',').map(x => x.trim()).filter(Boolean);
          if (f.states) values = values.map(x => x.toUpperCase());
          values = [...new Set(values)];
          if (f.states && values.some(x => !STATE_CODES.includes(x))) { invalid.push([f.key, 'use two-letter state codes such as NE, IA']); continue; }
          if (!sameList(values, current || [])) changes[f.key] = values;
        } else if (f.number) {
          if (raw === '') { if (isSet(current)) invalid.push([f.key, 'enter a number of months (0 if none)']); continue; }
          const n = Number(raw);
          if (!Number.isInteger(n) || n < 0) { invalid.push([f.key, 'must be a whole number of months']); continue; }
          if (n !== current) changes[f.key] = n;
        } else {
          if (raw === '') { if (isSet(current) && current !== '') invalid.push([f.key, 'cannot be emptied; correct it instead']); continue; }
          let value = raw;
          if (f.key === 'phone') value = e164(raw);
          if (f.key === 'region' && /^[a-z]{2}$/i.test(raw)) value = raw.toUpperCase();
          if (f.key === 'email' && !inputs.email.checkValidity()) { invalid.push([f.key, 'is not an email address']); continue; }
          if (value !== current) changes[f.key] = value;
        }
      }
      if (invalid.length) {
        for (const [key, message] of invalid) {
          const input = inputs[key];
          input.setAttribute('aria-invalid', 'true');
          input.setAttribute('aria-describedby', `${key}-error`);
          input.closest('label').append(h('span', { className: 'field-error', id: `${key}-error` }, message));
        }
        inputs[invalid[0][0]].focus();
        return;
      }
      if (Object.keys(changes).length === 0) { flash('Nothing changed.'); show(); edit.focus(); return; }
      save.disabled = true;
      try {
        const updated = await api(`candidates/${d.summary.id}/corrections`, { method: 'PUT', body: { corrections: changes, version: d.version } });
        const labels = FIELDS.filter(f => f.key in changes).map(f => f.label.toLowerCase());
        rerender(updated, `Corrected ${labels.join(', ')}. Corrections stay when the resume is parsed again.`);
      } catch (err) {
        save.disabled = false;
        if (err instanceof ApiError && err.status === 409) {
          problem.replaceChildren(h('strong', {}, 'Someone changed this profile since you opened it. '),
            'Reload to see the latest values, then correct again. ',
            h('button', { type: 'button', className: 'secondary small-button', onclick: () => candidatePage({ id: d.summary.id }) }, 'Reload'));
          problem.hidden = false;
        } else if (err instanceof ApiError && err.violations.length) {
          showViolations(form, err);
        } else {
          problem.replaceChildren(problemText(err));
          problem.hidden = false;
        }
      }
    }, onkeydown: e => { if (e.key === 'Escape') { show(); edit.focus(); } } },
    h('p', { className: 'hint' }, 'Only the fields you change are saved as corrections. A corrected field keeps your value even when the resume is parsed again.'),
    problem,
    h('div', { className: 'form-grid' }, rows),
    h('div', { className: 'actions' }, save,
      h('button', { type: 'button', className: 'secondary', onclick: () => { show(); edit.focus(); } }, 'Cancel')));
    body.replaceChildren(form);
    inputs.name.focus();
  }

  edit.addEventListener('click', editForm);
  show();
  return h('section', { className: 'card', id: 'profile', 'aria-labelledby': 'profile-heading' },
    h('div', { className: 'page-head' }, h('h2', { id: 'profile-heading' }, 'Profile'), edit), body);
}

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

function educationCard(p) {
  const schools = p?.education || [];
  return h('section', { className: 'card', id: 'education', 'aria-labelledby': 'education-heading' },
    h('h2', { id: 'education-heading' }, 'Education'),
    schools.length === 0 ? h('p', { className: 'muted' }, p ? 'None found in the resume.' : 'Not parsed yet.') :
      h('ul', { className: 'plain' }, schools.map((e, i) => h('li', {},
        h('div', {}, [e.credential, e.institution].filter(Boolean).join(', ') || '—', e.year ? ` (${e.year})` : ''),
        sourceHint(p.sources[`education[${i}]`])))));
}

function workCard(p) {
  const jobs = p?.workHistory || [];
  return h('section', { className: 'card', id: 'work-history', 'aria-labelledby': 'work-heading' },
    h('h2', { id: 'work-heading' }, 'Work history'),
    jobs.length === 0 ? h('p', { className: 'muted' }, p ? 'No dated jobs found in the resume.' : 'Not parsed yet.') :
      h('ol', { className: 'plain work-list' }, jobs.map((j, i) => h('li', {},
        h('div', { className: 'job-title' }, h('strong', {}, j.title || 'Untitled job'), j.employer ? ` · ${j.employer}` : ''),
        h('div', { className: 'muted small' }, `${yearMonth(j.start) || '?'} – ${j.end ? yearMonth(j.end) : 'present'}`,
          spanMonths(j.start, j.end) ? ` · ${months(spanMonths(j.start, j.end))}` : ''),
        sourceHint(p.sources[`workHistory[${i}]`])))));
}

function licensesCard(p) {
  const licenses = p?.licenses || [];
  return h('section', { className: 'card', id: 'licenses', 'aria-labelledby': 'licenses-heading' },
    h('h2', { id: 'licenses-heading' }, 'Licenses'),
    p?.npn ? h('p', {}, 'NPN ', h('strong', { id: 'licenses-npn' }, p.npn)) : null,
    licenses.length === 0 ? h('p', { className: 'muted' }, p ? 'No insurance licenses found in the resume.' : 'Not parsed yet.') :
      table([
        { label: 'State', render: l => h('span', { title: US_STATES[l.state] || l.state }, l.state) },
        { label: 'Lines', render: l => l.linesOfAuthority.join(', ') || '—' },
        { label: 'Number', render: l => l.number || '—' },
        { label: 'Residency', render: l => (l.resident === true ? 'Resident' : l.resident === false ? 'Non-resident' : 'Not stated') },
        { label: 'Status', render: l => (l.status === 'active' ? badge('active', 'ok') : l.status === 'lapsed' ? badge('lapsed', 'bad') : l.status || '—') },
        { label: 'Read from', render: l => sourceHint(p.sources[`licenses[${licenses.indexOf(l)}]`]) || '—' },
      ], licenses));
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
      preview.replaceChildren(
        h('div', { className: 'page-head' }, h('h3', {}, `Text of ${doc.fileName}`),
          h('button', { type: 'button', className: 'secondary small-button', onclick: () => toggle(doc, button) }, 'Close preview')),
        text.trim() ? h('pre', { className: 'doc-text', id: 'document-text', tabindex: 0, 'aria-label': `Text of ${doc.fileName}` }, text)
          : h('p', { className: 'muted' }, doc.status === 'NEEDS_OCR' ? 'No text layer: the document needs OCR. Download it to read it.' : 'No text was extracted from this document.'));
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
      { label: 'Who', render: e => e.actor || '—' },
      { label: 'What', render: e => (e.type === 'KNOCKED_OUT' ? badge(eventLabel(e.type), 'bad') : eventLabel(e.type)) },
      { label: 'Detail', render: e => e.detail || '—' },
      { label: 'Application', render: e => { const a = requisitionOf(e.applicationId); return a ? h('a', { href: `#/requisitions/${a.requisitionId}` }, a.requisition) : '—'; } },
    ], d.timeline));
}

// ---------- Duplicate review ----------

async function duplicateCard(d, rerender) {
  const otherId = d.summary.possibleDuplicateOf;
  if (!otherId) return null;
  const id = d.summary.id;
  const card = h('section', { className: 'card duplicate-review', id: 'duplicate-review', 'aria-labelledby': 'duplicate-heading' });
  const heading = h('h2', { id: 'duplicate-heading' }, 'Possible duplicate: is this the same person?');
  let other;
  try {
    other = await api(`candidates/${otherId}`);
  } catch (err) {
    card.append(heading, h('p', { className: 'problem' }, `Candidate ${otherId} could not be loaded: ${problemText(err)}`));
    return card;
  }
  const problem = h('div', { className: 'problem', role: 'alert', hidden: true, id: 'duplicate-error' });
  const panel = h('div', { id: 'merge-panel' });
  const fail = err => { problem.replaceChildren(h('strong', {}, 'That did not work: '), problemText(err)); problem.hidden = false; };

  const apps = x => (x.applications.length === 0 ? h('span', { className: 'muted' }, 'none (talent pool)') :
    h('ul', { className: 'plain' }, x.applications.map(a => h('li', {}, a.requisition, ' ', stageBadge(a.stage), a.knockedOut ? [' ', badge('knocked out', 'bad')] : null))));
  const rows = [
    ['Record', x => h('a', { href: `#/candidates/${x.summary.id}` }, `Candidate ${x.summary.id}`), null],
    ['Name', x => x.summary.name || '—', (a, b) => same(a.summary.name, b.summary.name)],
    ['Emails', x => (x.emails.length ? h('ul', { className: 'plain' }, x.emails.map(e => h('li', {}, e))) : '—'),
      (a, b) => a.emails.some(e => b.emails.some(f => same(e, f)))],
    ['Phones', x => (x.phones.length ? h('ul', { className: 'plain' }, x.phones.map(p => h('li', {}, phoneText(p)))) : '—'),
      (a, b) => a.phones.some(p => b.phones.includes(p))],
    ['Location', x => place(x.summary.city, x.summary.region), (a, b) => same(place(a.summary.city, a.summary.region), place(b.summary.city, b.summary.region))],
    ['Source', x => sourceLabel(x.summary.source), null],
    ['Applications', apps, null],
    ['Documents', x => (x.documents.length ? x.documents.map(doc => doc.fileName).join(', ') : '—'), null],
    ['Updated', x => when(x.summary.updatedAt), null],
  ];
  const compare = h('div', { className: 'table-wrap' }, h('table', { className: 'compare', id: 'duplicate-compare' },
    h('thead', {}, h('tr', {}, h('td', {}), h('th', { scope: 'col' }, 'This record'), h('th', { scope: 'col' }, 'Possible duplicate'))),
    h('tbody', {}, rows.map(([label, render, match]) => {
      const equal = match ? match(d, other) : false;
      return h('tr', { className: equal ? 'same' : '' },
        h('th', { scope: 'row' }, label, equal ? [' ', badge('same', 'ok')] : null),
        h('td', {}, render(d)), h('td', {}, render(other)));
    }))));

  const mergeButton = h('button', { type: 'button', id: 'merge-open', dataset: { testid: 'merge' } }, 'Merge into this record…');
  const notDuplicate = h('button', { type: 'button', className: 'secondary', id: 'not-duplicate', dataset: { testid: 'not-duplicate' } }, 'Not the same person');
  mergeButton.addEventListener('click', () => {
    problem.hidden = true;
    const confirm = h('button', { type: 'button', className: 'danger', id: 'merge-confirm', dataset: { testid: 'confirm-merge' } }, 'Yes, merge them');
    const close = () => { panel.replaceChildren(); mergeButton.focus(); };
    confirm.addEventListener('click', async () => {
      confirm.disabled = true;
      try {
        const merged = await api(`candidates/${id}/merge/${otherId}`, { method: 'POST' });
        rerender(merged, `Merged candidate ${otherId} (${other.summary.name || 'no name'}) into this record.`);
      } catch (err) {
        confirm.disabled = false;
        fail(err);
      }
    });
    panel.replaceChildren(h('div', { className: 'card action-form', role: 'group', 'aria-labelledby': 'merge-question', onkeydown: e => { if (e.key === 'Escape') close(); } },
      h('p', { id: 'merge-question' }, h('strong', {}, `Merge candidate ${otherId} (${other.summary.name || 'no name'}) into this record?`)),
      h('p', {}, `Their ${other.applications.length} application(s), ${other.documents.length} document(s) and timeline move here, and their emails and phones are added here. `,
        `Candidate ${otherId} stays only as history, marked merged. The merge is recorded in the audit log.`),
      h('div', { className: 'actions' }, confirm, h('button', { type: 'button', className: 'secondary', onclick: close }, 'Never mind'))));
    confirm.focus();
  });
  notDuplicate.addEventListener('click', async () => {
    notDuplicate.disabled = true;
    try {
      const updated = await api(`candidates/${id}/not-duplicate/${otherId}`, { method: 'POST' });
      rerender(updated, `Marked as a different person than candidate ${otherId}; they will not be flagged again.`);
    } catch (err) {
      notDuplicate.disabled = false;
      fail(err);
    }
  });
  card.append(heading,
    h('p', {}, `When this record was filed, candidate ${otherId} looked like the same person (a similar name with a similar email or phone). Compare them:`),
    compare, problem, h('div', { className: 'actions', role: 'group', 'aria-label': 'Duplicate decision' }, mergeButton, notDuplicate), panel);
  return card;
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
  const duplicate = await duplicateCard(d, rerender);
  mount(
    h('p', {}, h('a', { href: lastSearch }, '← Candidates')),
    h('div', { className: 'page-head' },
      h('h1', { id: 'candidate-name' }, s.name || `Candidate ${s.id}`,
        s.possibleDuplicateOf ? [' ', badge('possible duplicate', 'warn')] : null)),
    h('p', { className: 'contact-line' }, contact.flatMap((x, i) => (i ? [' · ', x] : [x]))),
    h('p', { className: 'muted small' }, `Candidate ${s.id} · ${sourceLabel(s.source)} · updated ${when(s.updatedAt)}`,
      s.experienceMonths != null ? ` · ${months(s.experienceMonths)} experience` : '',
      s.licensedStates.length ? ` · licensed in ${listText(s.licensedStates)}` : ''),
    ...alerts(d),
    duplicate,
    h('div', { className: 'two-col' }, profileCard(d, rerender),
      h('div', { className: 'stack' }, applicationsCard(d), workCard(d.parsed), educationCard(d.parsed))),
    licensesCard(d.parsed),
    documentsCard(d),
    await notesCard(s.id),
    timelineCard(d));
  if (message) flash(message);
}
