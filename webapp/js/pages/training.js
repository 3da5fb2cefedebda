// The trainer's workspace: home card and training page (my classes, today's sessions, at-risk people,
// assessments to grade), a class's roster (people × modules, CSV), roll call for a session, grading a
// module for a class, and a new hire's page (progress, scores, milestones, nesting, departure, flags).
import { api, ApiError } from '../api.js';
import { h, mount, flash, goWithFlash, badge, problemText, field, showViolations, table, isoDay } from '../ui.js';
import { hasRole } from '../app.js';
import { formatDate } from '../careers/states.js';
import { classSetup } from './training-setup.js';
import { rampCard } from './ramp.js';

const MARKS = [['PRESENT', 'Present'], ['LATE', 'Late'], ['ABSENT', 'Absent'], ['EXCUSED', 'Excused']];
const STATUS_KIND = { IN_TRAINING: '', NESTING: '', GRADUATED: 'ok', RESIGNED: 'error', RELEASED: 'error' };
const pct = v => (v === null || v === undefined ? '—' : `${Math.round(v * 100)} %`);
const date = v => (v ? formatDate(v) : '—');
const time = t => (t || '').slice(0, 5);
// a table of plain rows: one cell per header
const grid = (headers, rows, options) => table(headers.map((label, i) => ({ label, render: row => row[i] })), rows, options);

function flags(list) {
  if (!list.length) return h('span', { className: 'muted' }, 'none');
  return list.map(f => badge(f.acknowledgement ? `${f.reason} (seen)` : f.reason, f.acknowledgement ? '' : 'error'));
}

function classRow(c) {
  return [h('a', { href: `#/training/classes/${c.id}` }, c.name), c.program, date(c.startDate), badge(c.state.toLowerCase(), c.state === 'RUNNING' ? 'ok' : ''),
    `${c.enrolled} / ${c.capacity}`, c.virtual ? `Virtual (${c.location})` : c.location, c.trainers.join(', ')];
}

/** The home page's card for trainers. */
export const trainerHomeCard = {
  roles: ['TRAINER'],
  async render() {
    const home = await api('training/home');
    return h('section', { className: 'card', id: 'trainer-home' }, h('h2', {}, 'Training'),
      h('p', {}, `${home.classes.length} class(es) · ${home.today.length} session(s) today · ${home.atRisk.length} at risk · ${home.toGrade.length} assessment(s) to grade`),
      h('a', { href: '#/training' }, 'Open my training workspace'));
  },
};

export async function trainingPage() {
  const [home, all] = await Promise.all([
    hasRole('TRAINER', 'ADMIN') ? api('training/home') : Promise.resolve({ classes: [], today: [], atRisk: [], toGrade: [] }),
    api('training/classes')]);
  mount(
    h('h1', {}, 'Training'),
    h('section', { className: 'card', id: 'today', 'aria-labelledby': 'today-heading' }, h('h2', { id: 'today-heading' }, "Today's sessions"),
      home.today.length === 0 ? h('p', { className: 'muted' }, 'No sessions today in your classes.')
        : h('ul', { className: 'plain' }, home.today.map(t => h('li', {},
          h('a', { href: `#/training/sessions/${t.sessionId}` }, `${t.className}: ${t.session.topic || 'session'} ${time(t.session.startsAt)}–${time(t.session.endsAt)}`),
          ' ', badge(`${t.marked} of ${t.expected} marked`, t.marked >= t.expected ? 'ok' : ''))))),
    h('section', { className: 'card', id: 'at-risk', 'aria-labelledby': 'risk-heading' }, h('h2', { id: 'risk-heading' }, 'At risk'),
      home.atRisk.length === 0 ? h('p', { className: 'muted' }, 'Nobody in your classes is flagged.')
        : h('ul', { className: 'plain' }, home.atRisk.map(p => h('li', {}, h('a', { href: `#/training/new-hires/${p.newHireId}` }, p.name), ` (${p.className}): `, flags(p.flags))))),
    h('section', { className: 'card', id: 'to-grade', 'aria-labelledby': 'grade-heading' }, h('h2', { id: 'grade-heading' }, 'Assessments to grade'),
      home.toGrade.length === 0 ? h('p', { className: 'muted' }, 'Nothing waits for a score.')
        : h('ul', { className: 'plain' }, home.toGrade.map(g => h('li', {},
          h('a', { href: `#/training/classes/${g.classId}/grade/${g.moduleId}` }, `${g.className}: ${g.module}`), ` — ${g.people.length} without a score`)))),
    h('p', { className: 'actions' }, h('a', { href: '#/training/programs', id: 'programs-link' }, 'Training programs'),
      hasRole('TRAINER', 'ADMIN') ? [' · ', h('a', { href: '#/new-hires' }, 'New hires')] : null),
    h('section', { className: 'card', id: 'classes', 'aria-labelledby': 'classes-heading' }, h('h2', { id: 'classes-heading' }, 'Classes'),
      grid(['Class', 'Program', 'Starts', 'State', 'Enrolled', 'Where', 'Trainers'], all.map(classRow), { empty: 'No classes yet.' })),
    hasRole('TRAINER', 'ADMIN') ? await newClassForm() : null);
}

