// Interviews in the staff UI: the schedule card of an application (proposed times with everyone's
// local time, booking, self-scheduling links, moves, cancellations, no-shows), the "my interviews"
// home card, and the interviewer's availability page.
import { api, ApiError } from '../api.js';
import { h, mount, flash, badge, when, problemText, field, showViolations, isoDay } from '../ui.js';
import { hasRole, session } from '../app.js';

const KINDS = { PHONE_SCREEN: 'Phone screen', MOCK_SALES_CALL: 'Mock sales call', PANEL: 'Panel interview', MANAGER_INTERVIEW: 'Manager interview' };
const ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles',
  'America/Anchorage', 'Pacific/Honolulu', 'America/Puerto_Rico'];
const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const RESPONSE = { 'NEEDS-ACTION': ['no answer yet', ''], ACCEPTED: ['accepted', 'ok'], DECLINED: ['declined', 'error'], TENTATIVE: ['tentative', ''] };

function responseBadge(r) { const [text, kind] = RESPONSE[r] || [r, '']; return badge(text, kind); }

function interviewItem(i, reload) {
  const scheduled = i.status === 'SCHEDULED';
  const reason = h('input', { id: `cancel-reason-${i.id}`, maxlength: 500, placeholder: 'Reason' });
  return h('li', { className: 'interview', dataset: { interview: i.id } },
    h('strong', {}, KINDS[i.kind] || i.kind), ' · ', badge(i.status.toLowerCase().replace('_', ' '), scheduled ? 'ok' : ''),
    h('div', {}, 'Candidate: ', i.candidateTime, ' ', responseBadge(i.candidateResponse)),
    h('ul', { className: 'plain' }, i.interviewers.map(p => h('li', {}, `${p.name}: ${p.localTime || ''} `, responseBadge(p.response)))),
    i.endedReason ? h('div', { className: 'muted' }, `${i.endedBy}: ${i.endedReason}`, i.lateCancellation ? [' ', badge('late cancellation', 'error')] : null) : null,
    scheduled ? h('div', { className: 'actions' },
      field('Why cancel', reason),
      h('button', { type: 'button', className: 'secondary', onclick: () => api(`interviews/${i.id}/cancellation`,
        { method: 'POST', body: { reason: reason.value || 'Cancelled by the recruiter', version: i.version } })
        .then(() => reload('Cancelled; everyone gets a cancellation.'), e => flash(problemText(e), 'error')) }, 'Cancel interview'),
      new Date(i.start) < new Date() ? h('button', { type: 'button', className: 'secondary', onclick: () => api(`interviews/${i.id}/no-show`,
        { method: 'POST', body: { who: 'CANDIDATE', reason: reason.value, version: i.version } })
        .then(() => reload('Recorded as a no-show.'), e => flash(problemText(e), 'error')) }, 'Candidate did not come') : null) : null);
}

/** The interviews card of an application page. */
export async function interviewsCard(applicationId, summary, closed) {
  const [interviews, plans] = await Promise.all([
    api(`applications/${applicationId}/interviews`),
    api(`requisitions/${summary.requisitionId}/interview-plans`).catch(() => [])]);
  const card = h('section', { className: 'card', id: 'interviews', 'aria-labelledby': 'interviews-heading' });
  const reload = async message => { card.replaceWith(await interviewsCard(applicationId, summary, closed)); if (message) flash(message); };
  const parts = [h('h2', { id: 'interviews-heading' }, 'Interviews')];
  parts.push(interviews.length === 0 ? h('p', { className: 'muted' }, 'No interviews yet.')
    : h('ul', { className: 'plain', id: 'interview-list' }, interviews.map(i => interviewItem(i, reload))));
  if (!closed && hasRole('RECRUITER', 'ADMIN', 'HIRING_MANAGER')) {
    parts.push(plans.length === 0
      ? h('p', { className: 'muted' }, 'This requisition has no interview plans yet (set them on the requisition).')
      : scheduler(applicationId, plans, interviews, reload));
  }
  const mine = interviews.filter(i => i.status !== 'CANCELLED' && i.interviewers.some(p => p.id === session.me?.id));
  for (const i of mine) parts.push(await scorecardForm(i, reload));
  if (interviews.length) parts.push(await scorecardSummary(applicationId));
  card.replaceChildren(...parts);
  return card;
}

