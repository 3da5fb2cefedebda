// Licensing: the roster (people × states, who can sell where), a person's road to a license in each
// state with the forms for each step, and the admin's state requirements (versions, CSV), carriers
// and certifications.
import { api, ApiError } from '../api.js';
import { h, mount, flash, badge, problemText, field, showViolations, table, isoDay } from '../ui.js';
import { hasRole, session } from '../app.js';
import { formatDate } from '../careers/states.js';

const LINES = [['PROPERTY', 'Property'], ['CASUALTY', 'Casualty'], ['PERSONAL_LINES', 'Personal Lines'], ['LIFE', 'Life'], ['HEALTH', 'Health']];
const COLOR = { GREEN: ['cleared', 'ok'], AMBER: ['cleared, expiring soon', 'warn'], RED: ['not cleared', 'error'] };
const STEP = { DONE: ['done', 'ok'], NOT_NEEDED: ['not needed', ''], OPEN: ['to do', ''], BLOCKED: ['blocked', 'error'] };
const WAITING = { CANDIDATE: 'the new hire', TRAINER: 'the trainer', STATE: 'the state', CARRIER: 'the carrier' };
const date = v => (v ? formatDate(v) : '—');
const unknown = v => (v === null || v === undefined ? 'unknown' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v));
const today = () => isoDay();
const fail = form => err => {
  if (form && err instanceof ApiError && err.violations.length) showViolations(form, err); else flash(problemText(err), 'error');
};

/** The roster: a class (trainers) or the team (hiring managers), people × states. */
export async function licensingPage(params = {}) {
  const classes = hasRole('TRAINER', 'ADMIN') ? await api('training/classes', { query: hasRole('ADMIN') ? {} : { mine: true } }).catch(() => []) : [];
  const teamId = session.me.teamId;
  const useTeam = params.classId ? false : params.teamId ? true : !classes.length && !!teamId;
  const classId = params.classId || (!useTeam && classes.length ? classes.find(c => c.state === 'RUNNING')?.id || classes[0].id : null);
  const query = { ...(useTeam ? { teamId } : { classId }), ...(params.state ? { state: params.state } : {}), ...(params.cleared ? { cleared: true } : {}) };
  const roster = classId || useTeam ? await api('licensing/roster', { query }) : { title: '', states: [], rows: [] };
  const reload = change => licensingPage({ classId, teamId: useTeam ? teamId : null, state: params.state, cleared: params.cleared, ...change });
  const picker = h('select', { id: 'roster-of', onchange: e => (e.target.value === 'team' ? reload({ teamId, classId: null }) : reload({ classId: e.target.value, teamId: null })) },
    classes.map(c => h('option', { value: c.id, selected: !useTeam && String(c.id) === String(classId) }, c.name)),
    teamId && hasRole('HIRING_MANAGER', 'ADMIN') ? h('option', { value: 'team', selected: useTeam }, `My team (${session.me.teamName})`) : null);
  const allStates = [...new Set([...roster.states, ...(params.state ? [params.state] : [])])].sort();
  const stateFilter = h('select', { id: 'roster-state', onchange: e => reload({ state: e.target.value || null }) },
    h('option', { value: '' }, 'Every state'), allStates.map(s => h('option', { value: s, selected: s === params.state }, s)));
  const clearedOnly = h('input', { type: 'checkbox', id: 'roster-cleared', checked: !!params.cleared, onchange: e => reload({ cleared: e.target.checked }) });
  const states = params.state ? [params.state] : roster.states;
  mount(h('h1', {}, 'Licensing'),
    h('p', { className: 'muted' }, 'Who may sell where. Cleared in a state = an active license there with the lines the job needs, an appointment with each carrier the team sells for, and every certification the state needs current. Amber: cleared, but something expires within 30 days.'),
    h('div', { className: 'actions' }, field('Roster of', picker), field('State', stateFilter),
      h('label', { className: 'inline' }, clearedOnly, params.state ? ` Only people who can sell in ${params.state} today` : ' Only people cleared somewhere')),
    h('section', { className: 'card wide-table', id: 'licensing-roster', 'aria-labelledby': 'licensing-roster-heading' },
      h('h2', { id: 'licensing-roster-heading' }, roster.title || 'Roster'),
      table([
        { label: 'Name', render: r => h('a', { href: `#/licensing/people/${r.newHireId}` }, r.name) },
        { label: 'Status', render: r => r.status },
        { label: 'Resident license due', render: r => due(r.deadline) },
        ...states.map(s => ({ label: s, render: r => cell(r.cells.find(c => c.state === s)) })),
      ], roster.rows, { empty: params.state ? `Nobody ${params.cleared ? 'cleared' : 'licensing'} in ${params.state}.` : 'Nobody to show.' })),
    hasRole('TRAINER', 'ADMIN') ? licenseImportCard(() => reload({})) : null,
    hasRole('ADMIN') ? h('p', {}, h('a', { href: '#/admin/licensing' }, 'State requirements, carriers and certifications')) : null);
}