async function newClassForm() {
  const programs = await api('training/programs');
  const trainers = hasRole('ADMIN') ? await api('users', { query: { size: 200, role: 'TRAINER' } }).then(p => p.items || []).catch(() => []) : [];
  const days = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
  const form = h('form', { className: 'stacked card', id: 'new-class', 'aria-labelledby': 'new-class-heading' },
    h('h2', { id: 'new-class-heading' }, 'New class'),
    field('Program', h('select', { name: 'programId', required: true }, programs.map(p => h('option', { value: p.id }, `${p.name} (${p.plannedHours} h)`)))),
    field('Name', h('input', { name: 'name', required: true, maxlength: 200 })),
    field('Start date', h('input', { name: 'startDate', type: 'date', required: true })),
    field('Capacity', h('input', { name: 'capacity', type: 'number', min: 1, max: 200, value: 20, required: true })),
    field('Site or meeting room', h('input', { name: 'location', required: true, maxlength: 200 })),
    h('label', { className: 'inline' }, h('input', { type: 'checkbox', name: 'virtual' }), ' Virtual class'),
    field('Time zone', h('select', { name: 'timeZone' }, ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles'].map(z => h('option', { value: z }, z)))),
    trainers.length ? field('Trainer', h('select', { name: 'trainer' }, trainers.map(t => h('option', { value: t.id }, t.displayName)))) : null,
    h('fieldset', {}, h('legend', {}, 'Sessions on'), days.map((d, i) => h('label', { className: 'inline' }, h('input', { type: 'checkbox', name: 'days', value: d, checked: i < 5 }), ` ${d.charAt(0)}${d.slice(1, 3).toLowerCase()}`))),
    field('From', h('input', { name: 'from', type: 'time', value: '09:00', required: true })),
    field('To', h('input', { name: 'to', type: 'time', value: '17:00', required: true })),
    h('p', { className: 'hint' }, 'US federal holidays are skipped; edit single sessions on the class page.'),
    h('button', { type: 'submit' }, 'Create class'));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const f = new FormData(form);
    try {
      const c = await api('training/classes', { method: 'POST', body: {
        programId: Number(f.get('programId')), name: f.get('name'), startDate: f.get('startDate'), capacity: Number(f.get('capacity')),
        location: f.get('location'), virtual: f.get('virtual') === 'on', timeZone: f.get('timeZone'),
        trainerIds: f.get('trainer') ? [Number(f.get('trainer'))] : [],
        sessions: { days: f.getAll('days'), from: f.get('from'), to: f.get('to'), skipFederalHolidays: true } } });
      goWithFlash(`#/training/classes/${c.overview.id}`, 'Class created with its sessions.');
    } catch (err) {
      if (err instanceof ApiError && err.violations.length) showViolations(form, err); else flash(problemText(err), 'error');
    }
  });
  return form;
}

