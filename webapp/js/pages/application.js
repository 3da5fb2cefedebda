// One application: where it stands, the explained screening score, the knock-out and its override,
// moves (with offer acceptance before Hired), the stage history, and the hiring team's notes.
import { api } from '../api.js';
import { h, mount, flash, badge, when, problemText } from '../ui.js';
import { hasRole } from '../app.js';
import { scoreBadge, screeningList, moveTo, CLOSED, factsLine } from './pipeline-common.js';
import { notesCard } from './notes.js';

export async function applicationPage({ id }) {
  const d = await api(`applications/${id}`);
  const s = d.summary;
  const reload = message => applicationPage({ id }).then(() => message && flash(message));
  const fail = e => flash(problemText(e), 'error');
  const closed = s.stage === 'REJECTED' || s.stage === 'WITHDRAWN';
  const reason = h('input', { name: 'reason', id: 'move-reason', placeholder: 'Reason (required to reject or withdraw)' });
  const target = h('select', { name: 'to', id: 'move-to', 'aria-label': 'Move to stage' },
    [...d.pipeline, ...CLOSED].filter(st => st.key !== s.stage).map(st => h('option', { value: st.key }, st.name)));
  const controls = [];
  if (closed) {
    controls.push(reason, h('button', { type: 'button', id: 'reopen', onclick: () => api(`applications/${id}/reopen`,
      { method: 'POST', body: { reason: reason.value, version: s.version } }).then(() => reload('Reopened.'), fail) },
    s.knockedOut && !d.knockoutOverriddenBy ? 'Override knock-out and reopen' : 'Reopen'));
  } else if (s.stage !== 'HIRED') {
    controls.push(target, reason, h('button', { type: 'button', id: 'move', onclick: () => moveTo(id, target.value, reason.value || null, s.version)
      .then(() => reload(`Moved to ${target.selectedOptions[0].textContent}.`), fail) }, 'Move'));
    if (s.stage === 'OFFER' && !d.offerAcceptedAt) {
      const on = h('input', { type: 'date', name: 'acceptedOn', 'aria-label': 'Offer accepted on' });
      controls.push(h('span', { className: 'offer' }, on, h('button', { type: 'button', className: 'secondary', id: 'offer-accepted',
        onclick: () => api(`applications/${id}/offer-acceptance`, { method: 'POST', body: { acceptedOn: on.value || null, version: s.version } })
          .then(() => reload('Offer acceptance recorded.'), fail) }, 'Offer accepted')));
    }
  }
  mount(
    h('p', {}, h('a', { href: `#/pipelines/${s.requisitionId}` }, '← Pipeline: ', s.requisitionTitle)),
    h('div', { className: 'page-head' }, h('h1', { id: 'application-name' }, s.name || `Candidate ${s.candidateId}`, ' ', scoreBadge(s)),
      hasRole('RECRUITER', 'ADMIN') ? h('a', { className: 'button secondary', href: `#/candidates/${s.candidateId}` }, 'Candidate profile') : null),
    h('p', { className: 'muted' }, `${s.requisitionTitle} · `, h('strong', { id: 'application-stage', dataset: { stage: s.stage } }, s.stageName),
      ` for ${s.daysInStage} day(s) · applied ${when(s.appliedAt)}`, s.assignee ? ` · recruiter ${s.assignee}` : '',
      s.tags.length ? [' · ', s.tags.map(t => badge(t))] : null),
    closed ? h('p', { className: 'flash error', id: 'close-reason' }, `${s.stageName}: ${d.closeReason || 'no reason recorded'}`) : null,
    s.knockedOut ? h('p', { className: 'knockout-reason', id: 'knockout' }, h('strong', {}, 'Knock-out: '), d.knockoutReason,
      d.knockoutOverriddenBy ? ` — overridden by ${d.knockoutOverriddenBy}` : '') : null,
    d.offerAcceptedAt ? h('p', {}, badge('offer accepted', 'ok'), ' ', when(d.offerAcceptedAt)) : null,
    controls.length ? h('div', { className: 'actions', role: 'group', 'aria-label': 'Move' }, controls) : null,
    h('div', { className: 'two-col' },
      h('section', { className: 'card', id: 'screening', 'aria-labelledby': 'screening-heading' },
        h('h2', { id: 'screening-heading' }, 'Screening'), h('p', { className: 'muted small' }, factsLine(s)), screeningList(d.screening)),
      h('section', { className: 'card', id: 'history', 'aria-labelledby': 'history-heading' }, h('h2', { id: 'history-heading' }, 'Stage history'),
        h('ol', { className: 'plain' }, d.history.slice().reverse().map(m => h('li', {},
          h('strong', {}, m.fromName ? `${m.fromName} → ${m.toName}` : m.toName), m.reason ? `: ${m.reason}` : '',
          h('div', { className: 'hint' }, `${when(m.at)} · ${m.actor}`)))))),
    await notesCard(s.candidateId, id));
}