// License records in bulk (a state lookup's or a vendor's export), matched by NPN: preview, then import.
function licenseImportCard(reload) {
  const text = h('textarea', { id: 'license-records', rows: 4, 'aria-describedby': 'license-records-hint' });
  const file = h('input', { type: 'file', accept: '.csv,text/csv', id: 'license-records-file', 'aria-label': 'License records CSV file', onchange: async e => { text.value = await e.target.files[0]?.text() ?? ''; } });
  const results = h('div', { id: 'license-records-result', 'aria-live': 'polite' });
  const run = async preview => {
    try {
      const r = await api('licensing/license-records.csv', { method: 'POST', query: { preview }, body: text.value, contentType: 'text/csv' });
      results.replaceChildren(
        h('p', {}, `${preview ? 'Preview' : 'Imported'}: `, Object.entries(r.counts).map(([k, n]) => `${n} ${k.toLowerCase().replace('_', ' ')}`).join(', ')),
        table([
          { label: 'Line', render: x => String(x.line) },
          { label: 'NPN', render: x => x.npn || '—' },
          { label: 'State', render: x => x.state || '—' },
          { label: 'Person', render: x => (x.newHireId ? h('a', { href: `#/licensing/people/${x.newHireId}` }, 'open') : '—') },
          { label: 'Outcome', render: x => badge(x.outcome.toLowerCase().replace('_', ' '), x.outcome === 'INVALID' || x.outcome === 'NO_PERSON' ? 'error' : x.outcome === 'RECORDED' ? 'ok' : '') },
          { label: 'Why', render: x => x.message || '' },
        ], r.rows));
      if (!preview) flash('License records imported; see each row below.');
    } catch (err) { flash(problemText(err), 'error'); }
  };
  return h('section', { className: 'card', id: 'license-import', 'aria-labelledby': 'license-import-heading' }, h('h2', { id: 'license-import-heading' }, 'Import license records'),
    h('p', { className: 'hint', id: 'license-records-hint' }, 'A CSV from a state lookup or a licensing vendor: NPN, state, license number, lines of authority, issue and expiry dates, status. Rows are matched to people by NPN; preview first, nothing changes until you import.'),
    field('CSV file', file), field('or paste it', text),
    h('div', { className: 'actions' }, h('button', { type: 'button', className: 'secondary', id: 'preview-licenses', onclick: () => run(true) }, 'Preview'),
      h('button', { type: 'button', id: 'import-licenses', onclick: () => run(false) }, 'Import')),
    results);
}

// the requisition's licensing deadline for this person
function due(d) {
  if (!d) return h('span', { className: 'muted' }, 'no deadline');
  if (d.met) return badge('met', 'ok');
  const when = d.daysLeft < 0 ? `${-d.daysLeft} day(s) late` : d.daysLeft === 0 ? 'due today' : `in ${d.daysLeft} day(s)`;
  return h('span', {}, badge(when, d.atRisk ? 'error' : ''), ` ${date(d.dueOn)}`);
}

/** The requisition page's card: the licensing deadline its job ad promises. */
export async function licensingDeadlineCard(requisitionId) {
  const d = await api(`licensing/deadlines/${requisitionId}`);
  const days = h('input', { id: 'deadline-days', name: 'days', type: 'number', min: 1, max: 365, value: d.days ?? '', disabled: !d.canChange });
  const form = h('form', { className: 'inline-form', id: 'deadline-form' }, field('Resident license within (days of hire; empty: no deadline)', days),
    d.canChange ? h('button', { type: 'submit', className: 'secondary' }, 'Save deadline') : null);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    try {
      const saved = await api(`licensing/deadlines/${requisitionId}`, { method: 'PUT', body: { days: days.value === '' ? null : Number(days.value) } });
      flash(saved.days ? `Deadline set: ${saved.days} days after the hire.` : 'No licensing deadline now.');
    } catch (err) { fail(form)(err); }
  });
  return h('section', { className: 'card', id: 'licensing-deadline', 'aria-labelledby': 'licensing-deadline-heading' },
    h('h2', { id: 'licensing-deadline-heading' }, 'Licensing deadline'),
    h('p', { className: 'hint' }, 'The licensing roster counts down to it for each person hired here and flags them a week ahead.'), form);
}