export async function classPage({ id }) {
  const reload = message => classPage({ id }).then(() => message && flash(message));
  const [r, setup, ramp] = await Promise.all([api(`training/classes/${id}/roster`), classSetup(id, reload), rampCard(id).catch(() => null)]);
  const c = r.overview;
  const assessed = r.modules.filter(m => m.passMark !== null);
  const today = isoDay();
  mount(
    h('p', {}, h('a', { href: '#/training' }, '← Training')),
    h('div', { className: 'page-head' }, h('h1', { id: 'class-name' }, c.name),
      h('a', { className: 'button secondary', href: `api/v1/training/classes/${id}/roster.csv`, download: `roster-${id}.csv` }, 'Download CSV')),
    h('p', { className: 'muted' }, `${c.program} · starts ${date(c.startDate)}${c.endDate ? `, ends ${date(c.endDate)}` : ''} · ${c.virtual ? `virtual (${c.location})` : c.location} · ${c.enrolled} of ${c.capacity} seats · ${c.trainers.join(', ')}`),
    h('section', { className: 'card', id: 'attrition', 'aria-labelledby': 'attrition-heading' }, h('h2', { id: 'attrition-heading' }, 'Attrition'),
      h('p', {}, `${r.attrition.enrolled} enrolled · ${r.attrition.resigned} resigned · ${r.attrition.released} released · still here after 30 / 60 / 90 days: ${pct(r.attrition.survival30)} / ${pct(r.attrition.survival60)} / ${pct(r.attrition.survival90)}`),
      h('p', { className: 'hint' }, 'Resigned: the person chose to leave. Released: did not meet the standard. Survival: share of everyone enrolled still in the class or graduated that many days after the start.')),
    ramp,
    h('section', { className: 'card wide-table', id: 'roster', 'aria-labelledby': 'roster-heading' }, h('h2', { id: 'roster-heading' }, 'Roster'),
      grid(['Name', 'Status', 'Attendance', 'Absences', ...assessed.map(m => `${m.name} (pass ${m.passMark})`), 'Flags'],
        r.people.map(p => [h('a', { href: `#/training/new-hires/${p.newHireId}` }, p.name), badge(p.statusLabel.toLowerCase(), STATUS_KIND[p.status]),
          pct(p.attendanceRate), String(p.absences),
          ...assessed.map(m => { const s = p.scores.find(x => x.moduleId === m.id); return !s || s.score === null ? '—' : h('span', {}, `${s.score} `, badge(s.passed ? 'pass' : 'fail', s.passed ? 'ok' : 'error')); }),
          flags(p.flags)]), { empty: 'Nobody is enrolled yet.' })),
    h('section', { className: 'card', id: 'modules', 'aria-labelledby': 'modules-heading' }, h('h2', { id: 'modules-heading' }, 'Modules'),
      grid(['Module', 'Kind', 'Sessions held', 'Pass mark', 'Scores'], r.modules.map(m => [m.name, m.kind, `${m.held} of ${m.sessions}`, m.passMark === null ? 'not assessed' : String(m.passMark),
        m.passMark === null ? '' : h('a', { href: `#/training/classes/${id}/grade/${m.id}` }, 'Grade')]))),
    h('section', { className: 'card', id: 'sessions', 'aria-labelledby': 'sessions-heading' }, h('h2', { id: 'sessions-heading' }, 'Sessions'),
      grid(['Day', 'Time', 'Topic', 'Roll call', 'Change'], r.sessions.map(s => [date(s.day), `${time(s.startsAt)}–${time(s.endsAt)}`, s.cancelled ? h('s', {}, s.topic || '') : (s.topic || ''),
        s.cancelled ? badge('cancelled') : s.day <= today ? h('a', { href: `#/training/sessions/${s.id}` }, 'Roll call') : h('span', { className: 'muted' }, 'upcoming'),
        h('button', { type: 'button', className: 'secondary', dataset: { session: s.id }, onclick: () => setup.edit(s.id) }, 'Edit', h('span', { className: 'visually-hidden' }, ` session of ${date(s.day)}`))]), { empty: 'No sessions yet.' })),
    ...setup.cards);
}