async function scorecardForm(interview, reload) {
  const form = await api(`interviews/${interview.id}/scorecard`);
  const given = Object.fromEntries((form.mine?.ratings || []).map(r => [r.competency, r]));
  const rows = form.competencies.map(c => {
    const select = h('select', { id: `rate-${interview.id}-${c.key}` }, h('option', { value: '' }, '—'), [1, 2, 3, 4].map(n => h('option', { value: n }, String(n))));
    select.value = given[c.key] ? String(given[c.key].rating) : '';
    const note = h('input', { id: `note-${interview.id}-${c.key}`, maxlength: 2000, value: given[c.key]?.note || '' });
    return { c, select, note };
  });
  const recommendation = h('select', { id: `recommendation-${interview.id}` },
    ['STRONG_NO', 'NO', 'YES', 'STRONG_YES'].map(r => h('option', { value: r }, r.replace('_', ' ').toLowerCase())));
  if (form.mine) recommendation.value = form.mine.recommendation;
  const comment = h('textarea', { id: `scorecard-note-${interview.id}`, maxlength: 4000, rows: 2 }, form.mine?.note || '');
  const el = h('form', { className: 'stacked scorecard', onsubmit: async e => {
    e.preventDefault();
    try {
      await api(`interviews/${interview.id}/scorecard`, { method: 'PUT', body: {
        ratings: rows.filter(r => r.select.value).map(r => ({ competency: r.c.key, rating: Number(r.select.value), note: r.note.value })),
        recommendation: recommendation.value, note: comment.value } });
      reload('Scorecard saved.');
    } catch (err) {
      if (err instanceof ApiError && err.violations.length) showViolations(el, err); else flash(problemText(err), 'error');
    }
  } },
  h('h3', {}, `My scorecard: ${KINDS[interview.kind] || interview.kind}`, form.mine ? [' ', badge('submitted', 'ok')] : null),
  h('p', { className: 'hint' }, 'Rate 1 (poor) to 4 (excellent); a 1 or a 4 needs a note saying why.'),
  h('table', { className: 'scorecard-table' }, h('thead', {}, h('tr', {}, h('th', {}, 'Competency'), h('th', {}, 'Rating'), h('th', {}, 'Note'))),
    h('tbody', {}, rows.map(r => h('tr', {}, h('th', { scope: 'row' }, r.c.label, h('div', { className: 'hint' }, r.c.guide)),
      h('td', {}, field(`${r.c.label} rating`, r.select)), h('td', {}, field(`${r.c.label} note`, r.note)))))),
  field('Recommendation', recommendation), field('Note', comment),
  h('button', { type: 'submit' }, form.mine ? 'Update scorecard' : 'Submit scorecard'));
  return el;
}

async function scorecardSummary(applicationId) {
  const s = await api(`applications/${applicationId}/interviews/scorecards`);
  return h('section', { id: 'scorecard-summary' }, h('h3', {}, 'Scorecards'),
    s.hidden ? h('p', { className: 'muted' }, `${s.hidden} scorecard${s.hidden === 1 ? '' : 's'} from other interviewers: shown once yours is in.`) : null,
    s.scorecards.length === 0 ? h('p', { className: 'muted' }, 'No scorecards yet.') : [
      s.recommendationsDisagree ? h('p', { className: 'notice' }, 'Interviewers disagree on hiring this person.') : null,
      h('p', {}, Object.entries(s.recommendations).map(([r, n]) => `${r.replace('_', ' ').toLowerCase()}: ${n}`).join(' · ')),
      h('ul', { className: 'plain' }, s.competencies.map(c => h('li', {}, `${c.label}: ${c.average} (${c.lowest}–${c.highest}) `, c.disagreement ? badge('disagreement', 'error') : null))),
      h('ul', { className: 'plain small' }, s.scorecards.map(c => h('li', {}, `${c.interviewer}: ${c.recommendation.replace('_', ' ').toLowerCase()}${c.note ? ` — ${c.note}` : ''}`)))]);
}

