// Shared pieces of the pipeline screens: score badges, explained screening lines, move helpers.
import { api } from '../api.js';
import { h, badge } from '../ui.js';

export const OUTCOME = { MET: ['met', 'ok'], NOT_MET: ['not met', 'bad'], UNKNOWN: ['unknown', 'warn'] };

export function scoreBadge(a) {
  if (a.score === null || a.score === undefined) return badge('no score', '');
  const kind = a.mustHaveUnmet ? 'bad' : a.score >= 70 ? 'ok' : a.score >= 40 ? 'warn' : '';
  const el = badge(`${a.score}${a.mustHaveUnmet ? ' · must-have unmet' : ''}`, kind);
  el.title = a.mustHaveUnmet ? 'Screening score; a must-have criterion is not met' : 'Screening score';
  el.dataset.score = a.score;
  return el;
}

export function screeningList(lines) {
  if (!lines.length) return h('p', { className: 'muted' }, 'This requisition has no screening criteria.');
  return h('ul', { className: 'plain screening' }, lines.map(l => h('li', { className: `screening-${l.outcome.toLowerCase()}` },
    badge(OUTCOME[l.outcome][0], OUTCOME[l.outcome][1]), ' ', h('strong', {}, l.criterion), l.mustHave ? ' (must-have)' : '',
    h('div', { className: 'hint' }, l.evidence))));
}

export const moveTo = (id, to, reason, version) => api(`applications/${id}/moves`, { method: 'POST', body: { to, reason, version } });

export const CLOSED = [{ key: 'REJECTED', name: 'Rejected' }, { key: 'WITHDRAWN', name: 'Withdrawn' }];

export function factsLine(a) {
  const bits = [];
  if (a.licensedStates?.length) bits.push(`Licensed ${a.licensedStates.join(', ')}`);
  if (a.languages?.length) bits.push(a.languages.join(', '));
  if (a.contactCenterMonths != null) bits.push(`${a.contactCenterMonths} mo contact center`);
  else if (a.experienceMonths != null) bits.push(`${a.experienceMonths} mo experience`);
  return bits.join(' · ');
}