export async function rollCallPage({ id }) {
  const s = await api(`training/sessions/${id}`);
  const rows = s.people.map(p => {
    const name = `mark-${p.newHireId}`;
    const radios = MARKS.map(([value, label]) => h('label', { className: 'inline' },
      h('input', { type: 'radio', name, value, checked: p.mark === value }), ` ${label}`));
    const note = h('input', { id: `note-${p.newHireId}`, maxlength: 500, value: p.note || '', 'aria-label': `Note for ${p.name}` });
    return { p, name, note, el: h('fieldset', { className: 'roll-row', dataset: { person: p.newHireId } }, h('legend', {}, p.name), radios, note) };
  });
  const form = h('form', { className: 'stacked', id: 'roll-call' },
    h('div', { className: 'actions' },
      h('button', { type: 'button', className: 'secondary', id: 'all-present', onclick: () => {
        for (const r of rows) if (!form.querySelector(`input[name="${r.name}"]:checked`)) form.querySelector(`input[name="${r.name}"][value="PRESENT"]`).checked = true;
      } }, 'Mark everyone else present')),
    rows.map(r => r.el),
    h('button', { type: 'submit', id: 'save-roll-call' }, 'Save roll call'));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const marks = rows.map(r => ({ r, checked: form.querySelector(`input[name="${r.name}"]:checked`) }))
      .filter(x => x.checked).map(x => ({ newHireId: x.r.p.newHireId, mark: x.checked.value, note: x.r.note.value || null }));
    try {
      const saved = await api(`training/sessions/${id}/attendance`, { method: 'PUT', body: { allPresent: false, marks } });
      await rollCallPage({ id });
      flash(`Roll call saved: ${saved.marked} of ${saved.people.length} marked.`);
    } catch (err) { flash(problemText(err), 'error'); }
  });
  mount(
    h('p', {}, h('a', { href: `#/training/classes/${s.classId}` }, '← ', s.className)),
    h('h1', { id: 'session-title' }, `Roll call: ${formatDate(s.day)} ${time(s.startsAt)}–${time(s.endsAt)}`),
    h('p', { className: 'muted' }, s.topic || s.module || '', ` · ${s.marked} of ${s.people.length} marked`),
    s.cancelled ? h('p', { className: 'notice' }, 'This session was cancelled.')
      : !s.begun ? h('p', { className: 'notice' }, 'This session has not started: take roll call once it has.')
        : s.people.length === 0 ? h('p', { className: 'muted' }, 'Nobody is enrolled.') : form);
}

export async function gradingPage({ id, moduleId }) {
  const r = await api(`training/classes/${id}/roster`);
  const m = r.modules.find(x => String(x.id) === String(moduleId));
  if (!m) { mount(h('h1', {}, 'Not found'), h('p', {}, 'This module is not part of the class.')); return; }
  const staying = r.people.filter(p => p.status !== 'RESIGNED' && p.status !== 'RELEASED');
  const inputs = staying.map(p => {
    const s = p.scores.find(x => x.moduleId === m.id) || { attempts: 0 };
    const input = h('input', { type: 'number', min: 0, max: 100, id: `score-${p.newHireId}`, 'aria-label': `Score for ${p.name}`, disabled: s.passed || (s.attempts > 0 && s.retakesLeft === 0) });
    return { p, s, input };
  });
  const takenOn = h('input', { type: 'date', id: 'taken-on', value: isoDay() });
  const form = h('form', { className: 'stacked', id: 'grading' }, field('Taken on', takenOn),
    grid(['Name', 'So far', 'New score (0–100)'], inputs.map(({ p, s, input }) => [p.name,
      s.attempts ? `${s.score} after ${s.attempts} attempt(s)${s.passed ? ' — passed' : s.retakesLeft ? `, ${s.retakesLeft} retake(s) left` : ', no retake left'}` : 'not taken', input])),
    h('button', { type: 'submit', id: 'save-scores' }, 'Save scores'));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    let saved = 0;
    const problems = [];
    for (const { p, input } of inputs.filter(x => x.input.value !== '')) {
      try {
        await api(`training/new-hires/${p.newHireId}/assessments`, { method: 'POST', body: { moduleId: m.id, score: Number(input.value), takenOn: takenOn.value || null } });
        saved++;
      } catch (err) { problems.push(`${p.name}: ${problemText(err)}`); }
    }
    await gradingPage({ id, moduleId });
    flash(problems.length ? `${saved} saved; not saved: ${problems.join('; ')}` : `${saved} score(s) saved.`, problems.length ? 'error' : 'ok');
  });
  mount(h('p', {}, h('a', { href: `#/training/classes/${id}` }, '← ', r.overview.name)),
    h('h1', { id: 'grading-title' }, `Grade ${m.name}`),
    h('p', { className: 'muted' }, `Pass mark ${m.passMark}.`), form);
}

