// One application as the hiring team judges it: where it stands and the move controls, the explained
// screening score, the knock-out answers, the person's contact details and resume (text preview and
// download), the stage history, and the team's notes.
import { api } from '../api.js';
import { h, mount, flash, badge, when, problemText, field } from '../ui.js';
import { hasRole } from '../app.js';
import { scoreBadge, screeningList, moveTo, CLOSED, factsLine } from './pipeline-common.js';
import { notesCard } from './notes.js';
import { resumePreview } from './resume-preview.js';
import { interviewsCard } from './interviews.js';
import { offersCard } from './offers.js';

const days = n => `${n} day${n === 1 ? '' : 's'}`;

export async function applicationPage({ id }) {
  const d = await api(`applications/${id}`);
  const s = d.summary;
  const person = await api(`candidates/${s.candidateId}`).catch(() => null);
  const reload = message => applicationPage({ id }).then(() => message && flash(message));
  const fail = e => flash(problemText(e), 'error');
  const closed = s.stage === 'REJECTED' || s.stage === 'WITHDRAWN';
  const mayMove = hasRole('RECRUITER', 'ADMIN', 'HIRING_MANAGER');
  mount(
    h('p', {}, h('a', { href: `#/pipelines/${s.requisitionId}` }, '← Pipeline: ', s.requisitionTitle)),
    h('div', { className: 'page-head' }, h('h1', { id: 'application-name' }, s.name || `Candidate ${s.candidateId}`, ' ', scoreBadge(s)),
      hasRole('RECRUITER', 'ADMIN', 'HIRING_MANAGER', 'INTERVIEWER') ? h('a', { className: 'button secondary', href: `#/candidates/${s.candidateId}` }, 'Candidate profile') : null),
    h('p', { className: 'muted' }, `${s.requisitionTitle} · `, h('strong', { id: 'application-stage', dataset: { stage: s.stage } }, s.stageName),
      `${s.daysInStage === 0 ? ' since today' : ` for ${days(s.daysInStage)}`} · applied ${when(s.appliedAt)}`, s.assignee ? ` · recruiter ${s.assigneeName || s.assignee}` : '',
      s.tags.length ? [' · ', s.tags.map(t => badge(t))] : null),
    closeNotice(d, s),
    d.offerAcceptedAt ? h('p', {}, badge('offer accepted', 'ok'), ' ', when(d.offerAcceptedAt)) : null,
    mayMove ? moveControls(d, s, closed, id, reload, fail) : null,
    await interviewsCard(id, s, closed).catch(() => null),
    ['OFFER', 'HIRED'].includes(s.stage) && hasRole('RECRUITER', 'ADMIN', 'HIRING_MANAGER') ? await offersCard(id, s).catch(() => null) : null,
    h('div', { className: 'two-col' },
      h('div', {},
        h('section', { className: 'card', id: 'screening', 'aria-labelledby': 'screening-heading' },
          h('h2', { id: 'screening-heading' }, 'Screening'), h('p', { className: 'muted small' }, factsLine(s) || 'No profile facts yet.'),
          screeningList(d.screening)),
        answersCard(d),
        historyCard(d)),
      h('div', {}, contactCard(person, s), person ? resumePreview(person) : null)),
    hasRole('RECRUITER', 'ADMIN', 'HIRING_MANAGER') ? await notesCard(s.candidateId, id) : null);
}

// The reason an application is closed, said once: a knock-out's reason is the rejection's reason.
function closeNotice(d, s) {
  if (s.knockedOut) {
    return h('p', { className: 'notice error', id: 'knockout' }, h('strong', {}, 'Knock-out: '), d.knockoutReason,
      d.knockoutOverriddenBy ? ` — overridden by ${d.knockoutOverriddenBy}` : '');
  }
  if (s.stage === 'REJECTED' || s.stage === 'WITHDRAWN') {
    return h('p', { className: 'notice error', id: 'close-reason' }, `${s.stageName}: ${d.closeReason || 'no reason recorded'}`);
  }
  return null;
}