function scheduler(applicationId, plans, interviews, reload) {
  const plan = h('select', { id: 'schedule-plan' }, plans.map(p => h('option', { value: p.id }, `${p.stageName}: ${KINDS[p.kind] || p.kind}, ${p.minutes} min`)));
  const tomorrow = isoDay(1);
  const from = h('input', { id: 'schedule-from', type: 'date', value: tomorrow });
  const days = h('input', { id: 'schedule-days', type: 'number', min: 1, max: 31, value: 7 });
  const zone = h('select', { id: 'schedule-zone' }, h('option', { value: '' }, 'From the profile'), ZONES.map(z => h('option', { value: z }, z)));
  const results = h('div', { id: 'schedule-slots', 'aria-live': 'polite' });
  const window = () => {
    const start = new Date(`${from.value}T00:00:00Z`);
    return { from: start.toISOString().replace('.000', ''), to: new Date(start.getTime() + Number(days.value || 7) * 86400000).toISOString().replace('.000', '') };
  };
  async function find() {
    try {
      const proposal = await api(`applications/${applicationId}/interviews/slots`, { query: { plan: plan.value, ...window(), candidateZone: zone.value } });
      const existing = interviews.find(i => i.status === 'SCHEDULED' && String(i.planId) === plan.value);
      results.replaceChildren(
        h('p', { className: 'muted' }, `Candidate's zone: ${proposal.candidateZone}. `, proposal.slots.length ? `${proposal.slots.length} free times:` : 'No time is free for everyone in this window.'),
        h('ol', { className: 'slot-list' }, proposal.slots.map(slot => h('li', {},
          h('div', {}, h('strong', {}, slot.candidateTime), ' (candidate)'),
          h('ul', { className: 'plain small' }, slot.interviewers.map(p => h('li', {}, `${p.name}: ${p.localTime}`, p.why && p.why !== 'named for this interview' ? h('span', { className: 'muted' }, ` — ${p.why}`) : null))),
          h('button', { type: 'button', className: 'small-button', onclick: () => (existing
            ? api(`interviews/${existing.id}/moves`, { method: 'POST', body: { start: slot.start, interviewers: slot.interviewers.map(p => p.id), version: existing.version } })
            : api(`applications/${applicationId}/interviews`, { method: 'POST', body: { planId: Number(plan.value), start: slot.start, interviewers: slot.interviewers.map(p => p.id), candidateZone: zone.value || null } }))
            .then(() => reload(existing ? 'Moved; everyone gets an updated invite.' : 'Booked; invites are on their way.'), e => {
              flash(problemText(e), 'error');
              if (e instanceof ApiError && e.status === 409) find();
            }) }, existing ? 'Move here' : 'Book')))));
    } catch (e) {
      results.replaceChildren(h('p', { className: 'notice error' }, problemText(e)));
    }
  }
  async function sendLink() {
    try {
      const sent = await api(`applications/${applicationId}/interviews/scheduling-links`, { method: 'POST', body: { planId: Number(plan.value), ...window(), candidateZone: zone.value || null } });
      results.replaceChildren(h('p', { id: 'link-sent' }, `The candidate was emailed a link to pick a time; it works until ${when(sent.expiresAt)}.`));
    } catch (e) {
      results.replaceChildren(h('p', { className: 'notice error' }, problemText(e)));
    }
  }
  return h('div', { className: 'scheduler' },
    h('h3', {}, 'Schedule'),
    h('div', { className: 'inline-form' }, field('Interview', plan), field('From', from), field('Days', days), field("Candidate's time zone", zone)),
    h('div', { className: 'actions' },
      h('button', { type: 'button', id: 'find-times', onclick: find }, 'Find times'),
      h('button', { type: 'button', className: 'secondary', id: 'send-link', onclick: sendLink }, 'Let the candidate pick')),
    results);
}