function cell(c) {
  if (!c) return h('span', { className: 'muted' }, 'not needed');
  const [text, kind] = COLOR[c.color];
  const detail = c.missing.length ? c.missing.join('; ') : 'nothing missing';
  return h('span', { className: 'roster-cell', title: detail, dataset: { state: c.state, color: c.color } }, badge(text, kind),
    c.nextStep ? h('span', { className: 'cell-detail' }, ` next: ${c.nextStep}`) : null,
    c.missing.length ? h('details', { className: 'cell-detail' }, h('summary', {}, `${c.missing.length} missing`),
      h('ul', { className: 'plain' }, c.missing.map(m => h('li', {}, m)))) : null);
}

/** One person's licensing: identity, each state's road, certifications. */
export async function licensingPersonPage({ id }) {
  const p = await api(`licensing/people/${id}`);
  const reload = message => licensingPersonPage({ id }).then(() => message && flash(message));
  const send = (form, method, path, body, message) => api(`licensing/people/${id}/${path}`, { method, body }).then(() => reload(message), fail(form));
  const identity = h('form', { className: 'stacked', id: 'licensing-identity' },
    field('NPN (National Producer Number)', h('input', { name: 'npn', inputmode: 'numeric', maxlength: 10, value: p.npn || '' })),
    field('Resident state', h('input', { name: 'residentState', maxlength: 2, value: p.residentState || '', size: 3 })),
    field('Agent id on the call-center platform', h('input', { name: 'agentId', maxlength: 100, value: p.agentId || '' })),
    p.claimedNpn && !p.npn ? h('p', { className: 'hint' }, `The resume says NPN ${p.claimedNpn}: a claim until someone checks it with NIPR. `,
      p.canChange ? h('button', { type: 'button', className: 'secondary', id: 'use-claimed-npn', onclick: () => { identity.elements.npn.value = p.claimedNpn; identity.elements.npn.focus(); } }, 'Use it after checking') : null) : null,
    p.claimedStates.length ? h('p', { className: 'hint' }, `The resume claims licenses in ${p.claimedStates.join(', ')}; record them below once verified.`) : null,
    p.canChange ? h('button', { type: 'submit', id: 'save-identity' }, 'Save') : null);
  identity.addEventListener('submit', e => {
    e.preventDefault();
    const f = new FormData(identity);
    send(identity, 'PUT', 'identity', { npn: f.get('npn'), residentState: f.get('residentState'), agentId: f.get('agentId'), version: p.version }, 'Saved.');
  });
  mount(
    h('p', {}, h('a', { href: `#/training/new-hires/${p.newHireId}` }, '← ', p.name), ' · ', h('a', { href: '#/licensing' }, 'Licensing roster')),
    h('h1', { id: 'licensing-name' }, `Licensing: ${p.name}`),
    h('p', { className: 'muted' }, `${p.className} · hired ${date(p.hiredOn)} · days to first license: ${p.daysToFirstLicense ?? '—'} · days to cleared to sell: ${p.daysToFirstClearance ?? '—'}`,
      p.carriers.length ? ` · carriers: ${p.carriers.join(', ')}` : ''),
    p.deadline ? h('p', { id: 'deadline' }, 'Resident license due: ', due(p.deadline)) : null,
    h('section', { className: 'card', id: 'identity', 'aria-labelledby': 'identity-heading' }, h('h2', { id: 'identity-heading' }, 'Producer'), identity),
    p.states.map(s => stateCard(p, s, send)),
    p.canChange ? addStateForm(send) : null,
    certificationsCard(p, send),
    evidenceCard(p, reload));
}

const STEPS = [['PRELICENSING', 'course certificate'], ['EXAM', 'exam score report'], ['FINGERPRINTS', 'fingerprint receipt'],
  ['APPLICATION', 'application receipt'], ['LICENSE', 'license'], ['APPOINTMENTS', 'appointment']];