function moveControls(d, s, closed, id, reload, fail) {
  const reason = h('input', { name: 'reason', id: 'move-reason', maxlength: 1000 });
  const reasonField = field(closed ? 'Why reopen (optional)' : 'Reason (needed to reject or withdraw)', reason);
  if (closed) {
    return h('div', { className: 'actions move-controls', role: 'group', 'aria-label': 'Reopen' }, reasonField,
      h('button', { type: 'button', id: 'reopen', onclick: () => api(`applications/${id}/reopen`,
        { method: 'POST', body: { reason: reason.value, version: s.version } }).then(() => reload('Reopened.'), fail) },
      s.knockedOut && !d.knockoutOverriddenBy ? 'Override knock-out and reopen' : 'Reopen'));
  }
  if (s.stage === 'HIRED') return null;
  const stages = [...d.pipeline, ...CLOSED];
  const at = stages.findIndex(st => st.key === s.stage);
  const next = d.pipeline[at + 1] ? d.pipeline[at + 1].key : null;
  const target = h('select', { name: 'to', id: 'move-to' },
    stages.filter(st => st.key !== s.stage).map(st => h('option', { value: st.key, selected: st.key === next }, st.name)));
  const controls = [field('Move to', target), reasonField,
    h('button', { type: 'button', id: 'move', onclick: () => moveTo(id, target.value, reason.value || null, s.version)
      .then(() => reload(`Moved to ${target.selectedOptions[0].textContent}.`), fail) }, 'Move')];
  return h('div', { className: 'actions move-controls', role: 'group', 'aria-label': 'Move' }, controls);
}

function answersCard(d) {
  return h('section', { className: 'card', id: 'answers', 'aria-labelledby': 'answers-heading' },
    h('h2', { id: 'answers-heading' }, 'Knock-out answers'),
    d.answers.length === 0 ? h('p', { className: 'muted' }, 'This requisition asks no knock-out questions.')
      : h('dl', { className: 'facts' }, d.answers.flatMap(a => [h('dt', {}, a.question),
        h('dd', {}, a.answer ? a.answer : h('span', { className: 'muted' }, 'not answered'),
          a.disqualifying ? [' ', badge('disqualifying', 'bad')] : null)])));
}

function historyCard(d) {
  return h('section', { className: 'card', id: 'history', 'aria-labelledby': 'history-heading' }, h('h2', { id: 'history-heading' }, 'Stage history'),
    h('ol', { className: 'plain' }, d.history.slice().reverse().map(m => h('li', {},
      h('strong', {}, m.fromName ? `${m.fromName} → ${m.toName}` : m.toName), m.reason ? `: ${m.reason}` : '',
      h('div', { className: 'hint' }, `${when(m.at)} · ${m.actorName || m.actor}`)))));
}

function contactCard(person, s) {
  if (!person) {
    return h('section', { className: 'card', id: 'contact' }, h('h2', {}, 'Contact'), h('p', { className: 'muted' }, 'The profile could not be loaded.'));
  }
  const p = person.summary;
  const place = [p.city, p.region].filter(Boolean).join(', ');
  return h('section', { className: 'card', id: 'contact', 'aria-labelledby': 'contact-heading' },
    h('h2', { id: 'contact-heading' }, 'Contact'),
    h('dl', { className: 'facts' },
      h('dt', {}, 'Email'), h('dd', {}, person.emails.length ? person.emails.map((e, i) => [i ? ', ' : '', h('a', { href: `mailto:${e}` }, e)]) : '—'),
      h('dt', {}, 'Phone'), h('dd', {}, person.phones.length ? person.phones.map((n, i) => [i ? ', ' : '', h('a', { href: `tel:${n}` }, n)]) : '—'),
      h('dt', {}, 'Location'), h('dd', {}, place || '—'),
      h('dt', {}, 'Source'), h('dd', {}, s.source ? s.source.toLowerCase().replaceAll('_', ' ') : '—')));
}