/** "My interviews" on the home page of interviewers and hiring managers. */
export const myInterviewsCard = {
  roles: ['INTERVIEWER', 'HIRING_MANAGER'],
  async render() {
    const mine = await api('interviews/mine', { query: { days: 7 } });
    const upcoming = mine.filter(i => i.status === 'SCHEDULED');
    const due = await api('interviews/scorecards-due');
    return h('section', { className: 'card', id: 'home-interviews' }, h('h2', {}, 'My interviews this week'),
      due.length ? h('p', { className: 'notice', id: 'scorecards-due' }, `Scorecards due: `, due.map((i, n) => [n ? ', ' : '', h('a', { href: `#/applications/${i.applicationId}` }, i.candidateName)])) : null,
      upcoming.length === 0 ? h('p', { className: 'muted' }, 'No interviews in the coming week.')
        : h('ul', {}, upcoming.map(i => h('li', {}, h('a', { href: `#/applications/${i.applicationId}` }, i.candidateName),
          ` · ${KINDS[i.kind] || i.kind} · ${when(i.start)} · ${i.requisitionTitle}`))),
      h('a', { href: '#/account/availability' }, 'My availability'));
  },
};

/** The interviewer's own availability: weekly hours, limits, time off, calendar connection, own feed. */
export async function availabilityPage() {
  const a = await api('interviewers/me/availability');
  const rows = DAYS.map(day => {
    const block = a.hours.find(b => b.day === day);
    return { day, from: h('input', { type: 'time', id: `from-${day}`, value: block ? block.from : '', 'aria-label': `${day} from` }),
      to: h('input', { type: 'time', id: `to-${day}`, value: block ? block.to : '', 'aria-label': `${day} to` }) };
  });
  const perDay = h('input', { id: 'max-per-day', type: 'number', min: 1, max: 20, value: a.maxPerDay ?? '' });
  const perWeek = h('input', { id: 'max-per-week', type: 'number', min: 1, max: 100, value: a.maxPerWeek ?? '' });
  const hoursForm = h('form', { className: 'card stacked', id: 'hours-form', onsubmit: async e => {
    e.preventDefault();
    const hours = rows.filter(r => r.from.value && r.to.value).map(r => ({ day: r.day, from: r.from.value, to: r.to.value }));
    try {
      await api('interviewers/me/availability', { method: 'PUT', body: { hours, maxPerDay: perDay.value ? Number(perDay.value) : null, maxPerWeek: perWeek.value ? Number(perWeek.value) : null, version: a.version } });
      await availabilityPage(); flash('Working hours saved.');
    } catch (err) {
      if (err instanceof ApiError && err.violations.length) showViolations(hoursForm, err); else flash(problemText(err), 'error');
    }
  } },
  h('h2', {}, `Working hours (${a.timeZone})`),
  h('p', { className: 'muted' }, 'Leave a day empty when you do not interview. 00:00 as an end means midnight.'),
  h('table', { className: 'hours' }, h('thead', {}, h('tr', {}, h('th', {}, 'Day'), h('th', {}, 'From'), h('th', {}, 'To'))),
    h('tbody', {}, rows.map(r => h('tr', {}, h('th', { scope: 'row' }, r.day[0] + r.day.slice(1).toLowerCase()), h('td', {}, r.from), h('td', {}, r.to))))),
  h('div', { className: 'inline-form' }, field('At most per day', perDay), field('At most per week', perWeek)),
  h('button', { type: 'submit', id: 'save-hours' }, 'Save hours'));

  const address = h('input', { id: 'calendar-url', type: 'url', maxlength: 2000, placeholder: 'https://calendar.google.com/calendar/ical/…/basic.ics' });
  const kind = h('select', { id: 'calendar-kind' }, h('option', { value: 'ICS' }, 'Secret iCalendar address (Google, Outlook, Apple)'), h('option', { value: 'CALDAV' }, 'CalDAV calendar (Nextcloud, Fastmail, iCloud)'));
  const user = h('input', { id: 'calendar-user', maxlength: 200, autocomplete: 'off' });
  const password = h('input', { id: 'calendar-password', type: 'password', maxlength: 500, autocomplete: 'new-password' });
  const davFields = h('div', { className: 'inline-form', hidden: true }, field('CalDAV user name', user), field('App password', password));
  kind.addEventListener('change', () => { davFields.hidden = kind.value !== 'CALDAV'; });
  const status = { NONE: 'not connected', PENDING: 'connected, first read pending', OK: 'read', FAILING: 'failing' };
  const calendarForm = h('form', { className: 'card stacked', id: 'calendar-form', onsubmit: async e => {
    e.preventDefault();
    try { await api('interviewers/me/calendar', { method: 'PUT', body: { url: address.value, kind: kind.value, username: user.value, password: password.value } }); await availabilityPage(); flash(address.value ? 'Calendar connected.' : 'Calendar disconnected.'); } catch (err) { flash(problemText(err), 'error'); }
  } },
  h('h2', {}, 'Busy times from your calendar'),
  h('p', {}, 'Paste the secret iCalendar address your calendar publishes (Google: Settings › Secret address in iCal format; Outlook: Publish calendar › ICS), or a CalDAV calendar\'s address with an app password. It is read every 15 minutes and never shown again.'),
  h('p', { id: 'calendar-status' }, 'Status: ', badge(status[a.calendarFeed] || a.calendarFeed, a.calendarFeed === 'FAILING' ? 'error' : a.calendarFeed === 'OK' ? 'ok' : ''),
    a.feedCheckedAt ? ` · last read ${when(a.feedCheckedAt)}` : '', a.feedProblem ? h('span', { className: 'error-text' }, ` · ${a.feedProblem} (the last good copy is kept)`) : ''),
  field('Kind', kind), field('Calendar address (empty disconnects)', address), davFields, h('button', { type: 'submit', id: 'save-calendar' }, 'Save'));

  const offFrom = h('input', { id: 'off-from', type: 'datetime-local' });
  const offTo = h('input', { id: 'off-to', type: 'datetime-local' });
  const offNote = h('input', { id: 'off-note', maxlength: 200 });
  const timeOff = h('section', { className: 'card', id: 'time-off' }, h('h2', {}, 'Time off'),
    a.timeOff.length === 0 ? h('p', { className: 'muted' }, 'None ahead.') : h('ul', {}, a.timeOff.map(t => h('li', {}, `${when(t.from)} – ${when(t.to)} ${t.note || ''} `,
      h('button', { type: 'button', className: 'secondary small-button', 'aria-label': `Remove time off from ${when(t.from)}`, onclick: () => api(`interviewers/me/time-off/${t.id}`, { method: 'DELETE' }).then(() => availabilityPage(), e => flash(problemText(e), 'error')) }, 'Remove')))),
    h('form', { className: 'inline-form', onsubmit: async e => {
      e.preventDefault();
      try {
        await api('interviewers/me/time-off', { method: 'POST', body: { from: new Date(offFrom.value).toISOString(), to: new Date(offTo.value).toISOString(), note: offNote.value } });
        await availabilityPage(); flash('Time off added.');
      } catch (err) { flash(problemText(err), 'error'); }
    } }, field('From', offFrom), field('To', offTo), field('Note', offNote), h('button', { type: 'submit', id: 'add-time-off' }, 'Add')));

  const feedResult = h('div', { id: 'own-feed', role: 'status' });
  const ownFeed = h('section', { className: 'card' }, h('h2', {}, 'Your interviews in your calendar'),
    h('p', {}, 'Subscribe to this secret address in your calendar app to see every interview you sit in.', a.ownFeedIssued ? ' An address is active.' : ''),
    h('div', { className: 'actions' },
      h('button', { type: 'button', id: 'issue-feed', onclick: async () => {
        const feed = await api('interviewers/me/own-feed', { method: 'POST' });
        feedResult.replaceChildren(h('p', {}, 'Copy it now: it is not shown again.'), h('code', { className: 'token' }, feed.url));
      } }, a.ownFeedIssued ? 'Replace the address' : 'Create the address'),
      a.ownFeedIssued ? h('button', { type: 'button', className: 'secondary', onclick: () => api('interviewers/me/own-feed', { method: 'DELETE' }).then(() => availabilityPage()) }, 'Stop the address') : null),
    feedResult);
  mount(h('h1', {}, 'My availability for interviews'), hoursForm, calendarForm, timeOff, ownFeed);
}