// Evidence files (PDF or image) for a step or a certification: listed, downloadable, and uploaded here.
function evidenceCard(p, reload) {
  const items = [...p.states.flatMap(s => STEPS.map(([step, label]) => [`${s.state}:${step}`, `${s.state}: ${label}`])),
    ...p.certifications.map(c => [`certification:${c.id}`, `Certification: ${c.name}`])];
  const label = item => (items.find(([v]) => v === item) || [item, item])[1];
  const form = h('form', { className: 'inline-form', id: 'evidence-form' },
    field('For', h('select', { name: 'item' }, items.map(([v, l]) => h('option', { value: v }, l)))),
    field('File (PDF, PNG or JPEG)', h('input', { type: 'file', name: 'file', required: true, accept: 'application/pdf,image/png,image/jpeg' })),
    h('button', { type: 'submit', className: 'secondary' }, 'Upload'));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const data = new FormData();
    data.append('item', form.elements.item.value);
    data.append('file', form.elements.file.files[0]);
    try {
      await api(`licensing/people/${p.newHireId}/evidence`, { method: 'POST', body: data });
      await reload('Evidence uploaded.');
    } catch (err) { flash(problemText(err), 'error'); }
  });
  return h('section', { className: 'card', id: 'evidence', 'aria-labelledby': 'evidence-heading' }, h('h2', { id: 'evidence-heading' }, 'Evidence'),
    table([
      { label: 'For', render: e => label(e.item) },
      { label: 'File', render: e => h('a', { href: `api/v1/licensing/people/${p.newHireId}/evidence/${e.id}`, download: e.fileName }, e.fileName) },
      { label: 'Uploaded', render: e => `${date(e.uploadedAt.slice(0, 10))} by ${e.uploadedBy}` },
    ], p.evidence, { empty: 'No file yet.' }),
    p.canChange ? form : null);
}