export async function newHirePage({ id }) {
  const [n, kpis] = await Promise.all([api(`training/new-hires/${id}`), api(`floor-kpis/new-hires/${id}`).catch(() => null)]);
  const reload = message => newHirePage({ id }).then(() => message && flash(message));
  const fail = e => flash(problemText(e), 'error');
  const post = (path, body, message) => api(`training/new-hires/${id}/${path}`, { method: 'POST', body }).then(() => reload(message), fail);
  const staying = n.status !== 'RESIGNED' && n.status !== 'RELEASED';
  const reason = h('input', { id: 'departure-reason', maxlength: 1000 });
  const how = h('select', { id: 'departure-how' }, h('option', { value: 'RESIGNED' }, 'Resigned (their choice)'), h('option', { value: 'RELEASED' }, 'Released (did not meet the standard)'));
  mount(
    h('p', {}, h('a', { href: `#/training/classes/${n.classId}` }, '← ', n.className)),
    h('h1', { id: 'new-hire-name' }, n.name, ' ', badge(n.statusLabel.toLowerCase(), STATUS_KIND[n.status])),
    h('p', { className: 'muted' }, `${n.className} (started ${date(n.classStart)}) · attendance ${pct(n.attendanceRate)} of ${n.sessionsHeld} session(s) · ${n.absences} absence(s)`,
      hasRole('RECRUITER', 'ADMIN', 'HIRING_MANAGER') ? [' · ', h('a', { href: `#/applications/${n.applicationId}` }, 'application and offer')] : null,
      ' · ', h('a', { href: `#/licensing/people/${n.id}`, id: 'licensing-link' }, 'licensing')),
    n.statusReason ? h('p', { className: 'notice', id: 'departure' }, `${n.statusLabel} on ${date(n.statusOn)}: ${n.statusReason}`, n.openingReopened ? ' (the opening was reopened)' : '') : null,
    h('section', { className: 'card', id: 'flags', 'aria-labelledby': 'flags-heading' }, h('h2', { id: 'flags-heading' }, 'At-risk flags'),
      n.flags.length === 0 ? h('p', { className: 'muted' }, 'No flags.') : h('ul', { className: 'plain' }, n.flags.map(f => h('li', {}, badge(f.reason, f.acknowledgement ? '' : 'error'), ' ',
        f.acknowledgement ? `Seen: ${f.acknowledgement}` : n.canTeach ? ackForm(id, f, reload, fail) : null)))),
    h('section', { className: 'card', id: 'progress', 'aria-labelledby': 'progress-heading' }, h('h2', { id: 'progress-heading' }, 'Modules'),
      grid(['Module', 'Sessions held', 'Pass mark', 'Score', 'Attempts'], n.modules.map(m => [m.module, `${m.held} of ${m.sessions}`, m.passMark === null ? '—' : String(m.passMark),
        m.score === null ? '—' : h('span', {}, `${m.score} `, badge(m.passed ? 'pass' : 'fail', m.passed ? 'ok' : 'error')),
        m.attempts.map(a => `${a.score} (${date(a.takenOn)})`).join(', ') || '—']))),
    n.canTeach && staying ? h('section', { className: 'card', id: 'milestones', 'aria-labelledby': 'milestones-heading' }, h('h2', { id: 'milestones-heading' }, 'Milestones and status'),
      h('div', { className: 'actions' },
        n.status === 'IN_TRAINING' && !n.classroomDoneOn ? h('button', { type: 'button', className: 'secondary', id: 'classroom-complete', onclick: () => post('milestones', { milestone: 'CLASSROOM_COMPLETE' }, 'Classroom complete.') }, 'Classroom complete today') : null,
        n.status === 'IN_TRAINING' ? h('button', { type: 'button', className: 'secondary', id: 'nesting-start', onclick: () => post('milestones', { milestone: 'NESTING_START' }, 'Nesting started.') }, 'Nesting starts today') : null,
        n.status !== 'GRADUATED' ? h('button', { type: 'button', className: 'secondary', id: 'graduate', onclick: () => post('milestones', { milestone: 'GRADUATED' }, 'Graduated: on the floor.') }, 'Graduated today') : null),
      n.status === 'NESTING' ? nestingForm(id, reload, fail) : null,
      h('div', { className: 'actions' }, field('Left the class', how), field('Why', reason),
        h('button', { type: 'button', className: 'danger', id: 'record-departure', onclick: () => post('departure', { how: how.value, reason: reason.value }, 'Departure recorded.') }, 'Record departure'))) : null,
    n.nesting.length ? h('section', { className: 'card', id: 'nesting' }, h('h2', {}, 'Nesting checks'),
      h('ul', { className: 'plain' }, n.nesting.map(c => h('li', {}, `Week of ${date(c.weekOf)}: `, badge(c.ready ? 'ready' : 'not yet', c.ready ? 'ok' : ''), c.note ? ` ${c.note}` : '')))) : null,
    kpis ? floorCard(kpis) : null,
    h('section', { className: 'card', id: 'history', 'aria-labelledby': 'history-heading' }, h('h2', { id: 'history-heading' }, 'History'),
      h('ol', { className: 'plain' }, n.history.map(l => h('li', {}, h('strong', {}, date(l.on)), ` ${l.what}`)))));
}