/** How each interview stage of a requisition is run: set by recruiters, admins and its hiring manager. */
export async function interviewPlansCard(requisitionId) {
  const [plans, stages, interviewers, managers] = await Promise.all([
    api(`requisitions/${requisitionId}/interview-plans`),
    api(`pipelines/${requisitionId}/stages`),
    api('people', { query: { role: 'INTERVIEWER' } }).catch(() => []),
    api('people', { query: { role: 'HIRING_MANAGER' } }).catch(() => [])]);
  const people = [...new Map([...interviewers, ...managers].map(p => [p.id, p])).values()].sort((a, b) => a.name.localeCompare(b.name));
  const name = id => (people.find(p => p.id === id) || { name: `user ${id}` }).name;
  const card = h('section', { className: 'card', id: 'interview-plans', 'aria-labelledby': 'plans-heading' }, h('h2', { id: 'plans-heading' }, 'Interview plans'));
  const reload = async message => { card.replaceWith(await interviewPlansCard(requisitionId)); if (message) flash(message); };
  const rows = stages.filter(s => s.interview).map(stage => {
    const plan = plans.find(p => p.stage === stage.key);
    const key = stage.key.toLowerCase();
    const kind = h('select', { id: `plan-kind-${key}` }, Object.entries(KINDS).map(([k, label]) => h('option', { value: k }, label)));
    kind.value = plan ? plan.kind : 'PHONE_SCREEN';
    const minutes = h('input', { id: `plan-minutes-${key}`, type: 'number', min: 15, max: 240, value: plan ? plan.minutes : 30 });
    const buffer = h('input', { id: `plan-buffer-${key}`, type: 'number', min: 0, max: 120, value: plan ? plan.bufferMinutes : 10 });
    const multi = (id, chosen) => h('select', { id, multiple: true, size: Math.min(6, Math.max(3, people.length)) },
      people.map(p => h('option', { value: p.id, selected: chosen.includes(p.id) }, p.name)));
    const required = multi(`plan-required-${key}`, plan ? plan.required : []);
    const pool = multi(`plan-pool-${key}`, plan ? plan.pool : []);
    const count = h('input', { id: `plan-count-${key}`, type: 'number', min: 0, max: 10, value: plan ? plan.poolCount : 0 });
    const reminders = h('input', { id: `plan-reminders-${key}`, value: plan ? plan.reminders.join(', ') : '1440, 60' });
    const chosen = select => [...select.selectedOptions].map(o => Number(o.value));
    const form = h('form', { className: 'stacked', onsubmit: async e => {
      e.preventDefault();
      try {
        await api(`requisitions/${requisitionId}/interview-plans/${stage.key}`, { method: 'PUT', body: {
          kind: kind.value, minutes: Number(minutes.value), bufferMinutes: Number(buffer.value), required: chosen(required), pool: chosen(pool),
          poolCount: Number(count.value), reminders: reminders.value.split(',').map(v => v.trim()).filter(Boolean).map(Number), version: plan ? plan.version : null } });
        reload(`Plan of ${stage.name} saved.`);
      } catch (err) {
        if (err instanceof ApiError && err.violations.length) showViolations(form, err); else flash(problemText(err), 'error');
      }
    } },
    h('div', { className: 'inline-form' }, field('Kind', kind), field('Minutes', minutes), field('Buffer (minutes)', buffer)),
    h('div', { className: 'inline-form' }, field('Everyone of', required), field('Pool', pool), field('How many of the pool', count)),
    field('Reminders (minutes before)', reminders),
    h('button', { type: 'submit' }, 'Save plan'));
    return h('details', { className: 'plan' }, h('summary', {}, h('strong', {}, stage.name), ': ',
      plan ? `${KINDS[plan.kind]}, ${plan.minutes} min${plan.required.length ? `, with ${plan.required.map(name).join(', ')}` : ''}${plan.poolCount ? `, ${plan.poolCount} of ${plan.pool.map(name).join(', ')}` : ''}` : 'no plan yet'),
    form);
  });
  card.append(rows.length ? h('div', {}, rows) : h('p', { className: 'muted' }, 'This pipeline has no interview stage.'));
  return card;
}

/** Admins: interviewers whose calendars cannot be read (their busy times may be stale). */
export const failingCalendarsCard = {
  roles: ['ADMIN'],
  async render() {
    const failing = await api('interviewer-calendars/failing');
    return h('section', { className: 'card', id: 'home-calendars' }, h('h2', {}, 'Interviewers\' calendars'),
      failing.length === 0 ? h('p', { className: 'muted' }, 'Every connected calendar was read.')
        : h('ul', {}, failing.map(f => h('li', {}, `${f.name}: ${f.problem}${f.checkedAt ? ` (${when(f.checkedAt)})` : ''}`))));
  },
};