function stateCard(p, s, send) {
  const [text, kind] = COLOR[s.color];
  const path = `states/${s.state}`;
  const forms = [];
  const can = p.canChange;
  const form = (idSuffix, heading, inputs, submit, toBody, method, sub, message) => {
    const el = h('form', { className: 'inline-form step-form', id: `${idSuffix}-${s.state}`, 'aria-label': `${heading} in ${s.state}` }, inputs, h('button', { type: 'submit', className: 'secondary' }, submit));
    el.addEventListener('submit', e => { e.preventDefault(); send(el, method, `${path}/${sub}`, toBody(new FormData(el)), message); });
    return h('div', {}, h('h4', {}, heading), el);
  };
  const open = step => s.steps.find(x => x.step === step)?.state === 'OPEN';
  if (can && open('PRELICENSING')) {
    forms.push(form('course', 'Pre-licensing course completed', [field('Provider', h('input', { name: 'provider', maxlength: 200 })),
      field('Hours', h('input', { name: 'hoursDone', type: 'number', min: 0, max: 1000, value: s.prelicensingHoursRequired ?? '' })),
      field('Completed on', h('input', { name: 'doneOn', type: 'date', required: true, value: today(), max: today() }))],
    'Save course', f => ({ provider: f.get('provider') || null, hoursDone: f.get('hoursDone') ? Number(f.get('hoursDone')) : null, doneOn: f.get('doneOn') }), 'PUT', 'prelicensing', 'Course recorded.'));
  }
  if (can && open('EXAM')) {
    const scheduled = s.exams.find(e => !e.takenOn);
    forms.push(scheduled
      ? form('exam-result', `Result of the exam on ${date(scheduled.scheduledOn)}`, [
        field('Taken on', h('input', { name: 'takenOn', type: 'date', required: true, value: scheduled.scheduledOn <= today() ? scheduled.scheduledOn : today(), max: today() })),
        field('Result', h('select', { name: 'passed' }, h('option', { value: 'true' }, 'Passed'), h('option', { value: 'false' }, 'Failed'))),
        field('Score', h('input', { name: 'score', type: 'number', min: 0, max: 100 }))],
      'Save result', f => ({ takenOn: f.get('takenOn'), passed: f.get('passed') === 'true', score: f.get('score') ? Number(f.get('score')) : null }), 'POST', 'exams', 'Exam result recorded.')
      : form('exam', 'Schedule the exam', [field('Vendor', h('input', { name: 'vendor', maxlength: 100 })),
        field('On', h('input', { name: 'scheduledOn', type: 'date', required: true }))],
      'Schedule', f => ({ vendor: f.get('vendor') || null, scheduledOn: f.get('scheduledOn') }), 'POST', 'exams', 'Exam scheduled.'));
  }
  if (can && open('FINGERPRINTS')) {
    forms.push(form('prints', 'Fingerprints and background check done', [field('On', h('input', { name: 'on', type: 'date', required: true, value: today(), max: today() }))],
      'Save', f => ({ on: f.get('on') }), 'PUT', 'fingerprints', 'Fingerprints recorded.'));
  }
  if (can && open('APPLICATION')) {
    forms.push(form('application', 'License application submitted', [field('On', h('input', { name: 'submittedOn', type: 'date', required: true, value: today(), max: today() })),
      field('Tracking number', h('input', { name: 'tracking', maxlength: 100 }))],
    'Save', f => ({ submittedOn: f.get('submittedOn'), tracking: f.get('tracking') || null }), 'PUT', 'application', 'Application recorded.'));
  }
  if (can && (open('LICENSE') || s.licenseIssuedOn)) {
    forms.push(form('license', s.licenseIssuedOn ? 'Change or renew the license' : 'License issued', [
      field('Number', h('input', { name: 'number', required: true, maxlength: 50, value: s.licenseNumber || '' })),
      h('fieldset', {}, h('legend', {}, 'Lines of authority'), LINES.map(([v, l]) => h('label', { className: 'inline' },
        h('input', { type: 'checkbox', name: 'lines', value: v, checked: (s.licenseIssuedOn ? s.licenseLines : s.requiredLines).includes(l) }), ` ${l}`))),
      field('Issued on', h('input', { name: 'issuedOn', type: 'date', required: true, value: s.licenseIssuedOn || today(), max: today() })),
      field('Expires on', h('input', { name: 'expiresOn', type: 'date', value: s.licenseExpiresOn || '' })),
      h('label', { className: 'inline' }, h('input', { type: 'checkbox', name: 'claimed', checked: !!s.licenseIssuedOn && !s.licenseVerified }),
        p.claimedStates.includes(s.state) ? ' Held at hire (the resume says so): not verified yet' : ' Held at hire: not verified yet')],
    'Save license', f => ({ number: f.get('number'), lines: f.getAll('lines'), issuedOn: f.get('issuedOn'), expiresOn: f.get('expiresOn') || null, verified: f.get('claimed') !== 'on' }), 'PUT', 'license', 'License recorded.'));
  }
  if (can && s.licenseIssuedOn && !s.licenseVerified) {
    forms.push(h('button', { type: 'button', className: 'secondary', id: `verify-${s.state}`, onclick: () => send(null, 'POST', `${path}/license/verification`, {}, 'License verified.') }, 'Verified with the state'));
  }
  if (can && s.licenseIssuedOn && p.carriers.length) {
    forms.push(form('appointment', 'Carrier appointment', [field('Carrier', h('select', { name: 'carrier' }, p.carriers.map(c => h('option', { value: c }, c)))),
      field('Appointed on', h('input', { name: 'appointedOn', type: 'date', required: true, value: today(), max: today() })),
      field('Ended on (if it ended)', h('input', { name: 'terminatedOn', type: 'date' }))],
    'Save appointment', f => ({ carrier: f.get('carrier'), appointedOn: f.get('appointedOn'), terminatedOn: f.get('terminatedOn') || null }), 'POST', 'appointments', 'Appointment recorded.'));
  }
  return h('section', { className: 'card', id: `state-${s.state}`, 'aria-labelledby': `state-${s.state}-heading` },
    h('h2', { id: `state-${s.state}-heading` }, `${s.state} (${s.resident ? 'resident' : 'non-resident'}) `, badge(text, kind)),
    h('p', { className: 'muted' }, `Lines needed: ${s.requiredLines.join(', ')}`,
      s.nextStep ? ` · next: ${s.nextStep}, waiting on ${WAITING[s.waitingOn] || 'someone'} since ${date(s.waitingSince)}` : ''),
    s.missing.length ? h('ul', { className: 'missing' }, s.missing.map(m => h('li', {}, m))) : h('p', {}, 'Nothing missing: may sell here.'),
    h('ol', { className: 'steps' }, s.steps.map(step => {
      const [label, k] = STEP[step.state];
      return h('li', {}, `${step.label} `, badge(label, k), step.note ? ` ${step.note}` : '');
    })),
    s.exams.length ? h('p', {}, 'Exam attempts: ', s.exams.map(e => `${date(e.takenOn || e.scheduledOn)} ${e.takenOn ? (e.passed ? 'passed' : 'failed') : 'scheduled'}${e.score !== null ? ` (${e.score})` : ''}${e.vendor ? `, ${e.vendor}` : ''}`).join('; ')) : null,
    s.licenseIssuedOn ? h('p', {}, `License ${s.licenseNumber}: ${s.licenseLines.join(', ')}, issued ${date(s.licenseIssuedOn)}, expires ${date(s.licenseExpiresOn)}${s.licenseVerified ? '' : ' (not verified yet)'}`) : null,
    s.appointments.length ? h('p', {}, 'Appointments: ', s.appointments.map(a => `${a.carrier} since ${date(a.appointedOn)}${a.terminatedOn ? `, ended ${date(a.terminatedOn)}` : ''}`).join('; ')) : null,
    forms);
}