// The agent's floor KPIs week by week, as the call-center platform reported them.
const mmss = s => (s == null ? '—' : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`);
const plain = v => (v == null ? '—' : String(v));
function floorCard(k) {
  return h('section', { className: 'card', id: 'floor-kpis', 'aria-labelledby': 'floor-kpis-heading' }, h('h2', { id: 'floor-kpis-heading' }, 'On the floor'),
    h('p', { className: 'muted' }, k.floorDate ? `On the floor since ${date(k.floorDate)} (week 1 is that week).` : 'Not on the floor yet (no graduation recorded).'),
    k.weeks.length === 0 ? h('p', { className: 'muted' }, 'No KPIs reported yet.') :
      table([
        { label: 'Week of', render: w => date(w.week) },
        { label: 'Week on floor', render: w => (w.weekOnFloor == null || w.weekOnFloor < 1 ? '—' : String(w.weekOnFloor)) },
        { label: 'Calls', render: w => plain(w.callsHandled) },
        { label: 'Avg handle', render: w => mmss(w.ahtSeconds) },
        { label: 'Avg talk', render: w => mmss(w.talkSeconds) },
        { label: 'Avg hold', render: w => mmss(w.holdSeconds) },
        { label: 'Follow-ups', render: w => plain(w.followUps) },
        { label: 'Quotes', render: w => plain(w.quotes) },
        { label: 'Policies sold', render: w => plain(w.policiesSold) },
        { label: 'Conversion (%)', render: w => plain(w.conversion) },
        { label: 'QA (%)', render: w => plain(w.qaScore) },
        { label: 'Adherence (%)', render: w => plain(w.adherence) },
      ], k.weeks, { label: 'Floor KPIs per week' }));
}

function ackForm(id, f, reload, fail) {
  const note = h('input', { maxlength: 1000, 'aria-label': `What is being done about: ${f.reason}` });
  return h('span', { className: 'inline-form' }, note, h('button', { type: 'button', className: 'secondary', onclick: () =>
    api(`training/new-hires/${id}/flags/${encodeURIComponent(f.code)}`, { method: 'PUT', body: { note: note.value } }).then(() => reload('Flag acknowledged.'), fail) }, 'Acknowledge'));
}

function nestingForm(id, reload, fail) {
  const ready = h('select', { id: 'nesting-ready' }, h('option', { value: 'true' }, 'Ready'), h('option', { value: 'false' }, 'Not yet'));
  const note = h('input', { id: 'nesting-note', maxlength: 1000 });
  return h('div', { className: 'actions' }, field("This week's nesting check", ready), field('Notes', note),
    h('button', { type: 'button', className: 'secondary', onclick: () => api(`training/new-hires/${id}/nesting-checks/${isoDay()}`,
      { method: 'PUT', body: { ready: ready.value === 'true', note: note.value } }).then(() => reload('Nesting check saved.'), fail) }, 'Save check'));
}