function addStateForm(send) {
  const form = h('form', { className: 'inline-form card', id: 'add-state' }, h('h2', {}, 'Another state'),
    field('State', h('input', { name: 'state', maxlength: 2, required: true, size: 3 })),
    h('button', { type: 'submit', className: 'secondary' }, 'Add state'));
  form.addEventListener('submit', e => { e.preventDefault(); send(form, 'POST', 'states', { state: new FormData(form).get('state'), lines: ['PROPERTY', 'CASUALTY'] }, 'State added.'); });
  return form;
}

function certificationsCard(p, send) {
  const form = h('form', { className: 'inline-form', id: 'earn-certification' },
    field('Certification', h('select', { name: 'certificationId' }, p.certifications.map(c => h('option', { value: c.id }, c.name)))),
    field('Earned on', h('input', { name: 'earnedOn', type: 'date', required: true, value: today(), max: today() })),
    h('button', { type: 'submit', className: 'secondary' }, 'Record'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const f = new FormData(form);
    send(form, 'POST', 'certifications', { certificationId: Number(f.get('certificationId')), earnedOn: f.get('earnedOn') }, 'Certification recorded.');
  });
  const now = today();
  return h('section', { className: 'card', id: 'certifications', 'aria-labelledby': 'certifications-heading' }, h('h2', { id: 'certifications-heading' }, 'Certifications'),
    table([
      { label: 'Certification', render: c => c.name },
      { label: 'Needed in', render: c => (c.states.length ? c.states.join(', ') : 'every state') },
      { label: 'Earned', render: c => date(c.earnedOn) },
      { label: 'Expires', render: c => (c.earnedOn ? (c.expiresOn ? date(c.expiresOn) : 'never') : '—') },
      { label: 'Status', render: c => (!c.earnedOn ? badge('missing', 'error') : c.expiresOn && c.expiresOn <= now ? badge('expired', 'error') : badge('current', 'ok')) },
    ], p.certifications, { empty: 'No certification in the catalog.' }),
    p.canChange && p.certifications.length ? form : null);
}

/** Admin: state requirements (current versions, a new version, CSV), carriers, certifications. */
export async function requirementsPage(params = {}) {
  const state = params.state || '';
  const [list, catalog, teams] = await Promise.all([api('licensing/requirements', { query: { current: true, ...(state ? { state } : {}) } }), api('licensing/catalog'), api('teams').catch(() => [])]);
  const pick = h('select', { id: 'requirements-state', onchange: e => requirementsPage({ state: e.target.value }) }, h('option', { value: '' }, 'Every state'),
    [...new Set(list.map(r => r.state))].concat(state && !list.length ? [state] : []).sort().map(s => h('option', { value: s, selected: s === state }, s)));
  const version = h('form', { className: 'stacked', id: 'requirement-form' },
    field('State', h('input', { name: 'state', required: true, maxlength: 2, value: state })),
    field('Line of authority', h('select', { name: 'line' }, LINES.map(([v, l]) => h('option', { value: v }, l)))),
    field('Effective from', h('input', { name: 'effectiveFrom', type: 'date', required: true, value: today() })),
    field('Pre-licensing hours (empty: unknown)', h('input', { name: 'prelicensingHours', type: 'number', min: 0, max: 1000 })),
    field('Exam vendor', h('input', { name: 'examVendor', maxlength: 100 })),
    ...['fingerprints', 'nonResidentExam', 'appointmentRequired'].map(name => field({ fingerprints: 'Fingerprints needed', nonResidentExam: 'Exam for non-residents', appointmentRequired: 'Carrier appointment needed' }[name],
      h('select', { name }, h('option', { value: '' }, 'unknown'), h('option', { value: 'true' }, 'yes'), h('option', { value: 'false' }, 'no')))),
    field('Renewal period (months)', h('input', { name: 'renewalMonths', type: 'number', min: 1, max: 120 })),
    field('CE hours per renewal', h('input', { name: 'ceHours', type: 'number', min: 0, max: 500 })),
    field('Notes', h('input', { name: 'notes', maxlength: 1000 })),
    h('label', { className: 'inline' }, h('input', { type: 'checkbox', name: 'verified' }), ' Verified with the regulator'),
    h('button', { type: 'submit', id: 'save-requirement' }, 'Save version'));
  version.addEventListener('submit', async e => {
    e.preventDefault();
    const f = new FormData(version);
    const n = k => (f.get(k) === '' ? null : Number(f.get(k)));
    const b = k => (f.get(k) === '' ? null : f.get(k) === 'true');
    try {
      await api('licensing/requirements', { method: 'POST', body: { state: f.get('state'), line: f.get('line'), effectiveFrom: f.get('effectiveFrom'), prelicensingHours: n('prelicensingHours'),
        examVendor: f.get('examVendor') || null, fingerprints: b('fingerprints'), renewalMonths: n('renewalMonths'), ceHours: n('ceHours'), nonResidentExam: b('nonResidentExam'),
        appointmentRequired: b('appointmentRequired'), notes: f.get('notes') || null, verified: f.get('verified') === 'on' } });
      await requirementsPage({ state: f.get('state').toUpperCase() });
      flash('Requirement version saved. People who started earlier keep the version they started under.');
    } catch (err) { fail(version)(err); }
  });
  const csv = h('textarea', { id: 'requirements-csv', rows: 4, 'aria-describedby': 'csv-hint' });
  const file = h('input', { type: 'file', accept: '.csv,text/csv', id: 'requirements-file', 'aria-label': 'CSV file', onchange: async e => { csv.value = await e.target.files[0]?.text() ?? ''; } });
  const importCsv = async () => {
    try {
      const r = await api('licensing/requirements.csv', { method: 'POST', body: csv.value, contentType: 'text/csv' });
      await requirementsPage({ state });
      flash(`${r.rows} row(s) imported.`);
    } catch (err) { flash(problemText(err), 'error'); }
  };
  mount(h('h1', {}, 'State requirements'),
    h('p', { className: 'muted' }, 'What each state asks per line of authority, as dated versions. Values marked unknown are not guessed; seeded values come from a sample table and must be verified with the regulator. A change is a new version: people who started before its date keep theirs.'),
    h('div', { className: 'actions' }, field('State', pick), h('a', { className: 'button secondary', href: 'api/v1/licensing/requirements.csv', download: 'state-requirements.csv' }, 'Download CSV')),
    h('section', { className: 'card wide-table', id: 'requirements' },
      table([
        { label: 'State', render: r => r.state },
        { label: 'Line', render: r => r.lineLabel },
        { label: 'Since', render: r => h('span', { className: 'nowrap' }, r.effectiveFrom) },
        { label: 'Pre-licensing h', render: r => unknown(r.values.prelicensingHours) },
        { label: 'Exam vendor', render: r => unknown(r.values.examVendor) },
        { label: 'Fingerprints', render: r => unknown(r.values.fingerprints) },
        { label: 'Non-resident exam', render: r => unknown(r.values.nonResidentExam) },
        { label: 'Appointment', render: r => unknown(r.values.appointmentRequired) },
        { label: 'Renewal (months)', render: r => unknown(r.values.renewalMonths) },
        { label: 'CE h', render: r => unknown(r.values.ceHours) },
        { label: 'Notes', render: r => r.values.notes || '' },
        { label: 'Verified', render: r => (r.values.verified ? badge('verified', 'ok') : h('span', { title: 'Verify with the regulator before relying on it' }, badge('unverified', 'warn'))) },
      ], list, { empty: 'No requirement for this state.', label: 'State requirements' })),
    h('section', { className: 'card', id: 'requirement-version', 'aria-labelledby': 'requirement-version-heading' }, h('h2', { id: 'requirement-version-heading' }, 'New version or correction'), version),
    h('section', { className: 'card', id: 'requirements-import', 'aria-labelledby': 'requirements-import-heading' }, h('h2', { id: 'requirements-import-heading' }, 'Import CSV'),
      h('p', { className: 'hint', id: 'csv-hint' }, 'Columns as in the download (state, line, effective_from, …); empty cells are unknown. Every row must be right, or nothing is imported and each bad row is named by its line.'),
      field('CSV file', file), field('or paste it', csv), h('button', { type: 'button', id: 'import-requirements', onclick: importCsv }, 'Import')),
    catalogCard(catalog, teams));
}

// Carriers and certifications: added, changed or retired here. Each table row's Edit button loads
// it into the form below the table; Save then changes it (PUT) instead of adding one.
function catalogCard(catalog, teams) {
  const teamName = id => teams.find(t => t.id === id)?.name || `team ${id}`;
  const teamBoxes = legend => h('fieldset', {}, h('legend', {}, legend),
    teams.map(t => h('label', { className: 'inline' }, h('input', { type: 'checkbox', name: 'teamIds', value: t.id }), ` ${t.name}`)));
  const inUse = () => h('label', { className: 'inline' }, h('input', { type: 'checkbox', name: 'active', checked: true }), ' In use (clear it to retire)');
  const editable = (id, what, fields, body, url) => {
    const submit = h('button', { type: 'submit', className: 'secondary' }, `Add ${what}`);
    const cancel = h('button', { type: 'button', className: 'secondary', hidden: true }, 'Cancel');
    const form = h('form', { className: 'inline-form', id }, ...fields, submit, cancel);
    const reset = () => { form.reset(); delete form.dataset.editing; submit.textContent = `Add ${what}`; cancel.hidden = true; };
    cancel.addEventListener('click', reset);
    form.addEventListener('submit', e => {
      e.preventDefault();
      const editing = form.dataset.editing;
      api(editing ? `${url}/${editing}` : url, { method: editing ? 'PUT' : 'POST', body: body(new FormData(form)) })
        .then(() => requirementsPage().then(() => flash(editing ? `The ${what} is saved.` : `The ${what} is added.`)), fail(form));
    });
    form.load = (item, values) => {
      reset();
      form.dataset.editing = item.id;
      Object.entries(values).forEach(([name, v]) => { form.elements[name].value = v ?? ''; });
      form.querySelectorAll('input[name=teamIds]').forEach(b => { b.checked = item.teamIds.includes(Number(b.value)); });
      form.elements.active.checked = item.active;
      submit.textContent = `Save ${what}`;
      cancel.hidden = false;
      form.elements.name.focus();
    };
    return form;
  };
  const teamIds = f => f.getAll('teamIds').map(Number);
  const carrier = editable('carrier-form', 'carrier', [
    field('Carrier', h('input', { name: 'name', required: true, maxlength: 200 })), teamBoxes('Teams selling for it'), inUse()],
  f => ({ name: f.get('name'), teamIds: teamIds(f), active: f.get('active') === 'on' }), 'licensing/carriers');
  const cert = editable('certification-form', 'certification', [
    field('Certification', h('input', { name: 'name', required: true, maxlength: 200 })),
    field('Kind', h('select', { name: 'kind' }, ['COMPLIANCE', 'PRODUCT', 'SYSTEMS', 'PRIVACY'].map(k => h('option', { value: k }, k.toLowerCase())))),
    field('Valid for (months, empty: no expiry)', h('input', { name: 'validityMonths', type: 'number', min: 1, max: 120 })),
    field('Only in states (comma separated, empty: all)', h('input', { name: 'states', maxlength: 200 })),
    teamBoxes('Only for teams (none ticked: every team)'), inUse()],
  f => ({ name: f.get('name'), kind: f.get('kind'), validityMonths: f.get('validityMonths') ? Number(f.get('validityMonths')) : null,
    states: f.get('states').split(',').map(v => v.trim()).filter(Boolean), teamIds: teamIds(f), active: f.get('active') === 'on' }), 'licensing/certifications');
  const status = c => (c.active ? 'in use' : badge('retired', ''));
  const edit = (form, values) => ({ label: 'Change', render: c => h('button', { type: 'button', className: 'secondary', 'aria-label': `Edit ${c.name}`, onclick: () => form.load(c, values(c)) }, 'Edit') });
  return h('section', { className: 'card', id: 'catalog', 'aria-labelledby': 'catalog-heading' }, h('h2', { id: 'catalog-heading' }, 'Carriers and certifications'),
    h('p', { className: 'hint' }, 'A retired carrier or certification is needed nowhere; the appointments and certifications people already have stay on their records.'),
    table([{ label: 'Carrier', render: c => c.name }, { label: 'Teams', render: c => c.teamIds.map(teamName).join(', ') || '—' }, { label: 'Status', render: status },
      edit(carrier, c => ({ name: c.name }))], catalog.carriers, { empty: 'No carrier yet.', label: 'Carriers' }),
    carrier,
    table([{ label: 'Certification', render: c => c.name }, { label: 'Kind', render: c => c.kind.toLowerCase() },
      { label: 'Valid for', render: c => (c.validityMonths ? `${c.validityMonths} months` : 'no expiry') }, { label: 'States', render: c => c.states.join(', ') || 'all' },
      { label: 'Teams', render: c => c.teamIds.map(teamName).join(', ') || 'all' }, { label: 'Status', render: status },
      edit(cert, c => ({ name: c.name, kind: c.kind, validityMonths: c.validityMonths, states: c.states.join(', ') }))], catalog.certifications, { empty: 'No certification yet.', label: 'Certifications' }),
    cert);
}
